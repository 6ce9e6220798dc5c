-- What the scheduler reads of an event besides its timetable (issue 12, points 2 and 3).

-- The level and weight an organiser gave one of the solver's constraints (ScheduleConstraint, by
-- name). A constraint without a row has its default; a weight of 0 switches it off.
CREATE TABLE schedule_constraint_weight (
    event_id        BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    constraint_name VARCHAR(40) NOT NULL,
    level           VARCHAR(8)  NOT NULL,
    weight          BIGINT      NOT NULL,
    PRIMARY KEY (event_id, constraint_name),
    CONSTRAINT schedule_constraint_weight_level_known CHECK (level IN ('HARD', 'MEDIUM', 'SOFT')),
    CONSTRAINT schedule_constraint_weight_not_negative CHECK (weight >= 0)
);

-- The version of an event's weights as one form edits them all. It lives apart from the weight
-- rows because going back to a default deletes a row, and a row's own version would start again
-- from the beginning, so a form opened before could save over a later change unnoticed.
CREATE TABLE schedule_constraint_weight_version (
    event_id BIGINT NOT NULL PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    version  INT    NOT NULL
);

-- A time block an MC's leads prefer or would rather avoid for their MC; a block without a row is
-- fine for it.
CREATE TABLE microconference_time_preference (
    microconference_id BIGINT     NOT NULL REFERENCES microconference (id) ON DELETE CASCADE,
    time_block_id      BIGINT     NOT NULL REFERENCES time_block (id) ON DELETE CASCADE,
    preference         VARCHAR(9) NOT NULL,
    PRIMARY KEY (microconference_id, time_block_id),
    CONSTRAINT microconference_time_preference_known CHECK (preference IN ('PREFERRED', 'AVOIDED'))
);
CREATE INDEX microconference_time_preference_block_idx ON microconference_time_preference (time_block_id);

-- The version of an MC's preferred times as one form edits them all, apart for the same reason.
CREATE TABLE microconference_time_preference_version (
    microconference_id BIGINT NOT NULL PRIMARY KEY REFERENCES microconference (id) ON DELETE CASCADE,
    version            INT    NOT NULL
);
