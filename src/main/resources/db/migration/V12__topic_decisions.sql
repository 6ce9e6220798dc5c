-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- Decisions on topics (issue 10, point 4). Leads and organisers record a decision quietly in the
-- topic's pending_state (V9), with who and when (DOMAIN.md, L5); announcing a call moves every pending
-- decision into the state. Each speaker of an accepted topic confirms or declines through a mailed link
-- and is reminded once. Each call has a budget of minutes that accepted and confirmed topics use.

-- Who recorded the pending decision and when; announced_at is when the state last came from a decision.
ALTER TABLE topic ADD COLUMN decided_by BIGINT;
ALTER TABLE topic ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE topic ADD COLUMN announced_at TIMESTAMP WITH TIME ZONE;
-- Why the organisers canceled an accepted or confirmed topic.
ALTER TABLE topic ADD COLUMN cancel_reason VARCHAR(1000);
ALTER TABLE topic ADD CONSTRAINT topic_decided_by_account FOREIGN KEY (decided_by) REFERENCES account (id)
    ON DELETE SET NULL;
ALTER TABLE topic ADD CONSTRAINT topic_pending_decision_dated CHECK (pending_state IS NULL OR decided_at IS NOT NULL);
ALTER TABLE topic ADD CONSTRAINT topic_canceled_has_reason CHECK (state <> 'CANCELED' OR cancel_reason IS NOT NULL);

-- One row per speaker of an accepted topic, made when the acceptance is announced: the SHA-256 of the
-- secret in the mailed link (token/OneTimeTokens), the speaker's answer, and when the one reminder
-- went out. reminder_sent_at is claimed by an UPDATE ... WHERE reminder_sent_at IS NULL, so that of
-- several instances running the reminder job only one sends it.
CREATE TABLE topic_confirmation (
    topic_id         BIGINT      NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    person_id        BIGINT      NOT NULL REFERENCES person (id),
    token_hash       VARCHAR(64) NOT NULL,
    announced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    answer           VARCHAR(16),
    answered_at      TIMESTAMP WITH TIME ZONE,
    reminder_sent_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (topic_id, person_id),
    CONSTRAINT topic_confirmation_token_unique UNIQUE (token_hash),
    CONSTRAINT topic_confirmation_answer_known CHECK (answer IS NULL OR answer IN ('CONFIRMED', 'DECLINED')),
    CONSTRAINT topic_confirmation_answer_dated CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX topic_confirmation_person_idx ON topic_confirmation (person_id);
CREATE INDEX topic_confirmation_reminder_idx ON topic_confirmation (reminder_sent_at, answer);

-- The budget of minutes: the event's default (180 unless set) and an MC's or a plain track's own; and
-- how many days after the announcement a speaker who has not answered is reminded to confirm.
ALTER TABLE topic_call_defaults ADD COLUMN minutes_budget INT DEFAULT 180 NOT NULL;
ALTER TABLE topic_call_defaults ADD COLUMN reminder_days INT DEFAULT 7 NOT NULL;
ALTER TABLE topic_call_defaults ADD CONSTRAINT topic_call_defaults_budget_positive CHECK (minutes_budget > 0);
ALTER TABLE topic_call_defaults ADD CONSTRAINT topic_call_defaults_reminder_positive CHECK (reminder_days > 0);
ALTER TABLE mc_topic_call ADD COLUMN minutes_budget INT;
ALTER TABLE mc_topic_call ADD CONSTRAINT mc_topic_call_budget_positive CHECK (minutes_budget IS NULL
    OR minutes_budget > 0);
ALTER TABLE plain_track ADD COLUMN minutes_budget INT;
ALTER TABLE plain_track ADD CONSTRAINT plain_track_budget_positive CHECK (minutes_budget IS NULL
    OR minutes_budget > 0);
