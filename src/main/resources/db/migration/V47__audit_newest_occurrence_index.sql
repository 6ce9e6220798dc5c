-- The JSON API asks, at each answer it renders, when persons were last merged in any event
-- (AuditLog.newestOccurrence): without this index that reads the whole log.
CREATE INDEX audit_entry_type_action_idx ON audit_entry (object_type, action, id);
