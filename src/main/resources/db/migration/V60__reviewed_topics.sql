-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- The topics that have at least one review by a reviewer not conflicted with them (the view
-- topic_conflict's rule), kept by the review feature in the transaction of every write that can
-- change it: a review saved, a conflict declared or withdrawn, an organiser's conflict mark made
-- or removed, a speaker added to or taken off a topic, two persons merged
-- (review/domain/ReviewedTopicRepository). The organisers' overview counts a call's reviewed
-- topics from it instead of checking every review of the call against every conflict: at the
-- generator's large preset, 6,750 reviews of the 30 calls shown on every open. A topic's row goes
-- with it.
CREATE TABLE reviewed_topic (
    topic_id BIGINT NOT NULL PRIMARY KEY REFERENCES topic (id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE
);
CREATE INDEX reviewed_topic_event_idx ON reviewed_topic (event_id);

INSERT INTO reviewed_topic (topic_id, event_id)
SELECT t.id, t.event_id FROM topic t
WHERE EXISTS (SELECT 1 FROM review r WHERE r.topic_id = t.id
              AND NOT EXISTS (SELECT 1 FROM topic_conflict c WHERE c.topic_id = r.topic_id AND c.account_id = r.reviewer_id));
