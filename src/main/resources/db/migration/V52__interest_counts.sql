-- How many marked each MC and each talk interesting, kept by the schedule feature in the
-- transaction of every mark and unmark (InterestMarkRepository), so that the overview, the
-- room-size check and the scheduler read one row per subject instead of counting the marks: at the
-- generator's large preset, 150,000 marks grouped on every open of the organisers' overview. A
-- subject's row goes with it (and with its event); no application path deletes an account, whose
-- marks would go without their count.
CREATE TABLE interest_count (
    event_id           BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    microconference_id BIGINT REFERENCES microconference (id) ON DELETE CASCADE,
    topic_id           BIGINT REFERENCES topic (id) ON DELETE CASCADE,
    marks              INTEGER NOT NULL,
    CONSTRAINT interest_count_one_subject CHECK (
        (microconference_id IS NOT NULL AND topic_id IS NULL) OR (microconference_id IS NULL AND topic_id IS NOT NULL)),
    CONSTRAINT interest_count_not_negative CHECK (marks >= 0),
    CONSTRAINT interest_count_microconference UNIQUE (microconference_id),
    CONSTRAINT interest_count_topic UNIQUE (topic_id)
);
CREATE INDEX interest_count_event_idx ON interest_count (event_id);

INSERT INTO interest_count (event_id, microconference_id, topic_id, marks)
SELECT event_id, microconference_id, NULL, COUNT(*) FROM interest_mark
WHERE microconference_id IS NOT NULL GROUP BY event_id, microconference_id;

INSERT INTO interest_count (event_id, microconference_id, topic_id, marks)
SELECT event_id, NULL, topic_id, COUNT(*) FROM interest_mark
WHERE topic_id IS NOT NULL GROUP BY event_id, topic_id;
