-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- The same employer is no longer a conflict by itself (V18 made it one): an affiliation is free
-- text each person types on their own profile, so a speaker could hide their topic from the leads
-- by typing the leads' employer, and at a conference like LPC, where leads and speakers often work
-- for the same few companies, whole MCs would lose their deciders, with nobody able to lift it.
-- The conflicts page now lists the pairs with the same affiliation for an organiser to turn into a
-- mark (ADMINISTRATIVE) or leave; see review/domain/ConflictRepository.sameEmployer.

DROP VIEW topic_conflict;

-- Who is conflicted with which topic, and why, through person identity: the account that
-- submitted it and the account of its first speaker are its AUTHOR, the accounts of the other
-- speakers CO_SPEAKER; an account an organiser marked against one of its speakers ADMINISTRATIVE;
-- an account that declared a conflict with it DECLARED.
-- An account may appear more than once for one topic; readers ask EXISTS.
CREATE VIEW topic_conflict (topic_id, account_id, kind) AS
    SELECT t.id, t.submitted_by, 'AUTHOR'
      FROM topic t
     WHERE t.submitted_by IS NOT NULL
    UNION ALL
    SELECT s.topic_id, a.id, CASE WHEN s.position = 1 THEN 'AUTHOR' ELSE 'CO_SPEAKER' END
      FROM topic_speaker s
      JOIN account a ON a.person_id = s.person_id
    UNION ALL
    SELECT s.topic_id, m.account_id, 'ADMINISTRATIVE'
      FROM conflict_mark m
      JOIN topic_speaker s ON s.person_id = m.person_id
      JOIN topic t ON t.id = s.topic_id AND t.event_id = m.event_id
    UNION ALL
    SELECT d.topic_id, d.account_id, 'DECLARED'
      FROM declared_conflict d;
