-- A draft edit, the schedule's room-size check and the overview count the marks of the MCs
-- and talks a timetable holds (InterestMarkRepository.counts with ids). The only index that
-- led with the event read every mark of it: 150,000 at the generator's large preset, on each
-- of the two conflict checks of every edit. These find a subject's marks directly.
CREATE INDEX interest_mark_microconference_idx ON interest_mark (microconference_id);
CREATE INDEX interest_mark_topic_idx ON interest_mark (topic_id);
