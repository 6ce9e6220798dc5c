package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A full ticket type's waiting line (issue 13, points 5 and 11): a freed place is held
 * and offered by mail to the first in line, taken or declined on the attendee's page, and
 * passed on when its offer ends; more places make as many offers at once.
 */
class WaitingListTest extends RegistrationWebTest {

	static final String CARL = "carl@register.test";

	static final String MINE = "/" + EVENT + "/registration";

	@Autowired
	OfferDeadlines deadlines;

	@Autowired
	WaitingTiers waitingTiers;

	@Autowired
	Microconferences microconferences;

	TicketType regular;

	@BeforeEach
	void annaRegisteredBenAndCarlWaiting() {
		regular = onSale("Regular", "0", 1);
		accounts.account(CARL, "Carl Attendee");
		for (String email : List.of(ANNA, BEN, CARL)) {
			registrations.register(event, account(email), Long.toString(regular.id()), "", Map.of());
		}
	}

	@Test
	void aCancellationOffersThePlaceToTheFirstInLineByMailAndHoldsItForThem() {
		WebClient anna = signedIn(ANNA);
		anna.submit(MINE, MINE + "/cancel", Map.of());

		assertThat(registrationOf(BEN).get("status")).isEqualTo("OFFERED");
		assertThat(placesTaken(regular)).isEqualTo(1);
		String offer = text(latest(BEN));
		assertThat(offer).contains("you are first", "until 2027-03-04 10:00 Europe/Berlin", MINE);
		Document page = signedIn(BEN).page(MINE);
		assertThat(page.select("#registration-status").text()).isEqualTo("Offered a place");
		assertThat(page.select("#registration-offer").text()).contains("held for you until 2027-03-04 10:00");
		assertThat(signedIn(CARL).page(MINE).select("#registration-position").text()).isEqualTo("1");
		assertThat(actions()).endsWith("registration-cancelled", "registration-offered");
	}

	@Test
	void theLineServesHigherTiersFirstWhateverTheirArrivalAndShowsEachTheirTier() {
		waitingTiers.place(event, organiserId, waitingTiers.list(event, organiserId).version(),
				new WaitingTiers.Placement(CARL, "1", "Presents the keynote"));

		assertThat(signedIn(CARL).page(MINE).select("#registration-position").text()).isEqualTo("1");
		assertThat(signedIn(CARL).page(MINE).select("#registration-tier").text()).isEqualTo(tierName(1));
		assertThat(signedIn(BEN).page(MINE).select("#registration-position").text()).isEqualTo("2");
		assertThat(signedIn(BEN).page(MINE).select("#registration-tier").text()).isEqualTo(tierName(3));
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());

		assertThat(registrationOf(CARL).get("status")).isEqualTo("OFFERED");
		assertThat(registrationOf(BEN).get("status")).isEqualTo("WAITING");
	}

	@Test
	void aWaitingAttendeeWhoBecomesAnAcceptedMcsLeadMovesUpAndGetsTheNextPlace() {
		long carlsPerson = count("SELECT person_id FROM account WHERE email_key = ?", CARL);
		assertThat(signedIn(CARL).page(MINE).select("#registration-position").text()).isEqualTo("2");
		try {
			microconferences.create(event.id(),
					new NewMicroconference(null, "tracing", "Tracing", McStatus.ACCEPTED, "", List.of(), List.of(),
							NewMicroconference.DEFAULT_LEADS_CAPTION, List.of(new NamedPerson(carlsPerson, "Carl"))));

			assertThat(signedIn(CARL).page(MINE).select("#registration-position").text()).isEqualTo("1");
			assertThat(signedIn(CARL).page(MINE).select("#registration-tier").text()).isEqualTo(tierName(1));
			signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());

			assertThat(registrationOf(CARL).get("status")).isEqualTo("OFFERED");
			assertThat(registrationOf(BEN).get("status")).isEqualTo("WAITING");
		}
		finally {
			jdbc.sql("DELETE FROM microconference WHERE event_id = ?").param(event.id()).update();
		}
	}

	@Test
	void organisersSeeTheOffersInFlightAndTheLineInTheOrderServedWithTiers() {
		accounts.account("dora@register.test", "Dora Attendee");
		registrations.register(event, account("dora@register.test"), Long.toString(regular.id()), "", Map.of());
		waitingTiers.place(event, organiserId, waitingTiers.list(event, organiserId).version(),
				new WaitingTiers.Placement("dora@register.test", "1", "Presents the keynote"));
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());

		Document lines = signedIn(ORGANISER).page("/manage/" + EVENT + "/registration/waiting");

		assertThat(lines.select("table.offers tbody tr").text()).contains("dora@register.test", tierName(1),
				"2027-03-04 10:00 Europe/Berlin");
		assertThat(lines.select("table.waiting tbody tr").eachText()).hasSize(2)
			.satisfiesExactly(first -> assertThat(first).startsWith("1 Ben Attendee " + BEN).contains(tierName(3)),
					second -> assertThat(second).startsWith("2 Carl Attendee " + CARL));
		assertThat(signedIn(BEN).get("/manage/" + EVENT + "/registration/waiting").statusCode()).isEqualTo(404);
	}

	@Test
	void theEventsOfferTimeHoldsAnOfferedPlaceThatLong() {
		jdbc.sql("""
				INSERT INTO registration_settings (event_id, payment_days, offer_hours, passes_per_mc, updated_at)
				VALUES (?, 14, 48, 2, ?)""").params(event.id(), OffsetDateTime.parse("2027-02-01T00:00:00Z")).update();

		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());

		assertThat(signedIn(BEN).page(MINE).select("#registration-offer").text())
			.contains("held for you until 2027-03-03 10:00 Europe/Berlin");
	}

	@Test
	void anOfferThatLastsADayOrLessIsNotRemindedOfItsEndSinceItsOwnMailToldIt() {
		jdbc.sql("""
				INSERT INTO registration_settings (event_id, payment_days, offer_hours, passes_per_mc, updated_at)
				VALUES (?, 14, 12, 2, ?)""").params(event.id(), OffsetDateTime.parse("2027-02-01T00:00:00Z")).update();
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());
		int mailsToBen = mailTo(BEN).size();

		clock.set(START.plus(Duration.ofMinutes(1)));
		assertThat(deadlines.remindEnding()).isZero();
		clock.set(START.plus(Duration.ofHours(11)));
		assertThat(deadlines.remindEnding()).isZero();

		assertThat(mailTo(BEN)).hasSize(mailsToBen);
		assertThat(text(latest(BEN))).contains("until 2027-03-01 22:00 Europe/Berlin");
	}

	@Test
	void takingTheOfferRegistersTheAttendeeWithAConfirmation() {
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());
		WebClient ben = signedIn(BEN);

		HttpResponse<String> taken = ben.submit(MINE, MINE + "/offer/accept", Map.of());

		assertThat(WebClient.location(taken)).endsWith(MINE);
		assertThat(ben.page(MINE).select("#registration-status").text()).isEqualTo("Registered");
		assertThat(text(latest(BEN))).contains("you are registered");
		assertThat(placesTaken(regular)).isEqualTo(1);
		assertThat(registrationOf(CARL).get("status")).isEqualTo("WAITING");
		assertThat(actions()).endsWith("registration-offered", "registration-offer-taken");
	}

	@Test
	void decliningPassesThePlaceToTheNextInLine() {
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());

		signedIn(BEN).submit(MINE, MINE + "/offer/decline", Map.of());

		assertThat(count("SELECT COUNT(*) FROM registration r JOIN account a ON a.id = r.account_id "
				+ "WHERE a.email = ? AND r.status = 'CANCELLED'", BEN))
			.isEqualTo(1);
		assertThat(registrationOf(CARL).get("status")).isEqualTo("OFFERED");
		assertThat(placesTaken(regular)).isEqualTo(1);
		assertThat(actions()).endsWith("registration-offer-declined", "registration-offered");
	}

	@Test
	void anOfferUnansweredInTimeEndsWithAMailAndPassesItsPlaceAfterOneReminder() {
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());

		clock.set(START.plus(Duration.ofHours(47)));
		assertThat(deadlines.remindEnding()).isZero();
		clock.set(START.plus(Duration.ofHours(49)));
		assertThat(deadlines.remindEnding()).isEqualTo(1);
		assertThat(deadlines.remindEnding()).isZero();
		assertThat(text(latest(BEN))).contains("next in line at 2027-03-04 10:00 Europe/Berlin unless you take it");
		assertThat(deadlines.expireDue()).isZero();

		clock.set(START.plus(Duration.ofHours(72)));
		assertThat(deadlines.expireDue()).isEqualTo(1);

		assertThat(count("SELECT COUNT(*) FROM registration WHERE status = 'OFFER_EXPIRED'")).isEqualTo(1);
		assertThat(text(latest(BEN)))
			.contains("taken by 2027-03-04 10:00 Europe/Berlin, so it went to the next in line");
		assertThat(registrationOf(CARL).get("status")).isEqualTo("OFFERED");
		assertThat(text(latest(CARL))).contains("until 2027-03-07 10:00 Europe/Berlin");
		assertThat(actions()).endsWith("registration-offer-expired", "registration-offered");
		assertThat(placesTaken(regular)).isEqualTo(1);
	}

	@Test
	void anEndedOfferCannotBeTakenAndSaysWhen() {
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());
		WebClient ben = signedIn(BEN);
		clock.set(START.plus(Duration.ofHours(72)));

		Document refused = Jsoup.parse(ben.submit(MINE, MINE + "/offer/accept", Map.of()).body());

		assertThat(refused.select("[role=alert]").text())
			.contains("The offer ended 2027-03-04 10:00 Europe/Berlin, so the place went on.");
		assertThat(registrationOf(BEN).get("status")).isEqualTo("OFFERED");
	}

	@Test
	void someoneWithoutAnOfferWhoPostsOneIsToldAndNothingChanges() {
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());
		String bensVersion = Jsoup.parse(signedIn(BEN).get(MINE).body())
			.select("form[action$=accept] input[name=version]")
			.attr("value");

		Document refused = Jsoup
			.parse(signedIn(CARL).postWithToken(MINE + "/offer/accept", Map.of("version", bensVersion)).body());

		assertThat(refused.select("[role=alert]").text()).contains("Your registration changed");
		assertThat(registrationOf(BEN).get("status")).isEqualTo("OFFERED");
		assertThat(registrationOf(CARL).get("status")).isEqualTo("WAITING");
	}

	@Test
	void threePlacesAddedAtOnceMakeThreeOffersToTheFirstThreeInLine() {
		for (String email : List.of("dora@register.test", "emil@register.test", "finn@register.test")) {
			accounts.account(email, email);
			registrations.register(event, account(email), Long.toString(regular.id()), "", Map.of());
		}
		TicketType type = ticketTypes.find(event, organiserId, regular.id()).orElseThrow();

		ticketTypes.edit(event, organiserId, type.id(), type.version(), new TicketTypeInput(type.name(), null, "0", "",
				"4", "2027-03-01T09:00", "2027-03-20T18:00", WhoMayBuy.ANYONE.name()));

		assertThat(jdbc.sql("SELECT r.status FROM registration r ORDER BY r.arrival").query(String.class).list())
			.containsExactly("REGISTERED", "OFFERED", "OFFERED", "OFFERED", "WAITING", "WAITING");
		assertThat(placesTaken(regular)).isEqualTo(4);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE purpose = 'registration-offer'")).isEqualTo(3);
	}

	@Test
	void twoRunsOfTheJobAtOnceEndAnOfferOnce() {
		signedIn(ANNA).submit(MINE, MINE + "/cancel", Map.of());
		clock.set(START.plus(Duration.ofHours(73)));

		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(deadlines::expireDue);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(deadlines::expireDue);

		assertThat(first.join() + second.join()).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE purpose = 'registration-offer-expired'")).isEqualTo(1);
		assertThat(registrationOf(CARL).get("status")).isEqualTo("OFFERED");
	}

	private String tierName(int number) {
		return waitingTiers.list(event, organiserId).tiers().get(number - 1).name();
	}

	private MimeMessage latest(String address) {
		List<MimeMessage> mail = mailTo(address);
		return mail.get(mail.size() - 1);
	}

	private List<String> actions() {
		return jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'registration' ORDER BY id")
			.query(String.class)
			.list();
	}

}
