-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- At most one open invitation per address, event, role and scope, so that two organisers (or
-- two clicks) inviting the same address at the same moment leave one invitation and one mail.
-- Neither database shares a partial or expression index with the other, and NULLs are never
-- equal in a unique index on either: still_open is TRUE while the invitation is open and NULL
-- once it is accepted or withdrawn, so the unique index counts open invitations only.
UPDATE role_invitation SET revoked_at = CURRENT_TIMESTAMP
WHERE accepted_at IS NULL AND revoked_at IS NULL AND EXISTS (
    SELECT 1 FROM role_invitation newer
    WHERE newer.event_id = role_invitation.event_id AND newer.email_key = role_invitation.email_key
    AND newer.role = role_invitation.role AND newer.scope_key = role_invitation.scope_key
    AND newer.accepted_at IS NULL AND newer.revoked_at IS NULL AND newer.id > role_invitation.id);
ALTER TABLE role_invitation ADD COLUMN still_open BOOLEAN DEFAULT TRUE;
UPDATE role_invitation SET still_open = NULL WHERE accepted_at IS NOT NULL OR revoked_at IS NOT NULL;
ALTER TABLE role_invitation ADD CONSTRAINT role_invitation_still_open_known CHECK (
    (still_open IS TRUE AND accepted_at IS NULL AND revoked_at IS NULL)
    OR (still_open IS NULL AND (accepted_at IS NOT NULL OR revoked_at IS NOT NULL)));
CREATE UNIQUE INDEX role_invitation_open_once ON role_invitation (event_id, email_key, role, scope_key, still_open);

-- When a sign-up last mailed an address that has an account "you already have an account":
-- the sign-up form is open to anyone, and sends that mail at most once a minute.
ALTER TABLE account ADD COLUMN sign_up_mailed_at TIMESTAMP WITH TIME ZONE;

-- How many sign-up mails a client address (the request's remote address) has set off since
-- mails_since: a sign-up with new credentials always mails its own link, so the number of such
-- mails per client is what keeps the form from flooding mailboxes.
CREATE TABLE sign_up_client (
    client_address VARCHAR(100) PRIMARY KEY,
    mails_since    TIMESTAMP WITH TIME ZONE NOT NULL,
    mails          INT NOT NULL
);
