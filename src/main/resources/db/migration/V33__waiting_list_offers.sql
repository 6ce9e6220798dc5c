-- Offers of a freed place to the first in a ticket type's waiting line (issue 13, point 5):
-- when it was offered, and when the attendee was reminded that the offer ends within 24 hours,
-- so that each reminder goes out once whichever instance claims it.
ALTER TABLE registration ADD COLUMN offered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration ADD COLUMN offer_reminded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX registration_offer_expiry_idx ON registration (status, offer_expires_at);
