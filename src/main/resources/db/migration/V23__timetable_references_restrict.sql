-- Released timetable versions are history (DOMAIN.md L10, "Released versions"): a release freezes
-- which talks are in it and each one's room, start and length. V20 let the sessions and talks of
-- every version follow a deleted room, MC, plain track or topic by ON DELETE CASCADE, so the day
-- something deletes one of those, sessions and talks would vanish from released versions
-- unnoticed. From here on the database refuses such a delete while any version uses the row.
-- Deleting a whole event still works: the schedule deletes the event's timetables first, on
-- purpose, in the same transaction (EventSetup.delete publishes EventDeletion for that).
--
-- V20 declared these foreign keys inline without names, and H2 and PostgreSQL name them
-- differently (CONSTRAINT_<hash> against <table>_<column>_fkey), so no one statement can drop
-- them on both. Each column is swapped instead: the old one is renamed aside, a new one takes its
-- name with a named constraint, gets its values and the old one is dropped with its foreign key.
-- The CHECK and UNIQUE constraints that name a swapped column are dropped before and recreated as
-- they were.
--
-- Kept as they are: timetable_change.topic_id stays ON DELETE SET NULL, since a changelog line
-- keeps its words, and every topic that a line names is also placed in that release or the one
-- before it, whose talk now refuses the topic's delete; the SET NULL acts only when the whole
-- timetable goes. unavailability.room_id and interest_mark's MC and topic (V21) still cascade:
-- a room's declared absence and a visitor's mark are not part of any release.

ALTER TABLE timetable_session DROP CONSTRAINT timetable_session_subject;

ALTER TABLE timetable_session RENAME COLUMN microconference_id TO cascading_microconference_id;
ALTER TABLE timetable_session RENAME COLUMN plain_track_id TO cascading_plain_track_id;
ALTER TABLE timetable_session RENAME COLUMN room_id TO cascading_room_id;
ALTER TABLE timetable_session ADD COLUMN microconference_id BIGINT
    CONSTRAINT timetable_session_microconference_fk REFERENCES microconference (id) ON DELETE RESTRICT;
ALTER TABLE timetable_session ADD COLUMN plain_track_id BIGINT
    CONSTRAINT timetable_session_plain_track_fk REFERENCES plain_track (id) ON DELETE RESTRICT;
ALTER TABLE timetable_session ADD COLUMN room_id BIGINT
    CONSTRAINT timetable_session_room_fk REFERENCES room (id) ON DELETE RESTRICT;
UPDATE timetable_session
SET microconference_id = cascading_microconference_id,
    plain_track_id     = cascading_plain_track_id,
    room_id            = cascading_room_id;
ALTER TABLE timetable_session DROP COLUMN cascading_microconference_id;
ALTER TABLE timetable_session DROP COLUMN cascading_plain_track_id;
ALTER TABLE timetable_session DROP COLUMN cascading_room_id;

ALTER TABLE timetable_session ADD CONSTRAINT timetable_session_subject CHECK (
    (kind = 'MICROCONFERENCE' AND microconference_id IS NOT NULL AND plain_track_id IS NULL
        AND room_id IS NOT NULL)
    OR (kind = 'TRACK' AND plain_track_id IS NOT NULL AND microconference_id IS NULL AND room_id IS NOT NULL)
    OR (kind = 'BREAK' AND microconference_id IS NULL AND plain_track_id IS NULL AND title IS NOT NULL));

ALTER TABLE timetable_talk DROP CONSTRAINT timetable_talk_once;

ALTER TABLE timetable_talk RENAME COLUMN topic_id TO cascading_topic_id;
ALTER TABLE timetable_talk ADD COLUMN topic_id BIGINT
    CONSTRAINT timetable_talk_topic_fk REFERENCES topic (id) ON DELETE RESTRICT;
UPDATE timetable_talk SET topic_id = cascading_topic_id;
ALTER TABLE timetable_talk ALTER COLUMN topic_id SET NOT NULL;
ALTER TABLE timetable_talk DROP COLUMN cascading_topic_id;

ALTER TABLE timetable_talk ADD CONSTRAINT timetable_talk_once UNIQUE (timetable_id, topic_id);
