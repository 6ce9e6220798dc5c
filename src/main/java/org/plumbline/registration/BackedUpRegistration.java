package org.plumbline.registration;

import java.time.Instant;

/**
 * A registration as a backup of its event holds it: for a ticket type, its place in its
 * type's line ({@code arrival}); made with an MC pass, none ({@code arrival} 0); its
 * status, price, payment and offer as stored, its type or pass and accounts by their ids.
 * Not held: a worker's claim on its expiry.
 *
 * @param ticketTypeId {@code null} for a registration made with a pass
 * @param passId the {@link BackedUpPasses.Pass} it was made with, or {@code null}
 * @param status a {@link RegistrationStatus} name
 * @param currency {@code null} for a free registration
 * @param paidByAccountId the organiser who recorded its payment, or {@code null}
 * @param paidByStatementId the {@link BackedUpBankStatement} its payment was recorded
 * from, or {@code null}
 * @param joinedLine whether it once stood in the waiting line
 */
public record BackedUpRegistration(Long ticketTypeId, Long passId, long accountId, String reference, long arrival,
		String status, long priceMinor, String currency, Instant paymentDueAt, Instant paidAt, Long amountReceivedMinor,
		Long paidByAccountId, Long paidByStatementId, boolean refundDue, Instant offeredAt, Instant offerExpiresAt,
		Instant offerRemindedAt, Instant endedAt, boolean joinedLine, Instant createdAt, Instant updatedAt) {
}
