package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.AccountPersons;
import org.plumbline.account.AccountSummary;
import org.plumbline.event.Event;
import org.plumbline.registration.BackedUpFormQuestion;
import org.plumbline.registration.BackedUpRegistration;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.registration.Registrations;
import org.plumbline.registration.TicketTypes;
import org.plumbline.registration.WaitingList;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An event's registrations through its event data file and back: each keeps its ticket
 * type, account, reference, place in the line, status, payment and offer, so the places
 * taken and the waiting order are those of the backup, and nobody is mailed.
 */
// Its accounts and persons outlive the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileRegistrationBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final List<String> ADDRESSES = List.of("ann@reg.test", "bob@reg.test", "cy@reg.test", "dee@reg.test",
			"eve@reg.test", "org@reg.test");

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AccountPersons accountPersons;

	@Autowired
	RegistrationBackups registrationBackups;

	@Autowired
	Registrations registrations;

	@Autowired
	WaitingList waitingList;

	@BeforeEach
	void anEventWithALineOfRegistrations() {
		removeEventAndAccounts();
		files.importFile(TestFiles.importer("ticket-types.json"), false);
		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		Map<String, Long> ids = ADDRESSES.stream()
			.collect(Collectors.toMap(address -> address, address -> accounts.account(address, address)));
		long inPerson = ticketTypeId(EVENT, "In person");
		register(inPerson, ids.get("ann@reg.test"), "ANN1", 1, "REGISTERED", """
				paid_at = TIMESTAMP '2026-01-10 10:00:00', amount_received_minor = 25000, paid_by_account_id = %d"""
			.formatted(ids.get("org@reg.test")));
		register(inPerson, ids.get("bob@reg.test"), "BOB1", 2, "AWAITING_PAYMENT", "");
		register(inPerson, ids.get("cy@reg.test"), "CY1", 3, "WAITING", "joined_line = TRUE");
		register(inPerson, ids.get("dee@reg.test"), "DEE1", 4, "OFFERED",
				"""
						joined_line = TRUE, offered_at = TIMESTAMP '2026-01-11 10:00:00',
						offer_expires_at = TIMESTAMP '2026-01-13 10:00:00', offer_reminded_at = TIMESTAMP '2026-01-12 10:00:00'""");
		register(inPerson, ids.get("eve@reg.test"), "EVE1", 5, "WAITING", "joined_line = TRUE");
		register(ticketTypeId(EVENT, "Virtual"), ids.get("cy@reg.test"), "CY0", 1, "CANCELLED", "refund_due = TRUE");
		// the counts the registration desk keeps beside its registrations
		jdbc.sql("""
				UPDATE ticket_type t SET
				    places_taken = (SELECT COUNT(*) FROM registration r WHERE r.ticket_type_id = t.id
				                    AND r.status IN ('REGISTERED', 'AWAITING_PAYMENT', 'OFFERED')),
				    arrivals = (SELECT COALESCE(MAX(r.arrival), 0) FROM registration r WHERE r.ticket_type_id = t.id)
				WHERE t.event_id = ?""").param(catalog.findBySlug(EVENT).orElseThrow().id()).update();
	}

	@AfterEach
	void removeEventAndAccounts() {
		removeEventAndAccounts(EVENT, ADDRESSES);
	}

	@Test
	void intoASiteWithoutItsAccountsEveryRegistrationComesBackWithItsPlaceStatusPaymentAndOffer() {
		List<String> before = registrationsAsRead();
		List<String> placesBefore = placesTakenAndArrivals();
		byte[] exported = files.export(EVENT).json();
		long mails = mails();
		removeEventAndAccounts();

		files.importFile(exported, false);

		assertThat(registrationsAsRead()).isEqualTo(before);
		assertThat(placesTakenAndArrivals())
			.as("the next registration is numbered after them and finds the places left")
			.isEqualTo(placesBefore)
			.containsExactly("In person 3 taken 5 arrivals", "Speaker 0 taken 0 arrivals",
					"Virtual 0 taken 1 arrivals");
		assertThat(before).as("what the comparison covers")
			.anyMatch(line -> line.startsWith("cy@reg.test In person CY1 3 WAITING waiting 1 EUR 25000 "))
			.anyMatch(line -> line.startsWith("eve@reg.test In person EVE1 5 WAITING waiting 2 EUR 25000 "))
			.anyMatch(line -> line.startsWith("dee@reg.test In person DEE1 4 OFFERED waiting 0")
					&& line.contains("offered 2026-01-11T10:00:00Z expires 2026-01-13T10:00:00Z"))
			.anyMatch(line -> line.startsWith("ann@reg.test In person ANN1 1 REGISTERED")
					&& line.contains("paid 2026-01-10T10:00:00Z 25000 by org@reg.test"))
			.anyMatch(line -> line.startsWith("cy@reg.test Virtual CY0 1 CANCELLED")
					&& line.contains("ended 2026-01-09T10:00:00Z refund true"));
		assertThat(mails()).as("a restore mails nobody").isEqualTo(mails);
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported));
	}

	/**
	 * The generator's large preset sells 20,000 virtual places; its backup was refused at
	 * import while the file's schema allowed a tenth of what the form does.
	 */
	@Test
	void aTicketTypeWithAsManyPlacesAsTheFormAllowsComesBack() {
		long eventId = catalog.findBySlug(EVENT).orElseThrow().id();
		jdbc.sql("UPDATE ticket_type SET capacity = ? WHERE event_id = ? AND name = 'Virtual'")
			.params(TicketTypes.MAX_CAPACITY, eventId)
			.update();
		byte[] exported = files.export(EVENT).json();
		removeEventAndAccounts();

		files.importFile(exported, false);

		assertThat(jdbc.sql("SELECT capacity FROM ticket_type WHERE name = 'Virtual' AND event_id = ?")
			.param(catalog.findBySlug(EVENT).orElseThrow().id())
			.query(Integer.class)
			.single()).isEqualTo(TicketTypes.MAX_CAPACITY);
	}

	@Test
	void aSecondLiveRegistrationOfOneAccountIsRefusedAtItsPlaceAndWritesNothing() {
		String file = TestFiles.text(files.export(EVENT).json()).replace("\"CANCELLED\"", "\"WAITING\"");
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		setup.delete(event.id());
		Map<String, Long> before = TableCounts.of(jdbc);

		Throwable thrown = catchThrowable(() -> files.importFile(file.getBytes(StandardCharsets.UTF_8), false));

		assertThat(thrown).isInstanceOf(EventFileException.class);
		assertThat(((EventFileException) thrown).problems()).extracting(EventFileProblem::message)
			.contains("a WAITING registration holds its place: it has no \"endedAt\"")
			.anyMatch(message -> message.startsWith("duplicate registration of cy@reg.test that has not ended"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void anEventHoldingOnlyWhatItsFileCarriesIsReplacedWithoutAsking() {
		ExportedEventFile exported = files.export(EVENT);

		files.importFile(exported.json(), true);

		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void theRegistrationFormsQuestionsAndTheAnswersComeBackRetiredOnesIncluded() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		jdbc.sql("""
				INSERT INTO registration_question (event_id, position, kind, label, help, required)
				VALUES (?, 1, 'TEXT', 'Dietary needs', 'Allergies too', FALSE)""").param(event.id()).update();
		jdbc.sql("""
				INSERT INTO registration_question (event_id, position, kind, label, options, required, retired_at)
				VALUES (?, 3, 'CHOICE', 'T-shirt size', ?, TRUE, ?)""")
			.params(event.id(), "S\nM\nL", timestamp("2026-01-09T12:00:00Z"))
			.update();
		jdbc.sql("""
				INSERT INTO registration_answer (registration_id, question_id, answer)
				SELECT r.id, q.id, CASE WHEN q.kind = 'CHOICE' THEN 'M' ELSE 'None' END
				FROM registration r, registration_question q
				WHERE r.event_id = ? AND q.event_id = r.event_id AND r.reference IN ('ANN1', 'BOB1')""")
			.param(event.id())
			.update();
		List<String> questions = formQuestions();
		List<String> answers = formAnswers();
		ExportedEventFile exported = files.export(EVENT);
		removeEventAndAccounts();

		files.importFile(exported.json(), false);

		assertThat(formQuestions()).isEqualTo(questions)
			.containsExactly("TEXT Dietary needs (Allergies too) [] required false retired null",
					"CHOICE T-shirt size (null) [S, M, L] required true retired 2026-01-09T12:00:00Z");
		assertThat(formAnswers()).isEqualTo(answers)
			.containsExactly("ANN1 Dietary needs: None", "ANN1 T-shirt size: M", "BOB1 Dietary needs: None",
					"BOB1 T-shirt size: M");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	private List<String> formQuestions() {
		return registrationBackups.formQuestions(catalog.findBySlug(EVENT).orElseThrow().id())
			.stream()
			.map(question -> question.definition().kind() + " " + question.definition().label() + " ("
					+ question.definition().help() + ") " + question.definition().options() + " required "
					+ question.definition().required() + " retired " + question.retiredAt())
			.toList();
	}

	/** Each answer by its registration's reference and its question's label. */
	private List<String> formAnswers() {
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		Map<Long, String> labels = registrationBackups.formQuestions(event)
			.stream()
			.collect(Collectors.toMap(BackedUpFormQuestion::id, question -> question.definition().label()));
		return registrationBackups.formAnswers(event)
			.entrySet()
			.stream()
			.flatMap(registration -> registration.getValue()
				.entrySet()
				.stream()
				.map(answer -> registration.getKey() + " " + labels.get(answer.getKey()) + ": " + answer.getValue()))
			.sorted()
			.toList();
	}

	/**
	 * Each ticket type's places taken and arrivals numbered, as the registration desk
	 * counts them.
	 */
	private List<String> placesTakenAndArrivals() {
		return jdbc.sql("SELECT name, places_taken, arrivals FROM ticket_type WHERE event_id = ? ORDER BY name")
			.param(catalog.findBySlug(EVENT).orElseThrow().id())
			.query((rs, row) -> rs.getString("name") + " " + rs.getInt("places_taken") + " taken "
					+ rs.getLong("arrivals") + " arrivals")
			.list();
	}

	/**
	 * Every registration as the registration feature reads it, with its ticket type by
	 * name, its accounts by address and, for one that waits, its place in the line.
	 */
	private List<String> registrationsAsRead() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		Map<Long, String> typeNames = jdbc.sql("SELECT id, name FROM ticket_type WHERE event_id = ?")
			.param(event.id())
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<BackedUpRegistration> stored = registrationBackups.registrations(event.id());
		Map<Long, AccountSummary> accounts = accountPersons.summaries(stored.stream()
			.flatMap(registration -> registration.paidByAccountId() == null ? Stream.of(registration.accountId())
					: Stream.of(registration.accountId(), registration.paidByAccountId()))
			.toList());
		return stored.stream().map(registration -> {
			int place = registrations.mine(event, registration.accountId())
				.filter(active -> active.reference().equals(registration.reference()))
				.map(active -> waitingList.position(event, active))
				.orElse(0);
			return accounts.get(registration.accountId()).email() + " " + typeNames.get(registration.ticketTypeId())
					+ " " + registration.reference() + " " + registration.arrival() + " " + registration.status()
					+ " waiting " + place + " " + registration.currency() + " " + registration.priceMinor() + " due "
					+ registration.paymentDueAt() + " paid " + registration.paidAt() + " "
					+ registration.amountReceivedMinor() + " by "
					+ (registration.paidByAccountId() == null ? null
							: accounts.get(registration.paidByAccountId()).email())
					+ " offered " + registration.offeredAt() + " expires " + registration.offerExpiresAt()
					+ " reminded " + registration.offerRemindedAt() + " ended " + registration.endedAt() + " refund "
					+ registration.refundDue() + " joined " + registration.joinedLine() + " created "
					+ registration.createdAt() + " updated " + registration.updatedAt();
		}).sorted().toList();
	}

	/**
	 * A registration as the registration feature stores one: the instants its status
	 * needs in the row itself, then the rest ({@code more}, SQL assignments).
	 */
	private void register(long ticketType, long account, String reference, long arrival, String status, String more) {
		boolean ended = status.equals("CANCELLED");
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		jdbc.sql("""
				INSERT INTO registration (event_id, ticket_type_id, account_id, active_account_id, reference, arrival,
				    status, price_minor, currency, payment_due_at, offer_expires_at, ended_at, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 25000, 'EUR', ?, ?, ?, ?, ?)""")
			.params(event.id(), ticketType, account, ended ? null : account, reference, arrival, status,
					status.equals("AWAITING_PAYMENT") ? timestamp("2026-01-20T10:00:00Z") : null,
					status.equals("OFFERED") ? timestamp("2026-01-13T10:00:00Z") : null,
					ended ? timestamp("2026-01-09T10:00:00Z") : null, timestamp("2026-01-08T10:00:00Z"),
					timestamp("2026-01-08T11:00:00Z"))
			.update();
		if (!more.isEmpty()) {
			jdbc.sql("UPDATE registration SET " + more + " WHERE reference = ?").param(reference).update();
		}
	}

}
