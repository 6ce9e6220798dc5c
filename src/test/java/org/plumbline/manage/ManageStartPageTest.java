package org.plumbline.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.testsupport.WebClient.location;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.plumbline.testsupport.WebClient;

/**
 * An event's start page for its organisers, the site admin's way to the mail pages, and
 * who is kept out of the manage pages: anonymous visitors are sent to sign in, someone
 * who does not organise the event is told the page does not exist, and only the site
 * admin reaches the site's mail. {@link ManageStartPagePostgresTest} runs the same on
 * PostgreSQL.
 */
class ManageStartPageTest extends ManageWebTest {

	@Test
	void theStartPageLeadsAnOrganiserToTheTeamMailTextsAndAuditLogAndTellsOfFailedMail() {
		markFailed(queueMail(event, "jane@example.org", "Your proposal"), 8, "550 mailbox unavailable");
		queueMail(event, "john@example.org", "Your review");

		Document start = organiser().page("/manage/" + EVENT);

		assertThat(start.select("h1").text()).isEqualTo("Manage Conference One 2027");
		assertThat(start.select(".manage-links a").eachAttr("href")).containsExactly("/manage/conf_one/team",
				"/manage/conf_one/proposals", "/manage/conf_one/calls", "/manage/conf_one/reviews",
				"/manage/conf_one/conflicts", "/manage/conf_one/schedule", "/manage/conf_one/schedule/releases",
				"/manage/conf_one/schedule/unavailability", "/manage/conf_one/schedule/scheduler",
				"/manage/conf_one/schedule/weights", "/manage/conf_one/schedule/policies",
				"/manage/conf_one/registration/tickets", "/manage/conf_one/registration",
				"/manage/conf_one/registration/settings", "/manage/conf_one/registration/tiers",
				"/manage/conf_one/registration/payments", "/manage/conf_one/registration/passes", "/review/conf_one",
				"/manage/conf_one/feedback", "/manage/conf_one/mail", "/manage/conf_one/mail/texts",
				"/manage/conf_one/people/duplicates", "/manage/conf_one/overview", "/manage/conf_one/audit",
				"/manage/conf_one/clone");
		assertThat(start.select(".manage-links").text()).contains("1 failed.").contains("1 waiting.");
	}

	@Test
	void theSiteAdminManagesEveryEventAndFindsTheMailPagesOnTheAdminPage() {
		WebClient admin = admin();

		assertThat(admin.page("/manage/" + OTHER_EVENT).select("h1").text()).isEqualTo("Manage Conference Two 2027");
		Document adminPage = admin.page("/admin");
		assertThat(adminPage.select("a").eachAttr("href")).contains("/admin/mail", "/admin/mail/texts",
				"/manage/conf_one", "/manage/conf_two");
	}

	@Test
	void someoneWhoDoesNotOrganiseTheEventIsToldItsPagesDoNotExist() {
		long failed = queueMail(event, "jane@example.org", "Your proposal");
		markFailed(failed, 8, "550 mailbox unavailable");
		WebClient stranger = stranger();
		WebClient organiser = organiser();

		for (String path : List.of("/manage/conf_one", "/manage/conf_one/audit", "/manage/conf_one/mail",
				"/manage/conf_one/mail/" + failed, "/manage/conf_one/mail/texts",
				"/manage/conf_one/mail/texts/role-granted")) {
			HttpResponse<String> response = stranger.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("Conference One").doesNotContain("jane@example.org");
		}
		for (String path : List.of("/manage/conf_two", "/manage/conf_two/audit", "/manage/conf_two/mail",
				"/manage/conf_two/mail/texts", "/manage/no_such_event")) {
			assertThat(organiser.get(path).statusCode()).as(path).isEqualTo(404);
		}
		String token = organiser.page("/manage/conf_one/mail/" + failed).select("input[name=_csrf]").attr("value");
		assertThat(organiser
			.post("/manage/conf_two/mail/texts/role-granted",
					Map.of("_csrf", token, "subject", "Hijacked", "body", "Hijacked", "version", "0"))
			.statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_template").query(Long.class).single()).isZero();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		for (String path : List.of("/manage/conf_one", "/manage/conf_one/audit", "/manage/conf_one/mail",
				"/manage/conf_one/mail/1", "/manage/conf_one/mail/texts", "/manage/conf_one/mail/texts/role-granted",
				"/admin/mail", "/admin/mail/1", "/admin/mail/texts", "/admin/mail/texts/password-reset")) {
			HttpResponse<String> response = anonymous().get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(location(response)).as(path).isEqualTo("/login");
		}
	}

	@Test
	void onlyTheSiteAdminReachesTheSitesMailPages() {
		WebClient organiser = organiser();

		for (String path : List.of("/admin/mail", "/admin/mail/texts", "/admin/mail/texts/password-reset")) {
			assertThat(organiser.get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

}
