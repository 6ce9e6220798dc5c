package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.plumbline.registration.Registration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payments of registrations as stored: those awaiting one, payments recorded (by
 * hand, from a bank statement or generated), overdue ones claimed for expiry and refunds
 * owed. A payment is recorded only on a registration still awaiting it at the version its
 * reader saw.
 */
@Repository
public class PaymentRepository {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final RegistrationRepository registrations;

	PaymentRepository(JdbcClient jdbc, JdbcTemplate batches, RegistrationRepository registrations) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.registrations = registrations;
	}

	/** A payment received, of a registration at the version read. */
	public record ReceivedPayment(long registrationId, int version, long amountReceivedMinor) {
	}

	/** The event's registrations awaiting payment, the first due first. */
	public List<Registration> awaiting(long eventId) {
		return jdbc.sql("SELECT " + RegistrationRepository.COLUMNS + RegistrationRepository.FROM + """
				WHERE r.event_id = ? AND r.status = 'AWAITING_PAYMENT' ORDER BY r.payment_due_at, r.id""")
			.param(eventId)
			.query(registrations::registration)
			.list();
	}

	/**
	 * Records the payment of a registration awaiting it, at the version its reader saw:
	 * it becomes registered.
	 * @param byAccount who recorded it
	 * @param byStatement the bank statement it was matched in, or {@code null}
	 * @return false if it no longer awaits payment or changed meanwhile
	 */
	public boolean markPaid(long id, int version, long amountReceivedMinor, long byAccount, Long byStatement,
			Instant now) {
		return jdbc.sql("""
				UPDATE registration SET status = 'REGISTERED', paid_at = ?, amount_received_minor = ?,
				       paid_by_account_id = ?, paid_by_statement_id = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND version = ? AND status = 'AWAITING_PAYMENT'""")
			.params(utc(now), amountReceivedMinor, byAccount, byStatement, utc(now), id, version)
			.update() == 1;
	}

	/**
	 * Marks registrations paid in batches, as {@link #markPaid} would one by one; whether
	 * each was awaiting payment at the version read.
	 */
	public boolean markAllPaid(List<ReceivedPayment> payments, long byAccount, Instant now) {
		int[][] updated = batches.batchUpdate("""
				UPDATE registration SET status = 'REGISTERED', paid_at = ?, amount_received_minor = ?,
				       paid_by_account_id = ?, paid_by_statement_id = NULL, version = version + 1, updated_at = ?
				WHERE id = ? AND version = ? AND status = 'AWAITING_PAYMENT'""", payments, BATCH,
				(statement, payment) -> {
					statement.setObject(1, utc(now));
					statement.setLong(2, payment.amountReceivedMinor());
					statement.setLong(3, byAccount);
					statement.setObject(4, utc(now));
					statement.setLong(5, payment.registrationId());
					statement.setInt(6, payment.version());
				});
		return Arrays.stream(updated).flatMapToInt(Arrays::stream).allMatch(count -> count == 1);
	}

	/**
	 * Claims up to {@code limit} registrations whose payment is overdue and that no other
	 * instance holds, in the calling (short) transaction: each is leased until
	 * {@code leaseUntil}, so that an instance that dies leaves it to the next run. Rows
	 * another transaction is claiming are skipped, not waited for. As in the mail outbox,
	 * the statement has no {@code ORDER BY}, so that H2 locks only the rows it returns.
	 */
	public List<Long> claimOverdue(Instant now, int limit, Instant leaseUntil) {
		List<Long> ids = jdbc.sql("""
				SELECT id FROM registration
				WHERE status = 'AWAITING_PAYMENT' AND payment_due_at <= ?
				  AND (expiry_claimed_until IS NULL OR expiry_claimed_until <= ?)
				FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED""")
			.params(utc(now), utc(now), limit)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE registration SET expiry_claimed_until = :leaseUntil WHERE id IN (:ids)")
				.param("leaseUntil", utc(leaseUntil))
				.param("ids", ids)
				.update();
		}
		return ids;
	}

	/** Marks a registration that ended after it was paid as owed a refund. */
	public void markRefundDue(long id) {
		jdbc.sql("UPDATE registration SET refund_due = TRUE WHERE id = ? AND paid_at IS NOT NULL").param(id).update();
	}

}
