package org.plumbline.registration;

import java.time.Instant;

/**
 * An event's rules of registration.
 *
 * @param cancelUntil the last instant attendees may cancel, or {@code null} for until the
 * event starts
 * @param paymentDays the days a paid ticket may stay unpaid before it expires
 * @param offerHours how long a place offered from the waiting list is held
 * @param passesPerMicroconference the free passes each accepted MC gets unless organisers
 * set its own
 * @param bankDetails the bank-transfer instructions shown with a paid ticket's reference,
 * or {@code null}
 * @param version 0 while the event uses the defaults
 */
public record RegistrationSettings(Instant cancelUntil, int paymentDays, int offerHours, int passesPerMicroconference,
		String bankDetails, int version) {

	public static final RegistrationSettings DEFAULTS = new RegistrationSettings(null, 14, 72, 2, null, 0);

	/** What a paid ticket's attendee reads while organisers gave no bank details. */
	public static final String NO_BANK_DETAILS = "The organisers will send you the bank details.";

	/** The bank-transfer instructions, or what to read while there are none. */
	public String bankDetailsOrNotice() {
		return bankDetails != null ? bankDetails : NO_BANK_DETAILS;
	}

}
