package org.plumbline.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.manage.AuditPagesTest.ids;
import static org.plumbline.manage.AuditPagesTest.rows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.plumbline.testsupport.WebClient;

/**
 * The site admin's audit log at /admin/audit: the entries of no event (site mail texts,
 * merges and dismissals of the site's duplicate persons, resent mail of no event), newest
 * first, in UTC, filtered and paged as an event's log is; the entries of events stay on
 * their events' logs, and the site's stay off them. Who else may open it is proved by the
 * authorization matrix. {@link SiteAuditPagePostgresTest} runs the same on PostgreSQL.
 */
class SiteAuditPageTest extends ManageWebTest {

	static final String AUDIT = "/admin/audit";

	@Test
	void aSiteMailTextTheAdminSavesShowsOnTheSiteLogWithWhoWhatAndTheChangedFieldsInUtc() {
		WebClient admin = admin();
		clock.set(Instant.parse("2026-11-25T23:30:00Z"));
		admin.submit("/admin/mail/texts/role-granted", "/admin/mail/texts/role-granted",
				Map.of("subject", "Site: {{role}}", "body", "Hello {{name}}"));

		Document log = admin.page(AUDIT);

		List<Element> entries = log.select(".audit-entry");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).select(".audit-what").text())
			.isEqualTo("2026-11-25 23:30 UTC · " + adminName() + " · saved · mail-text role-granted");
		List<List<String>> rows = rows(entries.get(0));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsExactly("text", "default", "site");
		assertThat(rows.get(1)).startsWith("subject").endsWith("Site: {{role}}");
		assertThat(rows.get(2)).startsWith("body").endsWith("Hello {{name}}");
		assertThat(log.text()).contains("Times are in UTC");
		assertThat(log.select("form.filters").attr("action")).isEqualTo(AUDIT);
		assertThat(log.select(".breadcrumb a").attr("href")).isEqualTo("/admin");
	}

	@Test
	void theSiteLogLeavesOutEveryEventsEntriesAndAnEventsLogLeavesOutTheSites() {
		long ofTheEvent = record(event, organiserId, "microconference", "7", "renamed", Map.of("title", "Tracing"),
				Map.of("title", "Tracing and BPF"), null);
		long ofTheAdminOnAnEvent = record(otherEvent, adminId, "room", "3", "added", null, Map.of("name", "Hall"),
				null);
		long ofTheSite = record(null, adminId, "mail-text", "password-reset", "reset", Map.of("text", "site"),
				Map.of("text", "default"), null);

		Document site = admin().page(AUDIT);
		assertThat(ids(site)).containsExactly(ofTheSite);
		assertThat(site.select("#actor option").eachText()).as("only those who acted on the site")
			.containsExactly("anyone", adminName());
		assertThat(site.select("#action option").eachAttr("value")).containsExactly("", "reset");
		assertThat(site.select("#type option").eachAttr("value")).containsExactly("", "mail-text");

		assertThat(ids(organiser().page("/manage/" + EVENT + "/audit"))).containsExactly(ofTheEvent);
		assertThat(ids(admin().page("/manage/" + OTHER_EVENT + "/audit"))).containsExactly(ofTheAdminOnAnEvent);
	}

	@Test
	void theFiltersNarrowTheSiteLogByActionObjectWhoAndUtcDaysAndStayChosen() {
		clock.set(Instant.parse("2026-11-24T12:00:00Z"));
		long saved = record(null, adminId, "mail-text", "role-granted", "saved", null, Map.of("subject", "A"), null);
		clock.set(Instant.parse("2026-11-25T23:30:00Z"));
		long dismissed = record(null, adminId, "duplicate-suggestion", "12", "dismissed", null, null, "Two people");
		clock.set(Instant.parse("2026-11-26T08:00:00Z"));
		long resent = record(null, organiserId, "mail", "5", "resent", null, null, null);
		WebClient admin = admin();

		assertThat(ids(admin.page(AUDIT))).containsExactly(resent, dismissed, saved);
		Document bySaving = admin.page(AUDIT + "?action=saved");
		assertThat(ids(bySaving)).containsExactly(saved);
		assertThat(bySaving.select("#action option[selected]").text()).isEqualTo("saved");
		assertThat(ids(admin.page(AUDIT + "?type=duplicate-suggestion&object=12"))).containsExactly(dismissed);
		assertThat(ids(admin.page(AUDIT + "?type=duplicate-suggestion&object=13"))).isEmpty();
		Document byOlga = admin.page(AUDIT + "?actor=" + organiserId);
		assertThat(ids(byOlga)).containsExactly(resent);
		assertThat(byOlga.select("#actor option[selected]").text()).isEqualTo("Olga Organiser");
		Document oneDay = admin.page(AUDIT + "?from=2026-11-25&to=2026-11-25");
		assertThat(ids(oneDay)).as("a day of UTC, not of any event's zone").containsExactly(dismissed);
		assertThat(oneDay.select("#to").attr("value")).isEqualTo("2026-11-25");
		Document none = admin.page(AUDIT + "?action=resent&from=2026-11-27");
		assertThat(none.select(".audit-entry")).isEmpty();
		assertThat(none.text()).contains("No entries match.");
		assertThat(none.select(".filter-buttons a").attr("href")).isEqualTo(AUDIT);
	}

	@Test
	void whoAndObjectOfASiteEntryLinkToTheirHistoryOnTheSiteLog() {
		long first = record(null, adminId, "mail-text", "role-granted", "saved", null, Map.of("subject", "A"), null);
		record(null, organiserId, "mail", "5", "resent", null, null, null);
		long second = record(null, adminId, "mail-text", "role-granted", "reset", null, null, null);
		WebClient admin = admin();

		List<String> links = admin.page(AUDIT).select(".audit-entry").get(0).select(".audit-what a").eachAttr("href");
		assertThat(links).allSatisfy(link -> assertThat(link).startsWith(AUDIT + "?"));
		assertThat(ids(admin.page(links.get(0)))).containsExactly(second, first);
		assertThat(ids(admin.page(links.get(1)))).containsExactly(second, first);
	}

	@Test
	void theSiteLogShowsFiftyEntriesAPageAndTheOlderLinkKeepsTheFilters() {
		for (int i = 1; i <= 55; i++) {
			clock.set(Instant.parse("2026-11-27T08:00:00Z").plusSeconds(i));
			record(null, adminId, "mail", Integer.toString(i), "resent", null, null, null);
		}
		WebClient admin = admin();

		Document first = admin.page(AUDIT + "?action=resent");
		assertThat(first.select(".audit-entry")).hasSize(50);
		assertThat(first.select(".audit-what").first().text()).endsWith("mail 55");
		String older = first.select(".pager a[rel=next]").attr("href");
		assertThat(older).startsWith(AUDIT + "?action=resent&older=");

		Document second = admin.page(older);
		assertThat(second.select(".audit-entry")).hasSize(5);
		assertThat(second.select(".audit-what").last().text()).endsWith("mail 1");
		assertThat(second.select(".pager a[rel=next]")).isEmpty();
		assertThat(second.select(".pager a").attr("href")).isEqualTo(AUDIT + "?action=resent");
	}

	@Test
	void malformedFiltersAreToldInsteadOfFailing() {
		record(null, adminId, "mail", "5", "resent", null, null, null);
		WebClient admin = admin();

		Document malformed = admin.page(AUDIT + "?to=yesterday");
		assertThat(malformed.select("[role=alert]").text())
			.isEqualTo("The last day must be a date such as 2026-11-25, not \"yesterday\".");
		assertThat(malformed.select(".audit-entry")).isEmpty();
		assertThat(admin.page(AUDIT + "?older=next").select("[role=alert]").text())
			.isEqualTo("The page in the address is not a number: \"next\".");
		Document unknownActor = admin.page(AUDIT + "?actor=jane");
		assertThat(unknownActor.select("[role=alert]").text())
			.isEqualTo("The actor in the address is not a number: \"jane\".");
		assertThat(unknownActor.select("#actor option[selected]")).isEmpty();
	}

	@Test
	void theAdminsStartPageLinksToTheSiteLogWhichSaysWhenNothingChangedYet() {
		WebClient admin = admin();

		assertThat(admin.page("/admin").select("a[href=" + AUDIT + "]").text()).isEqualTo("Audit log");
		assertThat(admin.page(AUDIT).select(".status").text()).isEqualTo("Nothing has been changed yet.");
	}

	private String adminName() {
		return jdbc.sql("SELECT display_name FROM account WHERE id = ?").param(adminId).query(String.class).single();
	}

}
