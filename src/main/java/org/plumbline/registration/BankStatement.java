package org.plumbline.registration;

import java.time.Instant;

/**
 * A bank statement an organiser uploaded to match its lines with registrations awaiting
 * payment; applied once.
 *
 * @param appliedAt when its clean matches were recorded as paid, or {@code null}
 * @param appliedCount how many payments it recorded, or {@code null} before
 */
public record BankStatement(long id, long eventId, String fileName, Instant uploadedAt, Instant appliedAt,
		Integer appliedCount, int version) {

	public boolean applied() {
		return appliedAt != null;
	}

}
