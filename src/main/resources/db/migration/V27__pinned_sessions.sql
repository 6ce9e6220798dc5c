-- A draft session an organiser pinned (issue 12): the scheduler never moves it. Releases copy
-- sessions without it; only the draft is scheduled.
ALTER TABLE timetable_session ADD COLUMN pinned BOOLEAN DEFAULT FALSE NOT NULL;
