package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.event.NewEvent;
import org.plumbline.testsupport.WebClient;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What a ticket type's page keeps straight: a form refused for its input keeps the
 * version it was opened at, so saving it again cannot overwrite a change made meanwhile;
 * a stale form is told so before its fields are checked, and shown as the type is now; a
 * type with codes cannot become one anyone may buy; codes are one whatever their case; a
 * type for code holders without a code says nobody can buy it.
 * {@link TicketTypeFormsPostgresTest} runs the same on PostgreSQL.
 */
class TicketTypeFormsTest extends TicketWebTest {

	@Test
	void aStaleFormWithBadInputIsToldItIsStaleAndShownAsTheTypeIsNow() {
		WebClient olga = signedIn(ORGANISER);
		WebClient piet = signedIn(ORGANISER);
		olga.submit(LIST, LIST, inPerson());
		String page = LIST + "/" + onlyType().id();
		Map<String, String> olgas = olga.formFields(page, page);
		Map<String, String> piets = piet.formFields(page, page);
		piets.put("capacity", "320");
		assertThat(piet.post(page, piets).statusCode()).isEqualTo(302);
		olgas.put("price", "-5");

		Document refused = Jsoup.parse(olga.post(page, olgas).body());

		assertThat(refused.select(".form-error").text()).startsWith(TicketTypes.STALE);
		assertThat(refused.select("#price_error")).as("told stale before its fields are checked").isEmpty();
		assertThat(refused.select("#capacity").attr("value")).isEqualTo("320");
		assertThat(refused.select("input[name=version]").eachAttr("value"))
			.containsOnly(Integer.toString(onlyType().version()));
		assertThat(onlyType().capacity()).isEqualTo(320);
	}

	@Test
	void aFormRefusedForItsInputCarriesTheVersionItWasOpenedAt() {
		WebClient olga = signedIn(ORGANISER);
		olga.submit(LIST, LIST, inPerson());
		String page = LIST + "/" + onlyType().id();
		Map<String, String> fields = olga.formFields(page, page);
		fields.put("capacity", "0");

		Document refused = Jsoup.parse(olga.post(page, fields).body());

		assertThat(refused.select("#capacity_error").text()).isNotEmpty();
		assertThat(refused.select("input[name=version]").eachAttr("value")).containsOnly(fields.get("version"));
	}

	@Test
	void aTypeWithCodesCannotBecomeOneAnyoneMayBuyUntilItsCodesAreRemoved() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> student = new HashMap<>(inPerson());
		student.putAll(Map.of("name", "Student", "whoMayBuy", "CODE_HOLDERS"));
		olga.submit(LIST, LIST, student);
		String page = LIST + "/" + onlyType().id();
		olga.submit(page, page + "/codes", Map.of("code", "UNI-1"));
		olga.submit(page, page + "/codes", Map.of("code", "UNI-2"));
		Map<String, String> fields = olga.formFields(page, page);
		fields.put("whoMayBuy", "ANYONE");

		Document refused = Jsoup.parse(olga.post(page, fields).body());

		assertThat(refused.select("#whoMayBuy_error").text())
			.isEqualTo("Remove its 2 codes first: a ticket anyone may buy has none.");
		assertThat(onlyType().whoMayBuy()).isEqualTo(WhoMayBuy.CODE_HOLDERS);
		assertThat(onlyType().codes()).hasSize(2);
	}

	@Test
	void codesAreOneWhateverTheirCaseAndATypeWithoutACodeSaysNobodyCanBuyIt() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> student = new HashMap<>(inPerson());
		student.putAll(Map.of("name", "Student", "whoMayBuy", "CODE_HOLDERS"));
		olga.submit(LIST, LIST, student);
		String page = LIST + "/" + onlyType().id();
		String nobodyCanBuy = olga.page(page).select("#no_codes").text();

		olga.submit(page, page + "/codes", Map.of("code", "uni-2027"));
		Document duplicate = Jsoup.parse(olga.submit(page, page + "/codes", Map.of("code", "UNI-2027")).body());

		assertThat(nobodyCanBuy).isEqualTo("This ticket type has no code yet, so nobody can buy it: add one below.");
		assertThat(onlyType().codes()).extracting(TicketCode::code).containsExactly("UNI-2027");
		assertThat(duplicate.select("#code_error").text())
			.isEqualTo("A ticket type of this event already has the code UNI-2027.");
		assertThat(olga.page(page).select("#no_codes")).isEmpty();
	}

	@Test
	void theDatabaseRefusesACodeWhoseEventIsNotItsTypes() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> student = new HashMap<>(inPerson());
		student.putAll(Map.of("name", "Student", "whoMayBuy", "CODE_HOLDERS"));
		olga.submit(LIST, LIST, student);
		long otherEvent = eventSetup
			.create(new NewEvent("other_ticket_conf", "Other Conference 2027", LocalDate.of(2027, 5, 3),
					LocalDate.of(2027, 5, 4), ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(),
					List.of()))
			.id();
		try {
			assertThatThrownBy(() -> jdbc.sql("""
					INSERT INTO ticket_type_code (event_id, ticket_type_id, code, created_at)
					VALUES (?, ?, 'ELSEWHERE', CURRENT_TIMESTAMP)""").params(otherEvent, onlyType().id()).update())
				.isInstanceOf(DataIntegrityViolationException.class);
		}
		finally {
			jdbc.sql("DELETE FROM event WHERE id = ?").params(otherEvent).update();
		}
	}

}
