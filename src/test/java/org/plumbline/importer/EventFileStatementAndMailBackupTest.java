package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.mail.MailBackups;
import org.plumbline.people.PersonDirectory;
import org.plumbline.registration.Payments;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.CaughtMail;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What organisers kept of an event's payments and mail, through its event data file and
 * back: the bank statements as uploaded and applied, a payment linked to the statement it
 * was recorded from, and the event's own wording of a mail. A payer's words in a
 * statement come back inert, shown as text on the payments page and the statement's; the
 * next mail of the restored purpose is worded as the organisers wrote it.
 */
// Its accounts outlive the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileStatementAndMailBackupTest extends MailCatchingServerTest {

	private static final String EVENT = "testconf";

	private static final List<String> ADDRESSES = List.of("olga@statements.test", "anna@statements.test",
			"ben@statements.test");

	private static final String HOSTILE_NAME = "<script>alert('name')</script>.csv";

	private static final String HOSTILE_TEXT = "<img src=x onerror=alert(1)> BBBB-2222";

	private static final String APPLIED_COUNT = "\"appliedCount\": 1";

	private static final Map<String, String> MAPPING = Map.of("separator", "SEMICOLON", "header", "on", "textColumn",
			"2", "amountColumn", "3", "currencyColumn", "4", "dateColumn", "1", "dateFormat", "DAY_DOT_MONTH");

	@Autowired
	EventFiles files;

	@Autowired
	EventCatalog catalog;

	@Autowired
	EventSetup setup;

	@Autowired
	PersonDirectory directory;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	RegistrationBackups registrationBackups;

	@Autowired
	MailBackups mailBackups;

	@Autowired
	Payments payments;

	EventFileStatementAndMailBackupTest() {
		super(Instant.parse("2024-02-05T09:00:00Z"));
	}

	@BeforeEach
	void anEventWithStatementsAndItsOwnMailText() {
		removeEventAndAccounts();
		files.importFile(TestFiles.importer("ticket-types.json"), false);
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		long olga = accounts.account("olga@statements.test", "Olga Organiser");
		accounts.grant(event, olga, EventRole.ORGANISER, null);
		long applied = statement(event, "bank-2024-02.csv", """
				Date;Text;Amount;Currency
				02.02.2024;Anna AAAA-1111;250,00;EUR
				""", olga, "2024-02-02T10:00:00Z");
		jdbc.sql("""
				UPDATE bank_statement SET applied_by = ?, applied_at = ?, applied_count = 1, version = 1
				WHERE id = ?""").params(olga, timestamp("2024-02-02T10:05:00.125Z"), applied).update();
		statement(event, HOSTILE_NAME, "Date;Text;Amount;Currency\n03.02.2024;" + HOSTILE_TEXT + ";250,00;EUR\n", olga,
				"2024-02-03T08:00:00Z");
		long inPerson = jdbc.sql("SELECT id FROM ticket_type WHERE event_id = ? AND name = 'In person'")
			.param(event)
			.query(Long.class)
			.single();
		register(event, inPerson, accounts.account("anna@statements.test", "Anna Attendee"), "AAAA-1111", 1,
				"REGISTERED");
		jdbc.sql("""
				UPDATE registration SET paid_at = ?, amount_received_minor = 25000, paid_by_account_id = ?,
				                        paid_by_statement_id = ?
				WHERE reference = 'AAAA-1111'""").params(timestamp("2024-02-02T10:05:00.125Z"), olga, applied).update();
		register(event, inPerson, accounts.account("ben@statements.test", "Ben Attendee"), "BBBB-2222", 2,
				"AWAITING_PAYMENT");
		jdbc.sql("""
				INSERT INTO mail_template (event_id, scope_key, purpose, subject, body, version, updated_at)
				VALUES (?, ?, 'registration-paid', ?, ?, 4, ?)""")
			.params(event, "event:" + event, "Restored: paid {{reference}}",
					"Dear {{name}},\n\nthe restored wording: {{amount}} received for {{event_name}}.\n{{link}}\n",
					timestamp("2024-01-10T12:00:00Z"))
			.update();
	}

	@AfterEach
	void removeEventAndAccounts() {
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));
		jdbc.sql("DELETE FROM person_email WHERE address_key IN (:keys)").param("keys", ADDRESSES).update();
		jdbc.sql("DELETE FROM account WHERE email_key IN (:keys)").param("keys", ADDRESSES).update();
	}

	@Test
	void theStatementsTheirPaymentAndTheMailTextComeBackFieldByFieldAndThePayersWordsStayText() {
		List<String> before = statementsAndTexts();
		ExportedEventFile exported = files.export(EVENT);
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));

		files.importFile(exported.json(), false);

		assertThat(statementsAndTexts()).isEqualTo(before)
			.containsExactly("bank-2024-02.csv uploaded by olga@statements.test at 2024-02-02T10:00:00Z, applied by "
					+ "olga@statements.test at 2024-02-02T10:05:00.125Z recording 1 [Date;Text;Amount;Currency\n"
					+ "02.02.2024;Anna AAAA-1111;250,00;EUR\n]",
					HOSTILE_NAME + " uploaded by olga@statements.test at 2024-02-03T08:00:00Z, applied by null at null "
							+ "recording null [Date;Text;Amount;Currency\n03.02.2024;" + HOSTILE_TEXT
							+ ";250,00;EUR\n]",
					"AAAA-1111 paid from bank-2024-02.csv", "BBBB-2222 paid from none",
					"registration-paid [Restored: paid {{reference}}] [Dear {{name}},\n\nthe restored wording: "
							+ "{{amount}} received for {{event_name}}.\n{{link}}\n] at 2024-01-10T12:00:00Z");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void afterARestoreThePaymentsPagesShowThePayersWordsAsTextAndTheNextMailUsesTheRestoredWording() {
		byte[] exported = files.export(EVENT).json();
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));
		files.importFile(exported, false);
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		WebClient olga = WebClient.browser(port)
			.accepting("text/html")
			.signedIn("olga@statements.test", AccountFixture.PASSWORD);
		String paymentsPage = "/manage/" + EVENT + "/registration/payments";

		Document page = olga.page(paymentsPage);

		assertThat(page.select("ul.statements li").eachText()).containsExactly(
				HOSTILE_NAME + ", uploaded 2024-02-03 09:00 Europe/Berlin",
				"bank-2024-02.csv, uploaded 2024-02-02 11:00 Europe/Berlin; applied 2024-02-02 11:05 Europe/Berlin: "
						+ "1 recorded");
		assertThat(page.select("script").eachAttr("src")).as("no script but the page's own")
			.allSatisfy(source -> assertThat(source).startsWith("/"));
		Document hostile = olga.page(page.select("ul.statements a").get(0).attr("href"));
		assertThat(hostile.select("table.statement-sample").text()).contains(HOSTILE_TEXT);
		assertThat(hostile.select("img")).as("the payer's words are text, not markup").isEmpty();
		String appliedPath = page.select("ul.statements a").get(1).attr("href");
		Document applied = olga.page(query(appliedPath));
		assertThat(applied.select("tr.line-APPLIED").stream().map(row -> row.child(6).text()).toList())
			.as("the payment is linked to the statement it was recorded from")
			.containsExactly("Recorded as paid from this statement.");

		long ben = jdbc.sql("SELECT id FROM registration WHERE reference = 'BBBB-2222'").query(Long.class).single();
		int version = jdbc.sql("SELECT version FROM registration WHERE id = ?")
			.param(ben)
			.query(Integer.class)
			.single();
		long organiser = jdbc.sql("SELECT id FROM account WHERE email = 'olga@statements.test'")
			.query(Long.class)
			.single();
		payments.markPaid(event, organiser, ben, version, "250.00");

		List<MimeMessage> mail = mailTo("ben@statements.test");
		assertThat(mail).hasSize(1);
		assertThat(CaughtMail.subject(mail.get(0))).isEqualTo("Restored: paid BBBB-2222");
		assertThat(text(mail.get(0))).startsWith("Dear Ben Attendee,")
			.contains("the restored wording: 250.00 EUR received for Test Conference.");
	}

	@Test
	void aFileWithoutThemImportsWithNoneAndAStatementCountedButNotAppliedIsRefusedWithNothingWritten() {
		String exported = TestFiles.text(files.export(EVENT).json());
		assertThat(exported).contains(APPLIED_COUNT);
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));
		files.importFile(TestFiles.importer("ticket-types.json"), false);
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		assertThat(registrationBackups.bankStatements(event)).as("a file of before statements were carried").isEmpty();
		assertThat(mailBackups.templates(event)).isEmpty();
		setup.delete(event);
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> files.importFile(
						exported.replaceFirst("\"appliedAt\": \"[^\"]+\",", "").getBytes(StandardCharsets.UTF_8),
						false));

		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/bankStatements/0/appliedCount"))
			.satisfies(problem -> assertThat(problem.message())
				.isEqualTo("an applied statement gives \"appliedAt\" and \"appliedCount\" together"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private long statement(long event, String name, String content, long uploadedBy, String uploadedAt) {
		jdbc.sql("""
				INSERT INTO bank_statement (event_id, file_name, content, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?)""").params(event, name, content, uploadedBy, timestamp(uploadedAt)).update();
		return jdbc.sql("SELECT MAX(id) FROM bank_statement").query(Long.class).single();
	}

	private void register(long event, long ticketType, long account, String reference, long arrival, String status) {
		jdbc.sql("""
				INSERT INTO registration (event_id, ticket_type_id, account_id, active_account_id, reference, arrival,
				    status, price_minor, currency, payment_due_at, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 25000, 'EUR', ?, ?, ?)""")
			.params(event, ticketType, account, account, reference, arrival, status,
					status.equals("AWAITING_PAYMENT") ? timestamp("2024-02-20T10:00:00Z") : null,
					timestamp("2024-02-01T10:00:00Z"), timestamp("2024-02-01T11:00:00Z"))
			.update();
	}

	private static Object timestamp(String instant) {
		return EventFileDatabaseTest.timestamp(instant);
	}

	/** The statement's page with {@link #MAPPING} chosen. */
	private static String query(String path) {
		StringBuilder query = new StringBuilder(path);
		char separator = '?';
		for (Map.Entry<String, String> field : new TreeMap<>(MAPPING).entrySet()) {
			query.append(separator).append(field.getKey()).append('=').append(field.getValue());
			separator = '&';
		}
		return query.toString();
	}

	/**
	 * The event's statements and mail texts as registration/ and mail/ read them for a
	 * backup, with each registration's statement by file name, accounts by address.
	 */
	private List<String> statementsAndTexts() {
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		Map<Long, String> names = new HashMap<>();
		List<String> read = new ArrayList<>();
		registrationBackups.bankStatements(event).forEach(statement -> {
			names.put(statement.id(), statement.fileName());
			read.add(statement.fileName() + " uploaded by " + address(statement.uploadedBy()) + " at "
					+ statement.uploadedAt() + ", applied by " + address(statement.appliedBy()) + " at "
					+ statement.appliedAt() + " recording " + statement.appliedCount() + " [" + statement.content()
					+ "]");
		});
		registrationBackups.registrations(event)
			.forEach(registration -> read
				.add(registration.reference() + " paid from " + (registration.paidByStatementId() == null ? "none"
						: names.get(registration.paidByStatementId()))));
		mailBackups.templates(event)
			.forEach(template -> read.add(template.purposeKey() + " [" + template.subject() + "] [" + template.body()
					+ "] at " + template.updatedAt()));
		return read;
	}

	private String address(Long accountId) {
		return accountId == null ? null
				: jdbc.sql("SELECT email FROM account WHERE id = ?").param(accountId).query(String.class).single();
	}

}
