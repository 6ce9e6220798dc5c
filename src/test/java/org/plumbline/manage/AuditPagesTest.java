package org.plumbline.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.plumbline.testsupport.WebClient;

/**
 * An event's audit log as its organisers read it: newest first, times in the event's
 * zone, who did what to which object and why, the changed fields, filters, and pages of
 * fifty. {@link AuditPagesPostgresTest} runs the same on PostgreSQL.
 */
class AuditPagesTest extends ManageWebTest {

	static final String AUDIT = "/manage/" + EVENT + "/audit";

	long accepted;

	long granted;

	long renamed;

	@BeforeEach
	void threeEntriesOfTheEventAndOneOfAnother() {
		clock.set(Instant.parse("2026-11-24T23:30:00Z"));
		accepted = record(event, organiserId, "microconference", "7", "accepted",
				Map.of("title", "Tracing", "status", "PROPOSED"), Map.of("title", "Tracing", "status", "ACCEPTED"),
				null);
		clock.set(Instant.parse("2026-11-25T10:15:00Z"));
		granted = record(event, adminId, "account", "42", "role-granted", null, Map.of("role", "ORGANISER"),
				"Needed for the call for topics");
		clock.set(Instant.parse("2026-11-26T08:00:00Z"));
		renamed = record(event, organiserId, "microconference", "7", "renamed", Map.of("title", "Tracing"),
				Map.of("title", "Tracing and BPF"), null);
		record(otherEvent, adminId, "microconference", "9", "accepted", null, Map.of("title", "Secret"), null);
	}

	@Test
	void entriesShowNewestFirstWhenInTheEventsZoneWhoWhatWhyAndTheChangedFields() {
		Document log = organiser().page(AUDIT);

		List<Element> entries = log.select(".audit-entry");
		assertThat(entries).hasSize(3);
		assertThat(entries.get(0).select(".audit-what").text())
			.isEqualTo("2026-11-26 09:00 CET · Olga Organiser · renamed · microconference 7");
		assertThat(rows(entries.get(0))).containsExactly(List.of("title", "Tracing", "Tracing and BPF"));
		assertThat(entries.get(1).select(".audit-what").text()).contains("2026-11-25 11:15 CET")
			.contains("role-granted")
			.contains("account 42");
		assertThat(entries.get(1).select(".audit-reason").text()).isEqualTo("Reason: Needed for the call for topics");
		assertThat(rows(entries.get(1))).containsExactly(List.of("role", "—", "ORGANISER"));
		assertThat(entries.get(2).select(".audit-what").text()).startsWith("2026-11-25 00:30 CET · Olga Organiser");
		assertThat(rows(entries.get(2))).as("only the fields that changed")
			.containsExactly(List.of("status", "PROPOSED", "ACCEPTED"));
		assertThat(log.text()).doesNotContain("Secret").contains("Europe/Berlin");
		assertThat(log.select(".pager a")).isEmpty();
	}

	@Test
	void theFiltersNarrowTheLogByActionObjectTypeWhoAndPeriodAndStayChosen() {
		WebClient organiser = organiser();

		assertThat(ids(organiser.page(AUDIT + "?action=accepted"))).containsExactly(accepted);
		assertThat(ids(organiser.page(AUDIT + "?type=account"))).containsExactly(granted);
		Document byOlga = organiser.page(AUDIT + "?actor=" + organiserId);
		assertThat(ids(byOlga)).containsExactly(renamed, accepted);
		assertThat(byOlga.select("#actor option[selected]").text()).isEqualTo("Olga Organiser");
		Document oneDay = organiser.page(AUDIT + "?from=2026-11-25&to=2026-11-25");
		assertThat(ids(oneDay)).as("a day of the event's zone, not of UTC").containsExactly(granted, accepted);
		assertThat(oneDay.select("#from").attr("value")).isEqualTo("2026-11-25");
		Document both = organiser.page(AUDIT + "?action=accepted&type=microconference&from=2026-11-26");
		assertThat(both.select(".audit-entry")).isEmpty();
		assertThat(both.text()).contains("No entries match.");
		assertThat(both.select("#action option[selected]").text()).isEqualTo("accepted");
		assertThat(organiser.page(AUDIT).select("#action option").eachAttr("value")).containsExactly("", "accepted",
				"renamed", "role-granted");
	}

	@Test
	void whoAndObjectOfAnEntryLinkToTheirOwnHistory() {
		WebClient organiser = organiser();
		Element grant = organiser.page(AUDIT).select(".audit-entry").get(1);

		Document byAdmin = organiser.page(grant.select(".audit-what a").get(0).attr("href"));
		assertThat(ids(byAdmin)).containsExactly(granted);
		assertThat(byAdmin.select("#actor option[selected]").attr("value")).isEqualTo(Long.toString(adminId));
		Document tracing = organiser
			.page(organiser.page(AUDIT).select(".audit-entry").get(0).select(".audit-what a").get(1).attr("href"));
		assertThat(ids(tracing)).containsExactly(renamed, accepted);
	}

	@Test
	void theLogShowsFiftyEntriesAPageAndTheOlderLinkKeepsTheFilters() {
		for (int i = 1; i <= 60; i++) {
			clock.set(Instant.parse("2026-11-27T08:00:00Z").plusSeconds(i));
			record(event, organiserId, "room", Integer.toString(i), "renamed", Map.of("name", "Room " + i),
					Map.of("name", "Hall " + i), null);
		}
		WebClient organiser = organiser();

		Document first = organiser.page(AUDIT + "?action=renamed&type=room");
		assertThat(first.select(".audit-entry")).hasSize(50);
		assertThat(first.select(".audit-what").first().text()).endsWith("room 60");
		String older = first.select(".pager a[rel=next]").attr("href");
		assertThat(older).contains("action=renamed").contains("type=room").contains("older=");

		Document second = organiser.page(older);
		assertThat(second.select(".audit-entry")).hasSize(10);
		assertThat(second.select(".audit-what").first().text()).endsWith("room 10");
		assertThat(second.select(".pager a[rel=next]")).isEmpty();
		assertThat(second.select(".pager a").attr("href")).isEqualTo(AUDIT + "?action=renamed&type=room");
	}

	@Test
	void malformedOrReversedPeriodsAreToldInsteadOfFailing() {
		WebClient organiser = organiser();

		Document malformed = organiser.page(AUDIT + "?from=2026-13-01");
		assertThat(malformed.select("[role=alert]").text())
			.isEqualTo("The first day must be a date such as 2026-11-25, not \"2026-13-01\".");
		assertThat(malformed.select(".audit-entry")).isEmpty();
		assertThat(organiser.page(AUDIT + "?from=2026-11-26&to=2026-11-25").select("[role=alert]").text())
			.isEqualTo("The period's last day (2026-11-25) is before its first day (2026-11-26).");
		assertThat(organiser.page(AUDIT + "?actor=jane").select("[role=alert]").text())
			.isEqualTo("The actor in the address is not a number: \"jane\".");
	}

	@Test
	void anEventWithoutChangesSaysSo() {
		jdbc.sql("DELETE FROM audit_entry").update();

		assertThat(organiser().page(AUDIT).select(".status").text()).isEqualTo("Nothing has been changed yet.");
	}

	/** The ids of the entries a page of the log shows, in its order. */
	static List<Long> ids(Document page) {
		return page.select(".audit-entry")
			.stream()
			.map(entry -> entry.id().substring("entry_".length()))
			.map(Long::valueOf)
			.toList();
	}

	/** The rows of an entry's table of changed fields: field, before, after. */
	static List<List<String>> rows(Element entry) {
		return entry.select(".changes tbody tr").stream().map(row -> row.select("td").eachText()).toList();
	}

}
