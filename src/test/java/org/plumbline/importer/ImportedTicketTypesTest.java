package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.people.PersonDirectory;
import org.plumbline.registration.TicketCode;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeFiles;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The ticket types a data file carries are the event's own: its organisers find them on
 * their ticket types page, in the event's zone, and the demo event's sales are long
 * closed. {@link ImportedTicketTypesPostgresTest} runs the same on PostgreSQL.
 */
class ImportedTicketTypesTest extends RunningServerTest {

	/** Between the openings of the file's ticket types. */
	static final Instant START = Instant.parse("2024-01-20T09:00:00Z");

	@Autowired
	EventFiles files;

	@Autowired
	EventCatalog catalog;

	@Autowired
	EventSetup setup;

	@Autowired
	TicketTypeFiles ticketTypes;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	ImportedTicketTypesTest() {
		super(START);
	}

	@Test
	void anImportedFilesTicketTypesAreOnItsOrganisersTicketTypesPageAndInTheAuditLog() {
		files.importFile(TestFiles.importer("ticket-types.json"), true);
		Event event = catalog.findBySlug("testconf").orElseThrow();

		WebClient organiser = organiserOf(event);

		assertThat(organiser.page("/manage/testconf/registration/tickets")
			.select("table.ticket-types tbody tr")
			.eachText())
			.containsExactly(
					"In person 250.00 EUR 300 2024-01-08 10:00 Europe/Berlin 2024-03-01 18:00 Europe/Berlin "
							+ "On sale now Anyone",
					"Speaker Free 40 2024-01-08 10:00 Europe/Berlin 2024-03-05 12:00 Europe/Berlin On sale now "
							+ "Holders of a code (2 codes)",
					"Virtual 20.00 EUR 1000 2024-02-01 09:30 Europe/Berlin 2024-03-05 18:00 Europe/Berlin "
							+ "Not open yet Anyone");
		assertThat(jdbc.sql("""
				SELECT actor_label || ' ' || action FROM audit_entry
				WHERE event_id = ? AND object_type = 'ticket-type' ORDER BY id""")
			.param(event.id())
			.query(String.class)
			.list())
			.containsExactly("import ticket-type-created", "import ticket-type-created", "import ticket-type-created");
	}

	@Test
	void theDemoEventSellsInPersonStudentAndVirtualTicketsWhoseSalesClosedBeforeItBegan() {
		if (catalog.findBySlug("lpc2023").isEmpty()) {
			files.importFile(TestFiles.bytes(TestFiles.DEMO), false);
		}
		Event demo = catalog.findBySlug("lpc2023").orElseThrow();
		Instant opening = demo.startDate().atStartOfDay(demo.timeZone()).toInstant();

		List<TicketType> types = ticketTypes.forEventFile(demo.id());

		assertThat(types).extracting(TicketType::name).containsExactly("In person", "Student", "Virtual");
		assertThat(types).allSatisfy(type -> {
			assertThat(type.currency()).isEqualTo("USD");
			assertThat(type.saleClosesAt()).isBefore(opening);
		});
		assertThat(types.get(1).codes()).extracting(TicketCode::code).containsExactly("LPC23-STUDENT");
		assertThat(organiserOf(demo).page("/manage/lpc2023/registration/tickets")
			.select("table.ticket-types tbody tr td:nth-child(6)")
			.eachText()).containsExactly("Closed", "Closed", "Closed");
	}

	private WebClient organiserOf(Event event) {
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords);
		String email = "olga@" + event.slug() + ".test";
		accounts.grant(event.id(), accounts.account(email, "Olga Organiser"), EventRole.ORGANISER, null);
		return WebClient.browser(port).accepting("text/html").signedIn(email, AccountFixture.PASSWORD);
	}

}
