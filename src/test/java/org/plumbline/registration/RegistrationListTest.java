package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.StatementCounting;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The organisers' registration list and its CSV file (issue 13, point 7): every
 * registration of the event with its attendee, the counts per state, the places per
 * ticket type, filters that links keep, a search, pages, and the same rows as a file.
 */
@Import(StatementCounting.class)
class RegistrationListTest extends RegistrationWebTest {

	static final String LIST = "/manage/" + EVENT + "/registration";

	@Autowired
	RegistrationList list;

	@Test
	void theListShowsEveryRegistrationWithItsAttendeeTheCountsPerStateAndThePlacesPerType() {
		Registered three = registerThree();

		Document page = signedIn(ORGANISER).page(LIST);

		assertThat(page.select("#registration-totals li").eachText()).containsExactly("3 in all", "1 registered",
				"1 awaiting payment", "1 on the waiting list");
		assertThat(page.select("#registration-places tbody tr").eachText()).containsExactly("Regular 1 of 1 1",
				"Supporter 1 of 5 0");
		assertThat(page.select("#registration-matching").text()).startsWith("3 registrations match.");
		assertThat(row(page, three.anna())).containsExactly(three.anna(), "Anna Attendee", ANNA, "Regular",
				"Registered", "1", "Free", "2027-03-01 10:00", "", "");
		assertThat(row(page, three.ben())).containsExactly(three.ben(), "Ben Attendee", BEN, "Regular",
				"On the waiting list", "2", "Free", "2027-03-01 10:00", "", "");
		assertThat(row(page, three.olga())).containsExactly(three.olga(), "Olga Organiser", ORGANISER, "Supporter",
				"Awaiting payment", "1", "250.00 EUR", "2027-03-01 10:00", "", "");
		assertThat(page.text()).contains("Times are in Europe/Berlin");
	}

	@Test
	void endedRegistrationsStayInTheListWithWhenTheyEnded() {
		Registered three = registerThree();
		clock.set(START.plusSeconds(3600));
		registrations.cancel(event, account(ANNA), 0);

		Document page = signedIn(ORGANISER).page(LIST + "?status=CANCELLED");

		assertThat(page.select("#registrations tbody tr")).hasSize(1);
		assertThat(row(page, three.anna())).containsExactly(three.anna(), "Anna Attendee", ANNA, "Regular", "Cancelled",
				"1", "Free", "2027-03-01 10:00", "", "2027-03-01 11:00");
		assertThat(page.select("#registration-totals li").eachText()).contains("1 cancelled");
	}

	@Test
	void filtersByStateAndTicketTypeNarrowTheRowsAndStayInTheLinks() {
		Registered three = registerThree();
		long supporter = count("SELECT id FROM ticket_type WHERE name = 'Supporter'");
		WebClient olga = signedIn(ORGANISER);

		Document waiting = olga.page(LIST + "?status=WAITING&sort=arrival");
		Document supporters = olga.page(LIST + "?ticket=" + supporter);

		assertThat(references(waiting)).containsExactly(three.ben());
		assertThat(waiting.select("#status option[selected]").attr("value")).isEqualTo("WAITING");
		assertThat(waiting.select("#sort option[selected]").attr("value")).isEqualTo("arrival");
		assertThat(waiting.select("#registration-matching a").attr("href"))
			.isEqualTo(LIST + "/export.csv?status=WAITING&sort=arrival");
		assertThat(waiting.select("#registration-totals strong").text()).isEqualTo("1 on the waiting list");
		assertThat(waiting.select("#registration-totals a").eachAttr("href")).contains(LIST + "?sort=arrival",
				LIST + "?status=REGISTERED&sort=arrival");
		assertThat(waiting.select("a:contains(Show all)").attr("href")).isEqualTo(LIST);
		assertThat(references(supporters)).containsExactly(three.olga());
		assertThat(supporters.select("#ticket option[selected]").text()).isEqualTo("Supporter");
	}

	@Test
	void aSearchFindsPartOfANameAnAddressOrAReferenceWhateverItsCase() {
		Registered three = registerThree();
		WebClient olga = signedIn(ORGANISER);

		assertThat(references(olga.page(LIST + "?q=anna"))).containsExactly(three.anna());
		assertThat(references(olga.page(LIST + "?q=BEN%40REGISTER"))).containsExactly(three.ben());
		assertThat(references(olga.page(LIST + "?q=" + three.olga().toLowerCase().substring(2))))
			.containsExactly(three.olga());
		assertThat(references(olga.page(LIST + "?q=attendee&status=REGISTERED"))).containsExactly(three.anna());
		Document nothing = olga.page(LIST + "?q=%25");
		assertThat(references(nothing)).isEmpty();
		assertThat(nothing.select("#registration-matching").text()).startsWith("0 registrations match.");
		assertThat(nothing.select("#q").attr("value")).isEqualTo("%");
	}

	@Test
	void aHundredAndOneRegistrationsFillTwoPagesThatKeepTheFilterAndOrder() {
		TicketType regular = onSale("Regular", "0", 10);
		long anna = accounts.account(ANNA, "Anna Attendee");
		for (int arrival = 1; arrival <= 101; arrival++) {
			jdbc.sql("""
					INSERT INTO registration (event_id, ticket_type_id, account_id, reference, arrival, status,
					                          price_minor, ended_at, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, 'CANCELLED', 0, ?, ?, ?)""")
				.params(event.id(), regular.id(), anna, "T%03d-0000".formatted(arrival), arrival,
						OffsetDateTime.parse("2027-03-02T00:00:00Z"), OffsetDateTime.parse("2027-03-01T00:00:00Z"),
						OffsetDateTime.parse("2027-03-02T00:00:00Z"))
				.update();
		}
		WebClient olga = signedIn(ORGANISER);

		Document first = olga.page(LIST + "?status=CANCELLED&sort=arrival");
		String next = first.select(".pager a[rel=next]").attr("href");
		Document second = olga.page(next);

		assertThat(first.select("#registrations tbody tr")).hasSize(RegistrationList.PAGE_SIZE);
		assertThat(references(first).get(0)).isEqualTo("T001-0000");
		assertThat(first.select("#registration-matching").text()).startsWith("101 registrations match; page 1 of 2.");
		assertThat(next).isEqualTo(LIST + "?status=CANCELLED&sort=arrival&page=2");
		assertThat(references(second)).containsExactly("T101-0000");
		assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo(LIST + "?status=CANCELLED&sort=arrival");
		assertThat(references(olga.page(LIST + "?page=2"))).containsExactly("T001-0000");
		assertThat(references(olga.page(LIST + "?page=9"))).as("a page past the end shows the last")
			.containsExactly("T001-0000");
	}

	@Test
	void aPageOfAHundredAttendeesCostsAsManyQueriesAsAPageOfOne() {
		TicketType regular = onSale("Regular", "0", 200);
		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		RegistrationQuery all = new RegistrationQuery(null, null, null, RegistrationQuery.Order.CREATED, 1);
		int forOne = StatementCounting.statementsOf(() -> list.page(event, organiserId, all));
		for (int n = 1; n <= 120; n++) {
			registrations.register(event, account("many" + n + "@register.test"), Long.toString(regular.id()), "",
					Map.of());
		}

		RegistrationListing[] listed = new RegistrationListing[1];
		int forHundred = StatementCounting.statementsOf(() -> listed[0] = list.page(event, organiserId, all));

		assertThat(listed[0].rows()).hasSize(RegistrationList.PAGE_SIZE);
		assertThat(listed[0].rows()).allSatisfy(row -> {
			assertThat(row.attendee().id()).isEqualTo(row.registration().accountId());
			assertThat(row.attendee().email()).endsWith("@register.test");
		});
		assertThat(forOne).as("the statements are counted").isPositive();
		assertThat(forHundred).isEqualTo(forOne);
	}

	@Test
	void filtersNoFormSendsAreRefusedAsBadRequests() {
		WebClient olga = signedIn(ORGANISER);

		for (String query : List.of("status=PAID", "ticket=regular", "sort=name", "page=0", "page=two")) {
			assertThat(olga.get(LIST + "?" + query).statusCode()).as(query).isEqualTo(400);
			assertThat(olga.get(LIST + "/export.csv?" + query).statusCode()).as(query).isEqualTo(400);
		}
	}

	@Test
	void theCsvFileHasTheFilteredRowsAfterAByteOrderMarkWithTimesOnTheEventsClock() {
		Registered three = registerThree();
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<byte[]> file = olga.getBytes(LIST + "/export.csv?status=AWAITING_PAYMENT");

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith("text/csv"));
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"" + EVENT + "-registrations.csv\"");
		assertThat(Arrays.copyOf(file.body(), 3)).as("a byte order mark tells spreadsheets the file is UTF-8")
			.containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(file.body(), StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
				"Reference,Name,Email,Ticket type,Status,Arrival,Price,Currency,Created (Europe/Berlin),"
						+ "Payment due (Europe/Berlin),Paid (Europe/Berlin),Ended (Europe/Berlin),Refund due",
				three.olga() + ",Olga Organiser," + ORGANISER
						+ ",Supporter,Awaiting payment,1,250.00,EUR,2027-03-01 10:00,2027-03-15 10:00,,,");
	}

	@Test
	void theCsvFileKeepsEveryRowOfTheFilterAndMakesTypedFormulasInert() {
		TicketType regular = onSale("Regular", "0", 10);
		accounts.account("mallory@register.test", "=HYPERLINK(\"http://evil.test\")");
		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		registrations.register(event, account("mallory@register.test"), Long.toString(regular.id()), "", Map.of());

		String csv = new String(signedIn(ORGANISER).getBytes(LIST + "/export.csv?sort=arrival").body(),
				StandardCharsets.UTF_8);

		List<String> lines = List.of(csv.split("\r\n"));
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).contains(",Anna Attendee," + ANNA + ",Regular,Registered,1,0,,");
		assertThat(lines.get(2)).contains(",\"'=HYPERLINK(\"\"http://evil.test\"\")\",mallory@register.test,");
	}

	@Test
	void onlyOrganisersSeeTheListOrItsFile() {
		registerThree();
		WebClient anna = signedIn(ANNA);

		assertThat(anna.get(LIST).statusCode()).isEqualTo(404);
		assertThat(anna.get(LIST + "/export.csv").statusCode()).isEqualTo(404);
		assertThat(anna.get(LIST).body()).doesNotContain(BEN);
		assertThat(WebClient.location(WebClient.browser(port).accepting("text/html").get(LIST))).endsWith("/login");
	}

	@Test
	void theManagePageAndTheTicketTypesPageLinkTheListAndTheSettings() {
		WebClient olga = signedIn(ORGANISER);

		for (String path : List.of("/manage/" + EVENT, LIST + "/tickets")) {
			assertThat(olga.page(path).select("a").eachAttr("href")).as(path).contains(LIST, LIST + "/settings");
		}
	}

	/**
	 * Anna registered for the one place of Regular, Ben waits for it, and Olga awaits
	 * payment for Supporter; their references.
	 */
	private Registered registerThree() {
		TicketType regular = onSale("Regular", "0", 1);
		TicketType supporter = onSale("Supporter", "250", 5);
		return new Registered(
				registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
					.registration()
					.reference(),
				registrations.register(event, account(BEN), Long.toString(regular.id()), "", Map.of())
					.registration()
					.reference(),
				registrations.register(event, account(ORGANISER), Long.toString(supporter.id()), "", Map.of())
					.registration()
					.reference());
	}

	private record Registered(String anna, String ben, String olga) {
	}

	private static List<String> row(Document page, String reference) {
		Element row = page.select("#registrations tbody tr:has(code:matchesOwn(^" + reference + "$))").first();
		assertThat(row).as("the row of " + reference).isNotNull();
		return row.select("td").stream().map(Element::text).toList();
	}

	private static List<String> references(Document page) {
		return page.select("#registrations tbody tr td:first-child").eachText();
	}

}
