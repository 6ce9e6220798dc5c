-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- Mail shown without its secrets (issue 9, review): verification, password-reset and invitation
-- mail carry a one-time link that only its recipient may read, while organisers read every
-- message of their event on the outbox pages. A message whose purpose declares such secret
-- placeholders also stores the subject and text rendered with a marker in their place
-- (shown_subject, shown_text_body); the pages show these, and the text as sent (mail_subject,
-- text_body) is used only to send. NULL means nothing is withheld: the text is shown as sent.
ALTER TABLE mail_outbox ADD COLUMN shown_subject VARCHAR(300);
ALTER TABLE mail_outbox ADD COLUMN shown_text_body TEXT;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_shown_text_whole
    CHECK ((shown_subject IS NULL) = (shown_text_body IS NULL));

-- Messages queued before this migration cannot be rendered again without their link: the pages
-- show a note instead of their text.
UPDATE mail_outbox SET shown_subject = mail_subject,
    shown_text_body = '[This message carries a one-time link; its text is not shown.]'
WHERE purpose IN ('account-verification', 'password-reset', 'role-invitation');

-- A resent copy names the message it copies, so that a second "Resend" of the same message (a
-- double click, two organisers at once) finds the copy still waiting and makes no other.
ALTER TABLE mail_outbox ADD COLUMN resent_from BIGINT REFERENCES mail_outbox (id) ON DELETE SET NULL;
CREATE INDEX mail_outbox_resent_from ON mail_outbox (resent_from);
