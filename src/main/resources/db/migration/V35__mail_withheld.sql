-- Mail to an address that can never receive any (the .invalid top-level domain, RFC 2606),
-- as the generated sample event's people have, is kept in the outbox as WITHHELD and
-- never sent.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_known;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_known
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'WITHHELD'));
