package org.plumbline.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;

/**
 * Issue 14, points 6 and 7: the overview page shows each chart as an SVG with its name
 * and description, beside a table of the same figures, and each chart's CSV file holds
 * the figures of every call, ticket type, MC and session; a day that is not the event's
 * is refused beside its field; nobody but the organisers learns the page exists.
 */
class OverviewPagesTest extends OverviewWebTest {

	private static final String PAGE = "/manage/" + EVENT + "/overview";

	@Test
	void theStartPageLeadsToTheOverviewWhoseChartsEachHaveANamedSvgAndATable() {
		WebClient organiser = signedInAs(ORGANISER);
		assertThat(organiser.page("/manage/" + EVENT).select("a[href=" + PAGE + "]")).hasSize(1);

		Document page = organiser.page(PAGE);

		for (String chart : List.of("topics", "registrations")) {
			assertThat(page.select("#" + chart + "_chart svg[role=img]")).as(chart).isNotEmpty().allSatisfy(svg -> {
				assertThat(svg.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
				assertThat(svg.getElementById(svg.attr("aria-describedby")).tagName()).isEqualTo("desc");
			});
		}
		for (String chart : List.of("reviews", "audience", "room_fill")) {
			Element svg = page.getElementById(chart + "_chart");
			assertThat(svg.tagName()).as(chart).isEqualTo("svg");
			assertThat(svg.attr("role")).isEqualTo("img");
			assertThat(svg.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
			assertThat(svg.getElementById(svg.attr("aria-describedby")).tagName()).isEqualTo("desc");
		}
		for (String chart : List.of("topics", "reviews", "registrations", "audience", "room_fill")) {
			assertThat(page.select("#" + chart + "_table caption")).as(chart).hasSize(1);
		}
		assertThat(page.select("#topics_chart figure")).hasSize(4);
		assertThat(page.select("#topics_chart line.deadline")).as("every call has a deadline").hasSize(4);
		assertThat(rows(page, "topics_table")).contains(
				"Kernel MC | 2027-08-31 18:00 Europe/Berlin | 2027-08-11 | 1 | 2",
				"Rust MC | 2027-08-31 18:00 Europe/Berlin | none yet | 0 | 0");
		assertThat(rows(page, "reviews_table")).containsExactly("Kernel MC | 3 | 2 | 2 | 0", "Tools MC | 1 | 0 | 0 | 0",
				"Refereed Track | 1 | 0 | 1 | 1");
		assertThat(rows(page, "registrations_table")).containsExactly("In person | 2 | 2027-09-01 | 2 | 0",
				"In person | 2 | 2027-09-02 | 2 | 2", "In person | 2 | 2027-09-04 | 2 | 0");
		assertThat(rows(page, "audience_table")).containsExactly("1. Kernel MC | 4 | 3 parallel | 2",
				"2. Tools MC | 3 parallel | 3 | 1", "3. Rust MC | 2 | 1 | 2");
		assertThat(page.select("#audience_chart rect.cell-parallel")).as("both halves of the matrix").hasSize(2);
		assertThat(rows(page, "room_fill_table")).containsExactly(
				"Kernel MC | Hall A | 2027-10-29 10:00 Europe/Berlin | 4 | 100 | 4%",
				"Tools MC | Hall B | 2027-10-29 10:00 Europe/Berlin | 3 | 2 | 150%",
				"Rust MC | Hall A | 2027-10-29 15:00 Europe/Berlin | 2 | 100 | 2%",
				"Refereed Track | Hall B | 2027-10-30 10:00 Europe/Berlin | 2 | 2 | 100%");
		assertThat(page.select("#room_fill_chart rect.bar-overflow")).hasSize(1);
		assertThat(page.text()).contains("it means the draft timetable");
	}

	@Test
	void aDayShowsThatDaysMcsAndSessionsOnly() {
		WebClient organiser = signedInAs(ORGANISER);

		Document firstDay = organiser.page(PAGE + "?day=2027-10-29");
		assertThat(firstDay.select("#day option[selected]").text()).isEqualTo("Friday, 29 October 2027");
		assertThat(firstDay.select("#audience_table tbody tr")).hasSize(3);
		assertThat(firstDay.select("#room_fill_table tbody th")).extracting(Element::text)
			.containsExactly("Kernel MC", "Tools MC", "Rust MC");

		Document secondDay = organiser.page(PAGE + "?day=2027-10-30");
		assertThat(secondDay.getElementById("audience_chart").text()).isEqualTo("No MC to show.");
		assertThat(secondDay.select("#room_fill_table tbody th")).extracting(Element::text)
			.containsExactly("Refereed Track");
	}

	@Test
	void aDayThatIsNotTheEventsIsRefusedBesideItsFieldAndAllDaysAreShown() {
		WebClient organiser = signedInAs(ORGANISER);

		for (String day : List.of("2027-11-01", "tomorrow")) {
			Document page = organiser.page(PAGE + "?day=" + day);
			assertThat(page.getElementById("day_problem").text()).isEqualTo("Choose one of the event's days.");
			assertThat(page.getElementById("day").attr("aria-describedby")).isEqualTo("day_problem");
			assertThat(page.select("#audience_table tbody tr")).hasSize(3);
		}
		assertThat(organiser.page(PAGE).getElementById("day_problem")).isNull();
	}

	@Test
	void eachChartsCsvFileHoldsItsFiguresForSpreadsheets() {
		WebClient organiser = signedInAs(ORGANISER);

		assertThat(csv(organiser, "topics")).isEqualTo("""
				Call,Deadline (Europe/Berlin),Day (Europe/Berlin),Submitted that day,Submitted so far
				Kernel MC,2027-08-31 18:00,2027-08-10,1,1
				Kernel MC,2027-08-31 18:00,2027-08-11,1,2
				Kernel MC,2027-08-31 18:00,2027-08-12,1,3
				Tools MC,2027-08-31 18:00,2027-08-11,1,1
				Rust MC,2027-08-31 18:00,,0,0
				Refereed Track,2027-08-20 12:00,2027-08-15,1,1
				""");
		assertThat(csv(organiser, "reviews")).isEqualTo("""
				Call,Submitted,Reviewed,Decided,Confirmed
				Kernel MC,3,2,2,0
				Tools MC,1,0,0,0
				Refereed Track,1,0,1,1
				""");
		assertThat(csv(organiser, "registrations")).isEqualTo("""
				Ticket type,Capacity,Day (Europe/Berlin),Holding a place,Waiting
				In person,2,2027-09-01,2,0
				In person,2,2027-09-02,2,2
				In person,2,2027-09-04,2,0
				""");
		assertThat(csv(organiser, "shared-audience")).isEqualTo("""
				Marked both,Kernel MC,Tools MC,Rust MC
				Kernel MC,4,3,2
				Tools MC,3,3,1
				Rust MC,2,1,2

				In parallel in the draft timetable,With,Marked both
				Kernel MC,Tools MC,3
				""");
		assertThat(csv(organiser, "room-fill")).isEqualTo("""
				Session,Room,Starts (Europe/Berlin),Ends (Europe/Berlin),Interested,Seats,Fill (%)
				Kernel MC,Hall A,2027-10-29 10:00,2027-10-29 13:30,4,100,4
				Tools MC,Hall B,2027-10-29 10:00,2027-10-29 13:30,3,2,150
				Rust MC,Hall A,2027-10-29 15:00,2027-10-29 18:30,2,100,2
				Refereed Track,Hall B,2027-10-30 10:00,2027-10-30 13:30,2,2,100
				""");
	}

	@Test
	void aTitleThatReadsAsASpreadsheetFormulaIsDownloadedAsInertText() {
		jdbc.sql("UPDATE microconference SET title = ? WHERE event_id = ? AND slug = 'rust'")
			.params("=HYPERLINK(\"https://evil.example\",\"Rust\")", event.id())
			.update();

		String audience = csv(signedInAs(ORGANISER), "shared-audience");

		assertThat(audience.lines().findFirst().orElseThrow())
			.isEqualTo("Marked both,Kernel MC,Tools MC,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Rust\"\")\"");
		assertThat(audience).doesNotContain(",=HYPERLINK").doesNotContain("\n=HYPERLINK");
	}

	@Test
	void aReviewerALeadAndAnAttendeeAreToldThePageAndItsFilesDoNotExist() {
		for (String email : List.of(REVIEWER, LEAD, ATTENDEES[0])) {
			WebClient other = WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
			assertThat(other.get(PAGE).statusCode()).as(email).isEqualTo(404);
			assertThat(other.get(PAGE + "/shared-audience.csv").statusCode()).as(email).isEqualTo(404);
		}
	}

	private static List<String> rows(Document page, String tableId) {
		return page.select("#" + tableId + " tbody tr")
			.stream()
			.map(row -> String.join(" | ", row.children().eachText()))
			.toList();
	}

	private static String csv(WebClient client, String name) {
		HttpResponse<byte[]> response = client.getBytes(PAGE + "/" + name + ".csv");
		assertThat(response.statusCode()).as(name).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).contains(EVENT + "-"));
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return text.substring(1).replace("\r\n", "\n");
	}

}
