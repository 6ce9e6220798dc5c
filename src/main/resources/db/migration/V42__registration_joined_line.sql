-- Whether a registration was made into its ticket type's waiting line rather than onto a
-- place: the organisers' overview counts each registration as holding a place or waiting
-- from its own timestamps, and a registration cancelled while it waited looked, without
-- this, like one that had held a place. Rows made before this column are judged by what
-- they kept: a line's offer, or a priced registration that never had a payment due (every
-- priced place gets one at once); a free registration cancelled while waiting cannot be
-- told apart and stays counted as having held a place.
ALTER TABLE registration ADD COLUMN joined_line BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE registration SET joined_line = TRUE
WHERE ticket_type_id IS NOT NULL
  AND (status IN ('WAITING', 'OFFERED', 'OFFER_EXPIRED') OR offered_at IS NOT NULL
       OR (status = 'CANCELLED' AND price_minor > 0 AND payment_due_at IS NULL AND paid_at IS NULL));
