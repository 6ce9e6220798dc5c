package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;

/**
 * An attendee registers, sees their registration and cancels it (issue 13, points 2, 3
 * and 10), on the pages a browser shows.
 */
class RegistrationPagesTest extends RegistrationWebTest {

	@Test
	void aFreeTicketRegistersAtOnceWithAShortReferenceAndAConfirmationMail() {
		TicketType regular = onSale("Regular", "0", 10);
		WebClient anna = signedIn(ANNA);

		Document page = register(anna, Map.of("ticket", Long.toString(regular.id())));

		String reference = registrationOf(ANNA).get("reference");
		assertThat(reference).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(page.select("[role=status]").text()).contains("You are registered");
		assertThat(page.select("#registration-status").text()).isEqualTo("Registered");
		assertThat(page.select("#registration-reference").text()).isEqualTo(reference);
		List<MimeMessage> mail = mailTo(ANNA);
		assertThat(mail).hasSize(1);
		assertThat(text(mail.get(0))).contains(reference, "Regular", "/" + EVENT + "/registration");
		assertThat(placesTaken(regular)).isEqualTo(1);
		assertThat(auditActions()).containsExactly("registration-created");
	}

	@Test
	void registeringAgainAnswersWithTheRegistrationOneHasInsteadOfASecond() {
		TicketType regular = onSale("Regular", "0", 10);
		TicketType student = onSale("Student", "0", 10);
		WebClient anna = signedIn(ANNA);
		register(anna, Map.of("ticket", Long.toString(regular.id())));
		String reference = registrationOf(ANNA).get("reference");

		Document again = Jsoup.parse(followed(anna,
				anna.postWithToken("/" + EVENT + "/register", Map.of("ticket", Long.toString(student.id())))));

		assertThat(again.select("[role=status]").text()).contains("You registered before");
		assertThat(again.select("#registration-reference").text()).isEqualTo(reference);
		assertThat(count("SELECT COUNT(*) FROM registration")).isEqualTo(1);
		assertThat(placesTaken(student)).isZero();
		assertThat(WebClient.location(anna.get("/" + EVENT + "/register"))).endsWith("/" + EVENT + "/registration");
	}

	@Test
	void aPaidTicketAwaitsPaymentAndShowsTheBankDetailsWithItsReference() {
		jdbc.sql("""
				INSERT INTO registration_settings (event_id, payment_days, offer_hours, passes_per_mc, bank_details,
				                                   updated_at)
				VALUES (?, 10, 72, 2, 'IBAN DE00 1234 5678 9000, Register e.V.', ?)""")
			.params(event.id(), OffsetDateTime.parse("2027-02-01T00:00:00Z"))
			.update();
		TicketType regular = onSale("Regular", "250", 10);

		Document page = register(signedIn(ANNA), Map.of("ticket", Long.toString(regular.id())));

		String reference = registrationOf(ANNA).get("reference");
		assertThat(page.select("#registration-status").text()).isEqualTo("Awaiting payment");
		assertThat(page.text()).contains("Please transfer 250.00 EUR by 2027-03-11 10:00 Europe/Berlin",
				"quoting your reference " + reference, "IBAN DE00 1234 5678 9000, Register e.V.");
		assertThat(text(mailTo(ANNA).get(0))).contains("250.00 EUR", reference, "IBAN DE00 1234 5678 9000");
		assertThat(placesTaken(regular)).isEqualTo(1);
	}

	@Test
	void aFullTicketTypeSaysSoAndQueuesTheNextAttendeeWithTheirPlaceInLine() {
		TicketType regular = onSale("Regular", "0", 1);
		register(signedIn(ANNA), Map.of("ticket", Long.toString(regular.id())));
		WebClient ben = signedIn(BEN);

		assertThat(ben.page("/" + EVENT + "/register").select("label.choice").text())
			.contains("Regular, Free (sold out: you join the waiting list)");
		Document page = register(ben, Map.of("ticket", Long.toString(regular.id())));

		assertThat(page.select("#registration-status").text()).isEqualTo("On the waiting list");
		assertThat(page.select("#registration-position").text()).isEqualTo("1");
		assertThat(text(mailTo(BEN).get(0))).contains("on the waiting list, number 1 in line");
		assertThat(placesTaken(regular)).isEqualTo(1);
	}

	@Test
	void cancellingFreesThePlaceMailsTheAttendeeAndLetsThemRegisterAgain() {
		TicketType regular = onSale("Regular", "0", 1);
		WebClient anna = signedIn(ANNA);
		register(anna, Map.of("ticket", Long.toString(regular.id())));
		mailTo(ANNA);

		HttpResponse<String> cancelled = anna.submit("/" + EVENT + "/registration",
				"/" + EVENT + "/registration/cancel", Map.of());

		assertThat(WebClient.location(cancelled)).endsWith("/" + EVENT + "/register");
		assertThat(placesTaken(regular)).isZero();
		assertThat(count("SELECT COUNT(*) FROM registration WHERE status = 'CANCELLED' AND ended_at IS NOT NULL"))
			.isEqualTo(1);
		assertThat(text(mailTo(ANNA).get(1))).contains("is cancelled");
		assertThat(auditActions()).containsExactly("registration-created", "registration-cancelled");
		register(anna, Map.of("ticket", Long.toString(regular.id())));
		assertThat(registrationOf(ANNA).get("arrival")).isEqualTo("2");
	}

	@Test
	void cancellingAfterTheDeadlineIsRefusedWithTheDeadlineAndChangesNothing() {
		TicketType regular = onSale("Regular", "0", 1);
		WebClient anna = signedIn(ANNA);
		register(anna, Map.of("ticket", Long.toString(regular.id())));
		clock.set(Instant.parse("2027-04-12T08:00:00Z"));

		assertThat(anna.page("/" + EVENT + "/registration").text())
			.contains("Cancelling closed 2027-04-12 00:00 Europe/Berlin");
		Document refused = Jsoup
			.parse(anna.postWithToken("/" + EVENT + "/registration/cancel", Map.of("version", "0")).body());

		assertThat(refused.select("[role=alert]").text()).contains("Cancelling closed 2027-04-12 00:00 Europe/Berlin");
		assertThat(registrationOf(ANNA).get("status")).isEqualTo("REGISTERED");
		assertThat(placesTaken(regular)).isEqualTo(1);
	}

	@Test
	void aStaleCancelFormIsToldAndChangesNothing() {
		TicketType regular = onSale("Regular", "0", 1);
		WebClient anna = signedIn(ANNA);
		register(anna, Map.of("ticket", Long.toString(regular.id())));

		Document refused = Jsoup
			.parse(anna.postWithToken("/" + EVENT + "/registration/cancel", Map.of("version", "7")).body());

		assertThat(refused.select("[role=alert]").text()).contains("Your registration changed since you opened");
		assertThat(registrationOf(ANNA).get("status")).isEqualTo("REGISTERED");
	}

	@Test
	void aClosedSaleAnUnknownTypeAndAWrongCodeAreRefusedBesideTheirFieldAndWriteNothing() {
		TicketType regular = onSale("Regular", "0", 10);
		WebClient anna = signedIn(ANNA);
		clock.set(Instant.parse("2027-03-20T17:00:00Z"));

		assertThat(alert(anna, Map.of("ticket", Long.toString(regular.id()))))
			.isEqualTo("The sale of Regular closed 2027-03-20 18:00 Europe/Berlin.");
		clock.set(START);
		assertThat(fieldError(anna, Map.of("ticket", "999999"), "ticket"))
			.isEqualTo("Choose one of the ticket types listed.");
		assertThat(fieldError(anna, Map.of("ticket", ""), "ticket")).isEqualTo("Choose a ticket type.");
		assertThat(alert(anna, Map.of("code", "NOPE"))).isEqualTo("No ticket type of this event has that code.");
		assertThat(count("SELECT COUNT(*) FROM registration")).isZero();
		assertThat(count("SELECT arrivals FROM ticket_type WHERE id = ?", regular.id())).isZero();
	}

	@Test
	void aCodeRegistersItsHolderForTheTypeItBelongsTo() {
		TicketType speakers = ticketTypes.create(event, organiserId, new TicketTypeInput("Speaker", null, "0", "", "20",
				"2027-03-01T09:00", "2027-03-20T18:00", WhoMayBuy.CODE_HOLDERS.name()));
		ticketTypes.addCode(event, organiserId, speakers.id(), speakers.version(), "TALK2027");
		WebClient anna = signedIn(ANNA);

		assertThat(anna.page("/" + EVENT + "/register").select("input[name=code]")).hasSize(1);
		Document page = register(anna, Map.of("code", " talk2027 "));

		assertThat(page.text()).contains("Speaker, Free");
		assertThat(placesTaken(speakers)).isEqualTo(1);
	}

	@Test
	void registeringNeedsSigningIn() {
		onSale("Regular", "0", 10);
		WebClient visitor = WebClient.browser(port).accepting("text/html");

		assertThat(WebClient.location(visitor.get("/" + EVENT + "/register"))).endsWith("/login");
		assertThat(WebClient.location(visitor.get("/" + EVENT + "/registration"))).endsWith("/login");
	}

	@Test
	void organisersCannotLowerPlacesBelowThoseTakenNorDeleteATypeSomeoneRegisteredFor() {
		TicketType regular = onSale("Regular", "0", 10);
		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		registrations.register(event, account(BEN), Long.toString(regular.id()), "", Map.of());
		WebClient olga = signedIn(ORGANISER);
		String typePage = "/manage/" + EVENT + "/registration/tickets/" + regular.id();

		Document lowered = Jsoup.parse(olga.submit(typePage, typePage, Map.of("capacity", "1")).body());
		Document deleted = Jsoup.parse(olga.submit(typePage, typePage + "/delete", Map.of()).body());

		assertThat(lowered.select("#capacity_error").text())
			.isEqualTo("2 places are taken, so it needs at least 2 places; 1 is too few.");
		assertThat(deleted.select("[role=alert]").text()).contains("People registered for Regular, so it stays");
		assertThat(count("SELECT capacity FROM ticket_type WHERE id = ?", regular.id())).isEqualTo(10);
		assertThat(count("SELECT COUNT(*) FROM registration")).isEqualTo(2);
	}

	private String fieldError(WebClient attendee, Map<String, String> fields, String field) {
		HttpResponse<String> response = attendee.postWithToken("/" + EVENT + "/register", fields);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).select("#" + field + "_error").text();
	}

	private String alert(WebClient attendee, Map<String, String> fields) {
		HttpResponse<String> response = attendee.postWithToken("/" + EVENT + "/register", fields);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).select("[role=alert]").text();
	}

	private List<String> auditActions() {
		return jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'registration' ORDER BY id")
			.query(String.class)
			.list();
	}

}
