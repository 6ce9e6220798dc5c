package org.plumbline.registration;

import java.time.Instant;

/**
 * An event's saved rules of registration as a backup of it holds them (an event that
 * never saved any uses {@link RegistrationSettings#DEFAULTS} and has none).
 *
 * @param cancelUntil the last instant attendees may cancel, or {@code null} for until the
 * event starts
 * @param bankDetails the bank-transfer instructions, or {@code null}
 * @param updatedAt when they were last saved
 */
public record BackedUpRegistrationSettings(Instant cancelUntil, int paymentDays, int offerHours,
		int passesPerMicroconference, String bankDetails, Instant updatedAt) {
}
