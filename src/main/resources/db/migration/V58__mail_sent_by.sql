-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- Which instance's worker sent each message (plumbline.instance-id), written with its mark as
-- sent: with several instances on one database an operator can tell which one sent a message,
-- and the two-instance load test checks that both workers share the outbox. Rows sent before
-- this column existed keep NULL.
ALTER TABLE mail_outbox ADD COLUMN sent_by VARCHAR(100);
