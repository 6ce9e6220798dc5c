package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The running server with one event in Europe/Berlin (whose clocks skip 02:00–03:00 on
 * March 28, 2027), an accepted MC ("kernel") led by Lena, an organiser and a stranger
 * with accounts, and a clock that tests move; each test starts with no ticket types and
 * no audit entries, at {@link #START}.
 */
abstract class TicketWebTest extends RunningServerTest {

	static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

	static final String EVENT = "ticket_conf";

	static final String LIST = "/manage/" + EVENT + "/registration/tickets";

	static final String PASSWORD = "ticket test password";

	static final String ORGANISER = "olga@tickets.test";

	static final String LEAD = "lena@tickets.test";

	static final String STRANGER = "sam@tickets.test";

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup eventSetup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TicketTypes ticketTypes;

	Event event;

	long organiserId;

	TicketWebTest() {
		super(START);
	}

	@BeforeEach
	void oneEventWithNoTicketTypes() {
		for (String table : List.of("ticket_type_code", "ticket_type", "audit_entry", "SPRING_SESSION")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		event = events.findBySlug(EVENT).orElseGet(this::createEvent);
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		organiserId = accounts.account(ORGANISER, "Olga Organiser");
		accounts.account(LEAD, "Lena Lead",
				microconferences.find(event.id(), "kernel").orElseThrow().leads().get(0).personId());
		accounts.account(STRANGER, "Sam Stranger");
		accounts.grant(event.id(), organiserId, EventRole.ORGANISER, null);
	}

	static Map<String, String> inPerson() {
		return Map.of("name", "In person", "description", "A seat in every room.", "price", "250", "currency", "EUR",
				"capacity", "300", "saleOpensAt", "2027-03-01T08:00", "saleClosesAt", "2027-03-20T18:00", "whoMayBuy",
				"ANYONE");
	}

	TicketType onlyType() {
		List<TicketType> types = ticketTypes.ofEvent(event, organiserId);
		assertThat(types).hasSize(1);
		return types.get(0);
	}

	TicketType typeNamed(String name) {
		return ticketTypes.ofEvent(event, organiserId)
			.stream()
			.filter(type -> type.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	List<String> actions() {
		return jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'ticket-type' ORDER BY id")
			.query(String.class)
			.list();
	}

	WebClient anonymous() {
		return WebClient.browser(port).accepting("text/html");
	}

	WebClient signedIn(String email) {
		return anonymous().signedIn(email, PASSWORD);
	}

	private Event createEvent() {
		Event created = eventSetup
			.create(new NewEvent(EVENT, "Ticket Conference 2027", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 14),
					ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(), List.of()));
		long lena = people.create("Lena Lead", List.of("Lena Lead"), null).id();
		microconferences.create(created.id(), new NewMicroconference(null, "kernel", "Kernel MC", McStatus.ACCEPTED,
				"About the kernel.", List.of(), List.of(), "MC leads", List.of(new NamedPerson(lena, "Lena Lead"))));
		return created;
	}

}
