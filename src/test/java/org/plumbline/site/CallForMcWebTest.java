package org.plumbline.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McProposalDecisions;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.CaughtMail;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The running server with one event in America/New_York, two organisers, a proposer, a
 * co-lead and a stranger with verified accounts, GreenMail catching the mail, and a clock
 * that tests move. Each test starts at {@link #START} with no call window, proposals,
 * mail or audit entries.
 */
abstract class CallForMcWebTest extends MailCatchingServerTest {

	static final Instant START = Instant.parse("2027-01-15T15:00:00Z");

	static final String EVENT = "mcprop_conf";

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	static final String PASSWORD = "call for mcs test password";

	static final String ORGANISER = "olga@mcprop.test";

	static final String OTHER_ORGANISER = "otto@mcprop.test";

	static final String PROPOSER = "pia@mcprop.test";

	static final String CO_LEAD = "carl@mcprop.test";

	static final String STRANGER = "bea@mcprop.test";

	static final String FORM = "/" + EVENT + "/microconferences/propose";

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup eventSetup;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	McProposalDecisions decisions;

	AccountFixture accounts;

	Event event;

	long organiserId;

	CallForMcWebTest() {
		super(START);
	}

	@BeforeEach
	void oneEventAndNoProposals() {
		jdbc.sql("DELETE FROM microconference WHERE id IN (SELECT microconference_id FROM mc_proposal)").update();
		jdbc.sql("DELETE FROM mc_call").update();
		jdbc.sql("DELETE FROM topic_call_defaults").update();
		jdbc.sql("DELETE FROM mail_outbox").update();
		jdbc.sql("DELETE FROM audit_entry").update();
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		event = events.findBySlug(EVENT)
			.orElseGet(
					() -> eventSetup.create(new NewEvent(EVENT, "Proposals Conference 2027", LocalDate.of(2027, 6, 1),
							LocalDate.of(2027, 6, 3), ZONE, null, List.of(), List.of(), List.of(), List.of())));
		accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		organiserId = accounts.account(ORGANISER, "Olga Organiser");
		accounts.grant(event.id(), organiserId, EventRole.ORGANISER, null);
		accounts.grant(event.id(), accounts.account(OTHER_ORGANISER, "Otto Organiser"), EventRole.ORGANISER, null);
		accounts.account(PROPOSER, "Pia Proposer");
		accounts.account(CO_LEAD, "Carl Colead");
		accounts.account(STRANGER, "Bea Stranger");
	}

	WebClient signedIn(String email) {
		return WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
	}

	/** Opens the call from Jan 10 to Feb 1, 2027, 17:00 in New York. */
	void openCall() {
		decisions.saveCall(event, newYork("2027-01-10T09:00"), newYork("2027-02-01T17:00"), currentCallVersion(),
				organiserId);
	}

	int currentCallVersion() {
		return jdbc.sql("SELECT version FROM mc_call WHERE event_id = ?")
			.param(event.id())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	static Instant newYork(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	static String subject(MimeMessage message) {
		return CaughtMail.subject(message);
	}

}
