-- V23 made deleting a room, MC, plain track or topic that a timetable version uses fail instead
-- of cascading into released versions. Each such delete (an event's whole cascade included) looks
-- up the referencing rows; without an index on the referencing column PostgreSQL scans the table
-- for every deleted row.
CREATE INDEX timetable_session_room_idx ON timetable_session (room_id);
CREATE INDEX timetable_session_microconference_idx ON timetable_session (microconference_id);
CREATE INDEX timetable_session_plain_track_idx ON timetable_session (plain_track_id);
CREATE INDEX timetable_talk_topic_idx ON timetable_talk (topic_id);
