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
 * Organisers define the event's ticket types (issue 13, point 1): price and currency or
 * free, places, a sale window typed and shown in the event's zone (Europe/Berlin, whose
 * clocks skip 02:00–03:00 on March 28, 2027), and who may buy, with codes for code
 * holders. Bad input is told beside its field and changes nothing, a stale form is told,
 * a duplicate code is refused, anyone else gets 404, and the database refuses a bad row
 * by itself. {@link TicketTypesPostgresTest} runs the same on PostgreSQL.
 */
class TicketTypesTest extends TicketWebTest {

	@Test
	void anOrganiserAddsAPaidAndAFreeTypeAndTheListShowsPricePlacesAndSaleWindowInTheEventsZone() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> inPerson = olga.submit(LIST, LIST, inPerson());
		HttpResponse<String> virtual = olga.submit(LIST, LIST,
				Map.of("name", "Virtual", "price", "0", "currency", "EUR", "capacity", "1000", "saleOpensAt",
						"2027-03-10T10:00", "saleClosesAt", "2027-04-01T12:00", "whoMayBuy", "ANYONE"));

		assertThat(inPerson.statusCode()).isEqualTo(302);
		assertThat(virtual.statusCode()).isEqualTo(302);
		assertThat(olga.page(LIST).select("table.ticket-types tbody tr").eachText()).containsExactly(
				"In person 250.00 EUR 300 2027-03-01 08:00 Europe/Berlin 2027-03-20 18:00 Europe/Berlin On sale now Anyone",
				"Virtual Free 1000 2027-03-10 10:00 Europe/Berlin 2027-04-01 12:00 Europe/Berlin Not open yet Anyone");
		assertThat(jdbc.sql("SELECT price_minor, currency, sale_opens_at FROM ticket_type ORDER BY sale_opens_at")
			.query((rs, row) -> rs.getLong(1) + " " + rs.getString(2) + " "
					+ rs.getObject(3, OffsetDateTime.class).toInstant())
			.list()).containsExactly("25000 EUR 2027-03-01T07:00:00Z", "0 null 2027-03-10T09:00:00Z");
		assertThat(actions()).containsExactly("ticket-type-created", "ticket-type-created");

		clock.set(Instant.parse("2027-03-20T17:00:00Z"));
		assertThat(olga.page(LIST).select("table.ticket-types tbody tr td:nth-child(6)").eachText())
			.containsExactly("Closed", "On sale now");
	}

	@Test
	void anOrganiserChangesATypeFromItsPageWhichShowsItAsStoredInTheEventsZone() {
		WebClient olga = signedIn(ORGANISER);
		olga.submit(LIST, LIST, inPerson());
		String page = LIST + "/" + onlyType().id();

		Map<String, String> shown = olga.formFields(page, page);
		HttpResponse<String> saved = olga.submit(page, page,
				Map.of("price", "199.5", "capacity", "250", "saleClosesAt", "2027-03-21T20:00"));

		assertThat(shown).containsEntry("price", "250.00")
			.containsEntry("currency", "EUR")
			.containsEntry("saleOpensAt", "2027-03-01T08:00")
			.containsEntry("saleClosesAt", "2027-03-20T18:00")
			.containsEntry("whoMayBuy", "ANYONE");
		assertThat(saved.statusCode()).isEqualTo(302);
		TicketType changed = onlyType();
		assertThat(changed.priceShown()).isEqualTo("199.50 EUR");
		assertThat(changed.capacity()).isEqualTo(250);
		assertThat(changed.saleClosesAt()).isEqualTo(Instant.parse("2027-03-21T19:00:00Z"));
		assertThat(actions()).containsExactly("ticket-type-created", "ticket-type-changed");
	}

	@Test
	void badPricesCurrenciesPlacesAndSaleTimesAreToldBesideTheirFieldsAndNothingIsAdded() {
		WebClient olga = signedIn(ORGANISER);

		Document negative = refused(olga, Map.of("price", "-5"));
		Document tooPrecise = refused(olga, Map.of("price", "12.345"));
		Document unknownCurrency = refused(olga, Map.of("currency", "EUX"));
		Document noCurrency = refused(olga, Map.of("currency", ""));
		Document noPlaces = refused(olga, Map.of("capacity", "0"));
		Document tooManyPlaces = refused(olga, Map.of("capacity", "100001"));
		Document backwards = refused(olga,
				Map.of("saleOpensAt", "2027-03-20T18:00", "saleClosesAt", "2027-03-20T18:00"));
		Document skipped = refused(olga, Map.of("saleOpensAt", "2027-03-28T02:30", "name", ""));

		assertThat(negative.select("#price_error").text()).isEqualTo("A price cannot be negative; 0 is a free ticket.");
		assertThat(tooPrecise.select("#price_error").text()).isEqualTo("EUR has at most 2 digits after the point.");
		assertThat(tooPrecise.select("#price").attr("value")).isEqualTo("12.345");
		assertThat(unknownCurrency.select("#currency_error").text())
			.isEqualTo("EUX is no ISO 4217 currency code; give one such as EUR or USD.");
		assertThat(noCurrency.select("#currency_error").text())
			.isEqualTo("A ticket with a price needs its currency, such as EUR.");
		assertThat(noPlaces.select("#capacity_error").text()).isEqualTo("Give a number of places from 1 to 100000.");
		assertThat(tooManyPlaces.select("#capacity_error").text())
			.isEqualTo("Give a number of places from 1 to 100000.");
		assertThat(backwards.select("#saleClosesAt_error").text()).isEqualTo("The sale must close after it opens.");
		assertThat(skipped.select("#saleOpensAt_error").text())
			.isEqualTo("2027-03-28 02:30 does not exist in Europe/Berlin: the clocks skip it when they go forward.");
		assertThat(skipped.select("#name_error").text()).isEqualTo("This field is required.");
		assertThat(skipped.select(".form-error").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(count("SELECT COUNT(*) FROM ticket_type")).isZero();
		assertThat(actions()).isEmpty();
	}

	@Test
	void aWholeCurrencyTakesNoDecimalsAndAnEditWithBadInputChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> yen = new HashMap<>(inPerson());
		yen.putAll(Map.of("price", "3000.5", "currency", "jpy"));

		Document refused = Jsoup.parse(olga.submit(LIST, LIST, yen).body());
		yen.put("price", "3000");
		olga.submit(LIST, LIST, yen);
		String page = LIST + "/" + onlyType().id();
		Document edit = Jsoup.parse(olga.submit(page, page, Map.of("capacity", "0")).body());

		assertThat(refused.select("#price_error").text()).isEqualTo("JPY has no minor unit: give a whole amount.");
		assertThat(onlyType().priceShown()).isEqualTo("3000 JPY");
		assertThat(edit.select("#capacity_error").text()).isEqualTo("Give a number of places from 1 to 100000.");
		assertThat(edit.select("#capacity").attr("value")).isEqualTo("0");
		assertThat(onlyType().capacity()).isEqualTo(300);
		assertThat(actions()).containsExactly("ticket-type-created");
	}

	@Test
	void aChangeOrDeletionFromAPageOpenedBeforeSomeoneElseSavedIsToldAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		olga.submit(LIST, LIST, inPerson());
		String page = LIST + "/" + onlyType().id();
		Map<String, String> first = olga.formFields(page, page);
		Map<String, String> second = olga.formFields(page, page);
		Map<String, String> deletion = olga.formFields(page, page + "/delete");
		first.put("capacity", "310");
		second.put("capacity", "320");

		assertThat(olga.post(page, first).statusCode()).isEqualTo(302);
		Document staleEdit = Jsoup.parse(olga.post(page, second).body());
		Document staleDelete = Jsoup.parse(olga.post(page + "/delete", deletion).body());

		assertThat(staleEdit.select(".form-error").text()).startsWith(TicketTypes.STALE);
		assertThat(staleEdit.select("#capacity").attr("value")).isEqualTo("310");
		assertThat(staleDelete.select(".form-error").text()).startsWith(TicketTypes.STALE);
		assertThat(onlyType().capacity()).isEqualTo(310);
		assertThat(actions()).containsExactly("ticket-type-created", "ticket-type-changed");
	}

	@Test
	void codesAreUniqueInTheEventAndOnlyATypeForCodeHoldersHasThem() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> student = new HashMap<>(inPerson());
		student.putAll(Map.of("name", "Student", "price", "50", "whoMayBuy", "CODE_HOLDERS"));
		olga.submit(LIST, LIST, student);
		student.put("name", "Speaker");
		olga.submit(LIST, LIST, student);
		olga.submit(LIST, LIST, inPerson());
		long studentId = typeNamed("Student").id();
		String studentPage = LIST + "/" + studentId;
		String speakerPage = LIST + "/" + typeNamed("Speaker").id();
		String inPersonPage = LIST + "/" + typeNamed("In person").id();

		HttpResponse<String> added = olga.submit(studentPage, studentPage + "/codes", Map.of("code", "UNI-2027"));
		Document duplicate = Jsoup
			.parse(olga.submit(speakerPage, speakerPage + "/codes", Map.of("code", "UNI-2027")).body());
		Document spaced = Jsoup
			.parse(olga.submit(speakerPage, speakerPage + "/codes", Map.of("code", "two words")).body());
		Document forAnyone = Jsoup.parse(olga.postWithToken(inPersonPage + "/codes",
				Map.of("code", "OPEN", "version", Integer.toString(typeNamed("In person").version())))
			.body());

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(olga.page(studentPage).select(".ticket-codes li code").eachText()).containsExactly("UNI-2027");
		assertThat(duplicate.select("#code_error").text())
			.isEqualTo("A ticket type of this event already has the code UNI-2027.");
		assertThat(spaced.select("#code_error").text())
			.isEqualTo("A code has letters, digits, - and _ only, so that it is easy to type.");
		assertThat(forAnyone.select("#code_error").text())
			.isEqualTo("Anyone may buy this ticket type: only one for code holders has codes.");
		assertThat(olga.page(LIST).select("table.ticket-types tbody tr").eachText()).contains(
				"Student 50.00 EUR 300 2027-03-01 08:00 Europe/Berlin 2027-03-20 18:00 Europe/Berlin On sale now Holders of a code (1 code)");
		long codeId = typeNamed("Student").codes().get(0).id();
		HttpResponse<String> removed = olga.submit(studentPage, studentPage + "/codes/" + codeId + "/remove", Map.of());
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(typeNamed("Student").codes()).isEmpty();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE action LIKE 'ticket-code-%' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("ticket-code-added", "ticket-code-removed");
	}

	@Test
	void anOrganiserDeletesATypeWithItsCodes() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> student = new HashMap<>(inPerson());
		student.put("whoMayBuy", "CODE_HOLDERS");
		olga.submit(LIST, LIST, student);
		String page = LIST + "/" + onlyType().id();
		olga.submit(page, page + "/codes", Map.of("code", "UNI"));

		HttpResponse<String> deleted = olga.submit(page, page + "/delete", Map.of());

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(olga.page(LIST).select("table.ticket-types")).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM ticket_type_code")).isZero();
		assertThat(olga.get(page).statusCode()).isEqualTo(404);
		assertThat(actions()).containsExactly("ticket-type-created", "ticket-code-added", "ticket-type-deleted");
	}

	@Test
	void anMcLeadOrAStrangerIsToldThePagesDoNotExistAndChangesNothing() {
		TicketType type = ticketTypes.create(event, organiserId, input(inPerson()));
		String page = LIST + "/" + type.id();

		for (String email : List.of(LEAD, STRANGER)) {
			WebClient someone = signedIn(email);
			String version = Integer.toString(type.version());
			assertThat(someone.get(LIST).statusCode()).as(email).isEqualTo(404);
			assertThat(someone.get(page).statusCode()).as(email).isEqualTo(404);
			assertThat(someone.postWithToken(LIST, inPerson()).statusCode()).as(email).isEqualTo(404);
			Map<String, String> edit = new HashMap<>(inPerson());
			edit.putAll(Map.of("version", version, "capacity", "1"));
			assertThat(someone.postWithToken(page, edit).statusCode()).as(email).isEqualTo(404);
			assertThat(someone.postWithToken(page + "/delete", Map.of("version", version)).statusCode()).as(email)
				.isEqualTo(404);
			long id = count("SELECT id FROM account WHERE email = ?", email);
			assertThatThrownBy(() -> ticketTypes.ofEvent(event, id)).isInstanceOf(NotAnOrganiserException.class);
			assertThatThrownBy(() -> ticketTypes.create(event, id, input(inPerson())))
				.isInstanceOf(NotAnOrganiserException.class);
			assertThatThrownBy(() -> ticketTypes.delete(event, id, type.id(), type.version()))
				.isInstanceOf(NotAnOrganiserException.class);
		}
		assertThat(ticketTypes.ofEvent(event, organiserId)).containsExactly(type);
		assertThat(anonymous().get(LIST).statusCode()).isEqualTo(302);
	}

	@Test
	void theDatabaseRefusesABadRowByItself() {
		String insert = """
				INSERT INTO ticket_type (event_id, name, price_minor, currency, capacity, sale_opens_at, sale_closes_at,
				                         who_may_buy, created_at, updated_at)
				VALUES (?, 'Direct', ?, ?, ?, ?, ?, ?, ?, ?)""";
		OffsetDateTime opens = OffsetDateTime.parse("2027-03-01T09:00:00Z");
		OffsetDateTime closes = opens.plusDays(10);
		List<Object[]> bad = List.of(new Object[] { 1000, "EUR", 0, opens, closes, "ANYONE" },
				new Object[] { -1, "EUR", 10, opens, closes, "ANYONE" },
				new Object[] { 0, "EUR", 10, opens, closes, "ANYONE" },
				new Object[] { 1000, null, 10, opens, closes, "ANYONE" },
				new Object[] { 1000, "EUR", 10, closes, opens, "ANYONE" },
				new Object[] { 1000, "EUR", 10, opens, closes, "NOBODY" });

		for (Object[] row : bad) {
			assertThatThrownBy(() -> jdbc.sql(insert)
				.params(event.id(), row[0], row[1], row[2], row[3], row[4], row[5], opens, opens)
				.update()).as("price %s %s, capacity %s, who %s", row[0], row[1], row[2], row[5])
				.isInstanceOf(DataIntegrityViolationException.class);
		}
		jdbc.sql(insert).params(event.id(), 1000, "EUR", 10, opens, closes, "ANYONE", opens, opens).update();
		assertThat(count("SELECT COUNT(*) FROM ticket_type")).isOne();
	}

	private Document refused(WebClient client, Map<String, String> changes) {
		Map<String, String> fields = new HashMap<>(inPerson());
		fields.putAll(changes);
		HttpResponse<String> response = client.submit(LIST, LIST, fields);
		assertThat(response.statusCode()).as("%s", changes).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static TicketTypeInput input(Map<String, String> fields) {
		return new TicketTypeInput(fields.get("name"), fields.get("description"), fields.get("price"),
				fields.get("currency"), fields.get("capacity"), fields.get("saleOpensAt"), fields.get("saleClosesAt"),
				fields.get("whoMayBuy"));
	}

}
