package org.plumbline.registration;

import java.time.Instant;

/**
 * A bank statement as a backup of its event holds it: the file an organiser uploaded, its
 * text as the bank's payers wrote it (hostile input, shown only as text), who uploaded
 * and applied it and when, and how many payments it recorded. Its accounts by their ids.
 *
 * @param uploadedBy the organiser who uploaded it, or {@code null} once that account was
 * deleted
 * @param appliedBy the organiser who applied it, or {@code null} before it was applied or
 * once that account was deleted
 * @param appliedAt when it was applied, or {@code null} before
 * @param appliedCount how many payments it recorded, or {@code null} before it was
 * applied
 */
public record BackedUpBankStatement(long id, String fileName, String content, Long uploadedBy, Instant uploadedAt,
		Long appliedBy, Instant appliedAt, Integer appliedCount) {
}
