-- A recorded decision counts its changes, so that an organiser deciding from a page opened before
-- another organiser's decision is told, not silently overwriting it (McProposalDecisions.decide).
ALTER TABLE mc_proposal ADD COLUMN decision_version INT DEFAULT 0 NOT NULL;
