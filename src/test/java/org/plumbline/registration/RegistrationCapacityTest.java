package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.plumbline.account.SignedInAccount;
import org.plumbline.registration.Registrations.Registered;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Capacity holds under concurrency by construction (issue 13, points 4 and 11): requests
 * that arrive at once are numbered under the ticket type's lock, the first arrivals take
 * the places, and the rest wait, with no gap and no place sold twice.
 */
class RegistrationCapacityTest extends RegistrationWebTest {

	@Test
	void twoHundredConcurrentRegistrationsForAHundredPlacesRegisterArrivalsOneToAHundredAndQueueTheRest()
			throws Exception {
		TicketType type = onSale("Regular", "0", 100);
		List<SignedInAccount> attendees = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			attendees.add(insertedAccount("rush" + i + "@register.test"));
		}

		List<Registered> answers = atOnce(attendees.stream()
			.<Callable<Registered>>map(
					attendee -> () -> registrations.register(event, attendee, Long.toString(type.id()), "", Map.of()))
			.toList());

		assertThat(answers).allMatch(Registered::created);
		assertThat(arrivals(type, "REGISTERED"))
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
		assertThat(arrivals(type, "WAITING"))
			.containsExactlyElementsOf(LongStream.rangeClosed(101, 200).boxed().toList());
		assertThat(placesTaken(type)).isEqualTo(100);
		assertThat(count("SELECT arrivals FROM ticket_type WHERE id = ?", type.id())).isEqualTo(200);
		assertThat(count("SELECT COUNT(DISTINCT reference) FROM registration")).isEqualTo(200);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE purpose = 'registration-confirmed'")).isEqualTo(100);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE purpose = 'registration-waiting'")).isEqualTo(100);
	}

	@Test
	void oneAccountRegisteringTwentyTimesAtOnceHoldsOneRegistrationAndEveryAnswerIsIt() throws Exception {
		TicketType regular = onSale("Regular", "0", 100);
		TicketType student = onSale("Student", "0", 100);
		SignedInAccount anna = account(ANNA);

		List<Registered> answers = atOnce(LongStream.range(0, 20)
			.<Callable<Registered>>mapToObj(i -> () -> registrations.register(event, anna,
					Long.toString((i % 2 == 0 ? regular : student).id()), "", Map.of()))
			.toList());

		assertThat(answers).filteredOn(Registered::created).hasSize(1);
		assertThat(answers).extracting(answer -> answer.registration().reference())
			.containsOnly(registrationOf(ANNA).get("reference"));
		assertThat(count("SELECT COUNT(*) FROM registration")).isEqualTo(1);
		assertThat(placesTaken(regular) + placesTaken(student)).isEqualTo(1);
		assertThat(count("SELECT arrivals FROM ticket_type WHERE id = ?", regular.id())
				+ count("SELECT arrivals FROM ticket_type WHERE id = ?", student.id()))
			.as("a refused second registration takes no arrival number")
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesAPlacePastTheCapacityWhateverTheCodeBelieves() {
		TicketType type = onSale("Regular", "0", 1);
		registrations.register(event, account(ANNA), Long.toString(type.id()), "", Map.of());

		assertThat(jdbc
			.sql("UPDATE ticket_type SET places_taken = places_taken + 1 WHERE id = ? AND places_taken < capacity")
			.param(type.id())
			.update()).isZero();
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE ticket_type SET places_taken = 2 WHERE id = ?").param(type.id()).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(placesTaken(type)).isEqualTo(1);
	}

	/** An account made without hashing a password: these never sign in. */
	private SignedInAccount insertedAccount(String email) {
		long person = people.create(email, List.of(email), null).id();
		jdbc.sql("""
				INSERT INTO account (email, email_key, password_hash, display_name, person_id, email_verified_at,
				                     created_at)
				VALUES (?, ?, 'not a hash: never signs in', ?, ?, ?, ?)""")
			.params(email, email, email, person, utc(START), utc(START))
			.update();
		long id = count("SELECT id FROM account WHERE email_key = ?", email);
		return new SignedInAccount(id, email, email);
	}

	private List<Long> arrivals(TicketType type, String status) {
		return jdbc.sql("SELECT arrival FROM registration WHERE ticket_type_id = ? AND status = ? ORDER BY arrival")
			.params(type.id(), status)
			.query(Long.class)
			.list();
	}

	private static <T> List<T> atOnce(List<Callable<T>> requests) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(requests.size())) {
			List<Future<T>> answers = new ArrayList<>();
			for (Callable<T> request : requests) {
				answers.add(threads.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<T> answered = new ArrayList<>();
			for (Future<T> answer : answers) {
				answered.add(answer.get());
			}
			return answered;
		}
	}

}
