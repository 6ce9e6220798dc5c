-- A recorded decision counts its changes, so that an organiser deciding from a page opened before
-- another organiser's decision is told, not silently overwriting it (McProposalDecisions.decide).
ALTER TABLE mc_proposal ADD COLUMN decision_version INT DEFAULT 0 NOT NULL;

-- At most one open co-lead invitation per proposal and address, so that two clicks at the same
-- moment leave one invitation and one mail. As role_invitation (V8): neither database shares a
-- partial index with the other and NULLs are never equal in a unique index, so still_open is TRUE
-- while the invitation may be answered and NULL once it is answered or found expired. email_key is
-- the address in lower case, as the invitation form compares addresses.
ALTER TABLE mc_proposal_invitation ADD COLUMN email_key VARCHAR(254);
UPDATE mc_proposal_invitation SET email_key = LOWER(email);
ALTER TABLE mc_proposal_invitation ALTER COLUMN email_key SET NOT NULL;
ALTER TABLE mc_proposal_invitation ADD COLUMN still_open BOOLEAN DEFAULT TRUE;
UPDATE mc_proposal_invitation SET still_open = NULL WHERE answer IS NOT NULL OR expires_at <= CURRENT_TIMESTAMP;
UPDATE mc_proposal_invitation SET still_open = NULL
WHERE still_open IS TRUE AND EXISTS (
    SELECT 1 FROM mc_proposal_invitation newer
    WHERE newer.microconference_id = mc_proposal_invitation.microconference_id
    AND newer.email_key = mc_proposal_invitation.email_key AND newer.still_open IS TRUE
    AND newer.id > mc_proposal_invitation.id);
CREATE UNIQUE INDEX mc_proposal_invitation_open_once ON mc_proposal_invitation (microconference_id, email_key, still_open);
