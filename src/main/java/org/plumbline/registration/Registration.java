package org.plumbline.registration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.event.EventTimes;

/**
 * One account's registration for a ticket type of an event.
 *
 * @param reference the short reference the attendee quotes, on a bank transfer too
 * @param arrival its number in the order registrations for its ticket type arrived, taken
 * under the type's capacity lock
 * @param priceMinor the price when it registered, in the currency's minor units (0 for a
 * free ticket)
 * @param currency ISO-4217, or {@code null} when free
 * @param paymentDueAt when an unpaid registration expires, or {@code null}
 * @param offerExpiresAt until when an offered place is held, or {@code null}
 * @param endedAt when it was cancelled or expired, or {@code null}
 * @param ticketTypeId its ticket type, or 0 for one that a pass registered
 * @param ticketTypeName its ticket type's name, or its pass's label
 * @param passId the MC pass it was made with, outside every ticket type's places, or
 * {@code null}
 * @param refundDue whether it ended after it was paid, so that organisers owe its
 * attendee a refund
 */
public record Registration(long id, long eventId, long ticketTypeId, String ticketTypeName, long accountId,
		String reference, long arrival, RegistrationStatus status, long priceMinor, String currency,
		Instant paymentDueAt, Instant paidAt, Instant offerExpiresAt, Instant endedAt, Instant createdAt, int version,
		Long passId, boolean refundDue) {

	/** What the audit log keeps of it, times in the event's zone. */
	public Map<String, Object> audited(ZoneId zone) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("reference", reference);
		shown.put("ticketType", ticketTypeName);
		shown.put("status", status.name());
		shown.put("arrival", arrival);
		shown.put("price", priceShown());
		if (paymentDueAt != null) {
			shown.put("paymentDue", EventTimes.shown(paymentDueAt, zone));
		}
		if (offerExpiresAt != null) {
			shown.put("offerEnds", EventTimes.shown(offerExpiresAt, zone));
		}
		if (refundDue) {
			shown.put("refundDue", true);
		}
		return shown;
	}

	public boolean byPass() {
		return passId != null;
	}

	public boolean free() {
		return priceMinor == 0;
	}

	/** The price as people read it: "650.00 USD", or "Free". */
	public String priceShown() {
		return Prices.shown(priceMinor, currency);
	}

}
