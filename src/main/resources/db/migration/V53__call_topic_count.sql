-- How many topics stand submitted (every state but draft and withdrawn) in each call, kept by
-- the cfp feature in the transaction of every write that creates a topic or moves it into or out
-- of those states (TopicRepository, DecisionRepository, TopicBackupRepository), so that the
-- organisers' overview chooses the calls its charts show from one row per call instead of
-- counting the topics: at the generator's large preset, 100,000 topics on every open. A call's
-- row goes with its MC or plain track (and with its event); no application path deletes a topic.
CREATE TABLE call_topic_count (
    event_id           BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    microconference_id BIGINT REFERENCES microconference (id) ON DELETE CASCADE,
    plain_track_id     BIGINT REFERENCES plain_track (id) ON DELETE CASCADE,
    submitted          INTEGER NOT NULL,
    CONSTRAINT call_topic_count_one_call CHECK ((microconference_id IS NULL) <> (plain_track_id IS NULL)),
    CONSTRAINT call_topic_count_not_negative CHECK (submitted >= 0),
    CONSTRAINT call_topic_count_microconference UNIQUE (microconference_id),
    CONSTRAINT call_topic_count_plain_track UNIQUE (plain_track_id)
);
CREATE INDEX call_topic_count_event_idx ON call_topic_count (event_id);

INSERT INTO call_topic_count (event_id, microconference_id, plain_track_id, submitted)
SELECT event_id, microconference_id, plain_track_id, COUNT(*) FROM topic
WHERE state NOT IN ('DRAFT', 'WITHDRAWN') GROUP BY event_id, microconference_id, plain_track_id;
