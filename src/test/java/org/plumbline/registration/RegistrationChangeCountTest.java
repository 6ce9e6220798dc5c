package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.SignedInAccount;
import org.plumbline.jdbc.SqlLocalDays;
import org.plumbline.registration.domain.HistoryRepository;
import org.plumbline.registration.domain.HistoryRepository.DailyChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The changes in each ticket type's places held and waiting line are counted as
 * registrations are made, offered a place and ended, in the same transaction (so that the
 * organisers' overview sums a row per quarter hour instead of every registration): after
 * any mix of those, on several days, concurrent ones and ones rolled back included, the
 * daily changes equal those a fresh count of the registrations gives.
 * {@link RegistrationChangeCountPostgresTest} runs the same on PostgreSQL.
 */
class RegistrationChangeCountTest extends RegistrationWebTest {

	static final String CARL = "carl@register.test";

	static final String DORA = "dora@register.test";

	@Autowired
	HistoryRepository history;

	@Autowired
	TransactionTemplate transactions;

	TicketType regular;

	@BeforeEach
	void oneTicketTypeOfOnePlace() {
		regular = onSale("Regular", "0", 1);
		accounts.account(CARL, "Carl Attendee");
		accounts.account(DORA, "Dora Attendee");
	}

	@Test
	void registrationsOffersAndCancellationsOnSeveralDaysKeepEveryDayEqualToTheRegistrations() {
		register(ANNA);
		register(BEN);
		register(CARL);
		clock.set(Instant.parse("2027-03-02T22:50:00Z"));
		cancel(ANNA);
		clock.set(Instant.parse("2027-03-03T08:00:00Z"));
		cancel(CARL);
		cancel(BEN);

		assertThat(history.dailyChanges(event.id(), event.timeZone()))
			.as("Anna held the place from the 1st, Ben and Carl waited; on the 2nd (23:50 in Berlin) Anna "
					+ "cancelled and Ben was offered her place; on the 3rd Carl left the line and Ben the place")
			.containsExactlyInAnyOrder(change("2027-03-01", 1, 2), change("2027-03-02", 0, -1),
					change("2027-03-03", -1, -1))
			.containsExactlyInAnyOrderElementsOf(freshCount());
	}

	@Test
	void twoRegistrationsAtTheSameMomentAreBothCounted() throws Exception {
		for (int round = 0; round < 5; round++) {
			forgetRegistrations();
			regular = onSale("Regular", "0", 1);
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Void>> pair = new ArrayList<>();
			for (String email : List.of(ANNA, BEN)) {
				SignedInAccount account = account(email);
				pair.add(CompletableFuture.runAsync(() -> {
					await(together);
					registrations.register(event, account, Long.toString(regular.id()), "", Map.of());
				}));
			}
			CompletableFuture.allOf(pair.toArray(CompletableFuture[]::new)).get();

			assertThat(history.dailyChanges(event.id(), event.timeZone())).as("round %d", round)
				.containsExactly(change("2027-03-01", 1, 1))
				.containsExactlyInAnyOrderElementsOf(freshCount());
		}
	}

	@Test
	void aRegistrationAndACancellationRolledBackWithTheirTransactionLeaveTheCountsAsTheyWere() {
		register(ANNA);
		register(BEN);

		transactions.executeWithoutResult(status -> {
			register(CARL);
			cancel(ANNA);
			status.setRollbackOnly();
		});

		assertThat(history.dailyChanges(event.id(), event.timeZone())).containsExactly(change("2027-03-01", 1, 1))
			.containsExactlyInAnyOrderElementsOf(freshCount());
	}

	private void register(String email) {
		registrations.register(event, account(email), Long.toString(regular.id()), "", Map.of());
	}

	private void cancel(String email) {
		SignedInAccount account = account(email);
		registrations.cancel(event, account, registrations.mine(event, account.id()).orElseThrow().version());
	}

	private DailyChange change(String day, int holding, int waiting) {
		return new DailyChange(regular.id(), LocalDate.parse(day), holding, waiting);
	}

	/** The daily changes grouped from every registration, as the overview did before. */
	private List<DailyChange> freshCount() {
		String ofType = " FROM registration WHERE event_id = ? AND ticket_type_id IS NOT NULL";
		String held = " AND (NOT joined_line OR offered_at IS NOT NULL)";
		String waited = " AND joined_line";
		String sql = """
				SELECT ticket_type_id, local_day, SUM(holding) AS holding, SUM(waiting) AS waiting
				FROM (SELECT ticket_type_id, %1$s AS local_day, 1 AS holding, 0 AS waiting %5$s%6$s
				      UNION ALL SELECT ticket_type_id, %2$s, -1, 0 %5$s%6$s AND ended_at IS NOT NULL
				      UNION ALL SELECT ticket_type_id, %3$s, 0, 1 %5$s%7$s
				      UNION ALL SELECT ticket_type_id, %4$s, 0, -1 %5$s%7$s
				                AND (offered_at IS NOT NULL OR ended_at IS NOT NULL)) changes
				GROUP BY ticket_type_id, local_day""".formatted(SqlLocalDays.of("COALESCE(offered_at, created_at)"),
				SqlLocalDays.of("ended_at"), SqlLocalDays.of("created_at"),
				SqlLocalDays.of("COALESCE(offered_at, ended_at)"), ofType, held, waited);
		String zone = event.timeZone().getId();
		return jdbc.sql(sql)
			.params(zone, event.id(), zone, event.id(), zone, event.id(), zone, event.id())
			.query((rs, row) -> new DailyChange(rs.getLong("ticket_type_id"),
					SqlLocalDays.parsed(rs.getString("local_day")), rs.getInt("holding"), rs.getInt("waiting")))
			.list();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
