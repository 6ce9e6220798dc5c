-- A recorded decision counts its changes apart from the topic's version, which counts what the
-- speakers change: a quiet, unannounced decision (DOMAIN.md L3) neither makes a speaker's open
-- edit form stale nor lets them infer that it was recorded, while a lead deciding from a page
-- opened before another lead's decision is still told (TopicDecisions.record checks both).
ALTER TABLE topic ADD COLUMN decision_version INT DEFAULT 0 NOT NULL;
