package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.plumbline.account.EventRole;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The running server with GreenMail, one event in Europe/Berlin starting on April 12,
 * 2027, an organiser and two attendees with accounts, and a clock at {@link #START}; each
 * test starts with no ticket types, registrations, mail or audit entries, and leaves no
 * registration behind (they keep accounts that other tests delete).
 */
abstract class RegistrationWebTest extends MailCatchingServerTest {

	static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

	static final String EVENT = "register_conf";

	static final String PASSWORD = "registration test password";

	static final String ORGANISER = "olga@register.test";

	static final String ANNA = "anna@register.test";

	static final String BEN = "ben@register.test";

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup eventSetup;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TicketTypes ticketTypes;

	@Autowired
	Registrations registrations;

	Event event;

	long organiserId;

	AccountFixture accounts;

	RegistrationWebTest() {
		super(START);
	}

	@BeforeEach
	void oneEventWithNoRegistrations() {
		forgetRegistrations();
		event = events.findBySlug(EVENT)
			.orElseGet(() -> eventSetup.create(new NewEvent(EVENT, "Register Conference 2027",
					LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 14), ZoneId.of("Europe/Berlin"), null, List.of(),
					List.of(), List.of(), List.of())));
		accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		organiserId = accounts.account(ORGANISER, "Olga Organiser");
		accounts.account(ANNA, "Anna Attendee");
		accounts.account(BEN, "Ben Attendee");
		accounts.grant(event.id(), organiserId, EventRole.ORGANISER, null);
	}

	@AfterEach
	void forgetRegistrations() {
		for (String table : List.of("registration", "bank_statement", "registration_question", "mc_pass",
				"mc_pass_quota", "registration_settings", "mail_outbox", "audit_entry", "SPRING_SESSION")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		for (String table : List.of("ticket_type", "waiting_tier_list")) {
			jdbc.sql("DELETE FROM " + table + " WHERE event_id IN (SELECT id FROM event WHERE slug = ?)")
				.param(EVENT)
				.update();
		}
	}

	/**
	 * A ticket type anyone may buy, on sale from an hour before {@link #START} for 19
	 * days.
	 */
	TicketType onSale(String name, String price, int capacity) {
		return ticketTypes.create(event, organiserId,
				new TicketTypeInput(name, null, price, "0".equals(price) ? "" : "EUR", Integer.toString(capacity),
						"2027-03-01T09:00", "2027-03-20T18:00", WhoMayBuy.ANYONE.name()));
	}

	SignedInAccount account(String email) {
		return new SignedInAccount(accounts.account(email, email), email, email);
	}

	WebClient signedIn(String email) {
		return WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
	}

	Map<String, String> registrationOf(String email) {
		return jdbc.sql("""
				SELECT r.status, r.reference, r.arrival FROM registration r JOIN account a ON a.id = r.account_id
				WHERE a.email = ? AND r.active_account_id IS NOT NULL""")
			.param(email)
			.query((rs, row) -> Map.of("status", rs.getString("status"), "reference", rs.getString("reference"),
					"arrival", rs.getString("arrival")))
			.single();
	}

	long placesTaken(TicketType type) {
		return count("SELECT places_taken FROM ticket_type WHERE id = ?", type.id());
	}

	/** Registers through the form, which must answer with the attendee's registration. */
	Document register(WebClient attendee, Map<String, String> fields) {
		HttpResponse<String> response = attendee.submit("/" + EVENT + "/register", "/" + EVENT + "/register", fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return Jsoup.parse(followed(attendee, response));
	}

	static String followed(WebClient client, HttpResponse<String> redirect) {
		return client.get(URI.create(WebClient.location(redirect)).getPath()).body();
	}

}
