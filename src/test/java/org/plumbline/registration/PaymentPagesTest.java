package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;

/**
 * Organisers see the registrations awaiting payment and mark one paid (issue 13, points
 * 3, 8, 9 and 10), on the pages a browser shows.
 */
class PaymentPagesTest extends RegistrationWebTest {

	static final String PAYMENTS = "/manage/" + EVENT + "/registration/payments";

	@Test
	void thePaymentsPageListsWhatIsDueWithReferenceNameTypeAmountAndDueTimeInTheEventsZone() {
		TicketType regular = onSale("Regular", "250", 10);
		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		String reference = registrationOf(ANNA).get("reference");

		Document page = signedIn(ORGANISER).page(PAYMENTS);

		assertThat(page.select("table.payments tbody tr").text()).contains(reference, "Anna Attendee", "Regular",
				"250.00 EUR", "2027-03-15 10:00 Europe/Berlin");
		assertThat(page.select("table.payments input[name=amount]").val()).isEqualTo("250.00");
	}

	@Test
	void markingPaidRegistersTheAttendeeRecordsTheAmountMailsThemAndIsAudited() {
		TicketType regular = onSale("Regular", "250", 10);
		Registration registered = registrations
			.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
			.registration();
		mailTo(ANNA);
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> marked = markPaid(olga, registered, "250,00");

		assertThat(WebClient.location(marked)).endsWith(PAYMENTS);
		Document after = olga.page(PAYMENTS);
		assertThat(after.select("[role=status]").text()).contains("Recorded the payment of " + registered.reference());
		assertThat(after.select("table.payments")).isEmpty();
		assertThat(registrationOf(ANNA).get("status")).isEqualTo("REGISTERED");
		assertThat(count("SELECT amount_received_minor FROM registration WHERE id = ?", registered.id()))
			.isEqualTo(25000);
		assertThat(count("SELECT COUNT(*) FROM registration WHERE paid_at IS NOT NULL AND paid_by_account_id = ?",
				organiserId))
			.isEqualTo(1);
		assertThat(placesTaken(regular)).isEqualTo(1);
		assertThat(text(mailTo(ANNA).get(1))).contains("we received 250.00 EUR", registered.reference(),
				"you are registered for Register Conference 2027");
		assertThat(paidAudits()).containsExactly(organiserId);
		assertThat(Jsoup.parse(signedIn(ANNA).get("/" + EVENT + "/registration").body())
			.select("#registration-status")
			.text()).isEqualTo("Registered");
	}

	@Test
	void aStaleFormIsToldAndChangesNothing() {
		TicketType regular = onSale("Regular", "250", 10);
		Registration registered = registrations
			.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
			.registration();
		jdbc.sql("UPDATE registration SET version = version + 1 WHERE id = ?").param(registered.id()).update();

		HttpResponse<String> stale = markPaid(signedIn(ORGANISER), registered, "250.00");

		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(stale.body()).select("[role=alert]").text())
			.contains("The registration changed since you opened the page. The page below is as it is now.");
		assertThat(registrationOf(ANNA).get("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(paidAudits()).isEmpty();
	}

	@Test
	void markingAPaidRegistrationAgainIsToldAndChangesNothing() {
		TicketType regular = onSale("Regular", "250", 10);
		Registration registered = registrations
			.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
			.registration();
		WebClient olga = signedIn(ORGANISER);
		markPaid(olga, registered, "250.00");

		HttpResponse<String> again = markPaid(olga, registered, "250.00");

		assertThat(Jsoup.parse(again.body()).select("[role=alert]").text()).contains(
				registered.reference() + " was paid already: recorded 2027-03-01 10:00 Europe/Berlin",
				"Nothing was changed");
		assertThat(count("SELECT version FROM registration WHERE id = ?", registered.id())).isEqualTo(1);
		assertThat(paidAudits()).hasSize(1);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE purpose = 'registration-paid'")).isEqualTo(1);
	}

	@Test
	void anAmountThatIsNoneOrAmbiguousOrTooPreciseIsRefusedBesideItsFieldAndChangesNothing() {
		TicketType regular = onSale("Regular", "250", 10);
		Registration registered = registrations
			.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
			.registration();
		WebClient olga = signedIn(ORGANISER);

		Document words = Jsoup.parse(markPaid(olga, registered, "two hundred").body());
		Document thousands = Jsoup.parse(markPaid(olga, registered, "250.000").body());
		Document cents = Jsoup.parse(markPaid(olga, registered, "250.0001").body());
		Document negative = Jsoup.parse(markPaid(olga, registered, "-250").body());

		String field = "#amount_" + registered.id();
		assertThat(words.select(field + "_error").text()).isEqualTo("Give the amount received, such as 250.00.");
		assertThat(words.select(field).val()).isEqualTo("two hundred");
		assertThat(thousands.select(field + "_error").text()).isEqualTo("Give the amount received, such as 250.00.");
		assertThat(cents.select(field + "_error").text()).isEqualTo("EUR has no smaller unit than 0.01.");
		assertThat(negative.select(field + "_error").text()).isEqualTo("An amount received cannot be negative.");
		assertThat(registrationOf(ANNA).get("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(paidAudits()).isEmpty();
	}

	@Test
	void nobodyButTheEventsOrganisersReachesThePaymentPages() {
		TicketType regular = onSale("Regular", "250", 10);
		Registration registered = registrations
			.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
			.registration();
		WebClient anna = signedIn(ANNA);

		assertThat(anna.get(PAYMENTS).statusCode()).isEqualTo(404);
		assertThat(markPaid(anna, registered, "250.00").statusCode()).isEqualTo(404);
		assertThat(anna.postWithToken("/manage/" + EVENT + "/registration/statements", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(registrationOf(ANNA).get("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(signedIn(ORGANISER)
			.postWithToken(PAYMENTS + "/paid", Map.of("registration", "999999999", "version", "0", "amount", "250"))
			.statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> markPaid(WebClient organiser, Registration registration, String amount) {
		return organiser.postWithToken(PAYMENTS + "/paid", Map.of("registration", Long.toString(registration.id()),
				"version", Integer.toString(registration.version()), "amount", amount));
	}

	private List<Long> paidAudits() {
		return jdbc.sql("SELECT actor_account_id FROM audit_entry WHERE action = 'registration-paid' ORDER BY id")
			.query(Long.class)
			.list();
	}

}
