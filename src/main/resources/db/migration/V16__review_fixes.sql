-- Indexes the foreign keys of V11 and V13 lacked: deleting an account, an event, an MC or a plain
-- track looks its rows up by these columns, and the review pages read the marks of an account.
CREATE INDEX conflict_mark_account_idx ON conflict_mark (account_id);
CREATE INDEX review_phase_microconference_idx ON review_phase (microconference_id);
CREATE INDEX review_phase_plain_track_idx ON review_phase (plain_track_id);
CREATE INDEX call_question_event_idx ON call_question (event_id);
