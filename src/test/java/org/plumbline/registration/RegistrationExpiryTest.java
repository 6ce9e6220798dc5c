package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registrations left unpaid after their due instant expire, free their place and are
 * mailed, once, whichever instances run the job (issue 13, points 3, 8 and 9); the clock
 * is moved and the job run directly.
 */
class RegistrationExpiryTest extends RegistrationWebTest {

	/** When a registration made at {@link #START} is due: 14 days, the default. */
	static final Instant DUE = START.plus(Duration.ofDays(14));

	@Autowired
	RegistrationExpiry expiry;

	@Autowired
	Payments payments;

	@Test
	void anUnpaidRegistrationExpiresAfterItsDueTimeFreesItsPlaceAndIsMailed() {
		TicketType regular = onSale("Regular", "250", 10);
		Registration registered = registrations
			.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
			.registration();
		clock.set(DUE.minusSeconds(1));
		assertThat(expiry.expireDue()).isZero();

		clock.set(DUE.plusSeconds(1));
		int expired = expiry.expireDue();

		assertThat(expired).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM registration WHERE id = ? AND status = 'EXPIRED' "
				+ "AND active_account_id IS NULL AND ended_at IS NOT NULL", registered.id()))
			.isEqualTo(1);
		assertThat(placesTaken(regular)).isZero();
		assertThat(text(mailTo(ANNA).get(1))).contains("registration " + registered.reference(),
				"was to be paid by 2027-03-15 10:00 Europe/Berlin", "expired and its place goes to someone else");
		assertThat(jdbc.sql("""
				SELECT actor_label FROM audit_entry
				WHERE action = 'registration-expired' AND actor_account_id IS NULL AND object_id = ?""")
			.param(Long.toString(registered.id()))
			.query(String.class)
			.list()).containsExactly(RegistrationExpiry.ACTOR);
		assertThat(expiry.expireDue()).isZero();
		assertThat(registrations.mine(event, account(ANNA).id())).isEmpty();
	}

	@Test
	void theFreedPlaceIsOfferedToTheFirstInLineInTheSameTransaction() {
		TicketType regular = onSale("Regular", "250", 1);
		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		registrations.register(event, account(BEN), Long.toString(regular.id()), "", Map.of());
		clock.set(DUE.plusSeconds(1));

		assertThat(expiry.expireDue()).isEqualTo(1);

		assertThat(registrationOf(BEN).get("status")).isEqualTo("OFFERED");
		assertThat(placesTaken(regular)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE purpose = 'registration-offer'")).isEqualTo(1);
	}

	@Test
	void aPaidOrFreeRegistrationNeverExpires() {
		TicketType regular = onSale("Regular", "250", 10);
		TicketType free = onSale("Free", "0", 10);
		Registration anna = registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
			.registration();
		registrations.register(event, account(BEN), Long.toString(free.id()), "", Map.of());
		payments.markPaid(event, organiserId, anna.id(), anna.version(), "250");
		clock.set(DUE.plus(Duration.ofDays(30)));

		assertThat(expiry.expireDue()).isZero();

		assertThat(registrationOf(ANNA).get("status")).isEqualTo("REGISTERED");
		assertThat(registrationOf(BEN).get("status")).isEqualTo("REGISTERED");
		assertThat(placesTaken(regular) + placesTaken(free)).isEqualTo(2);
	}

	@Test
	void twoRunsAtOnceExpireEachRegistrationOnce() throws Exception {
		int attendees = RegistrationExpiry.BATCH_SIZE + 5;
		TicketType regular = onSale("Regular", "250", attendees);
		for (int i = 0; i < attendees; i++) {
			String email = "late" + i + "@register.test";
			accounts.account(email, "Late " + i);
			registrations.register(event, account(email), Long.toString(regular.id()), "", Map.of());
		}
		clock.set(DUE.plusSeconds(1));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		List<CompletableFuture<Integer>> runs = new ArrayList<>();
		for (int run = 0; run < 2; run++) {
			runs.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				return expiry.expireDue();
			}, instances));
		}

		start.countDown();
		int expired = 0;
		for (CompletableFuture<Integer> run : runs) {
			expired += run.get();
		}
		instances.shutdown();

		assertThat(expired).isEqualTo(attendees);
		assertThat(count("SELECT COUNT(*) FROM registration WHERE status = 'EXPIRED'")).isEqualTo(attendees);
		assertThat(placesTaken(regular)).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'registration-expired'"))
			.isEqualTo(attendees);
		assertThat(count("SELECT COUNT(DISTINCT subject_id) FROM mail_outbox WHERE purpose = 'registration-expired'"))
			.isEqualTo(attendees);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE purpose = 'registration-expired'"))
			.isEqualTo(attendees);
	}

}
