package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.plumbline.testsupport.WebClient;

/**
 * Organisers set the calls' windows and durations on /manage/{event}/calls, in the
 * event's time zone; the public sees the open calls on /{event}/calls and a "Submit a
 * topic" link on an MC's page while its call is open. {@link CallSettingsPostgresTest}
 * runs the same on PostgreSQL.
 */
class CallSettingsTest extends CfpWebTest {

	static final String PAGE = "/manage/" + EVENT + "/calls";

	@Test
	void theOrganiserSetsTheDefaultWindowInTheEventsZoneAndEveryCallShowsIt() {
		WebClient organiser = signedIn(ORGANISER);

		HttpResponse<String> saved = organiser.submit(PAGE, PAGE,
				Map.of("opensAt", "2027-01-10T09:00", "closesAt", "2027-02-01T18:00", "durations", "30, 45"));

		assertThat(saved.statusCode()).isEqualTo(302);
		CallDefaults defaults = calls.defaults(event.id());
		assertThat(defaults.opensAt()).isEqualTo("2027-01-10T08:00:00Z");
		assertThat(defaults.closesAt()).isEqualTo("2027-02-01T17:00:00Z");
		assertThat(defaults.durations()).containsExactly(30, 45);
		Document page = organiser.page(PAGE);
		assertThat(page.select("table.calls tbody tr")).hasSize(1);
		assertThat(page.select("table.calls tbody tr").text()).contains("Kernel MC")
			.contains("2027-01-10 09:00 Europe/Berlin")
			.contains("2027-02-01 18:00 Europe/Berlin")
			.contains("30, 45 minutes")
			.contains("Open now")
			.doesNotContain("Proposed MC");
		assertThat(page.select("#defaults_closesAt").val()).isEqualTo("2027-02-01T18:00");
		assertThat(
				count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'call-defaults' AND actor_account_id = ?",
						organiserId))
			.isEqualTo(1);
	}

	@Test
	void aWindowThatClosesBeforeItOpensOrMalformedDurationsAreToldBesideTheirFieldsAndNothingIsSaved() {
		WebClient organiser = signedIn(ORGANISER);

		HttpResponse<String> refused = organiser.submit(PAGE, PAGE,
				Map.of("opensAt", "2027-02-10T09:00", "closesAt", "2027-02-01T18:00", "durations", "thirty"));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(refused.body());
		assertThat(page.select("#defaults_closesAt_error").text()).isEqualTo("The call must close after it opens.");
		assertThat(page.select("#defaults_durations_error").text()).contains("\"thirty\" is not a number");
		assertThat(page.select("#defaults_durations").val()).isEqualTo("thirty");
		assertThat(count("SELECT COUNT(*) FROM topic_call_defaults")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry")).isZero();
	}

	@Test
	void aPlainTracksSectionLinksToTheRecordingsOfItsSessionsAndAnMcsDoesNot() {
		openCalls();
		WebClient organiser = signedIn(ORGANISER);
		organiser.submit(PAGE, "/manage/" + EVENT + "/tracks",
				Map.of("name", "Refereed Track", "slug", "refereed", "durations", "45"));

		Document page = organiser.page(PAGE);

		assertThat(page.select("#call_refereed a").eachAttr("href"))
			.contains("/manage/" + EVENT + "/schedule/tracks/refereed/recordings");
		assertThat(page.select("#call_kernel a[href$=/recordings]")).isEmpty();
	}

	@Test
	void aDefaultWindowThatWouldMakeACallWithOnlyItsOwnOpeningOrDeadlineCloseBeforeItOpensIsRefusedNamingThem() {
		openCalls();
		WebClient organiser = signedIn(ORGANISER);
		organiser.submit(PAGE, PAGE + "/kernel", Map.of("opensAt", "2027-01-25T09:00"));
		organiser.submit(PAGE, "/manage/" + EVENT + "/tracks", Map.of("name", "Refereed Track", "slug", "refereed",
				"durations", "45", "closesAt", "2027-01-20T18:00"));
		long auditedBefore = count("SELECT COUNT(*) FROM audit_entry");

		HttpResponse<String> refused = organiser.submit(PAGE, PAGE,
				Map.of("opensAt", "2027-01-22T09:00", "closesAt", "2027-01-24T18:00", "durations", "30"));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(refused.body());
		assertThat(page.select("#defaults_closesAt_error").text())
			.isEqualTo("These calls open on their own date, at or after this deadline: Kernel MC (opens 2027-01-25 "
					+ "09:00 Europe/Berlin). Choose a later deadline, or change their opening first.");
		assertThat(page.select("#defaults_opensAt_error").text())
			.isEqualTo("These calls close on their own date, at or before this opening: Refereed Track (closes "
					+ "2027-01-20 18:00 Europe/Berlin). Choose an earlier opening, or change their deadline first.");
		assertThat(page.select("#defaults_opensAt").val()).isEqualTo("2027-01-22T09:00");
		CallDefaults kept = calls.defaults(event.id());
		assertThat(kept.opensAt()).isEqualTo(berlin("2027-01-10T09:00"));
		assertThat(kept.closesAt()).isEqualTo(berlin("2027-02-01T18:00"));
		assertThat(kept.durations()).containsExactly(30, 45);
		assertThat(count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(auditedBefore);
		assertThat(calls.calls(event.id())).allMatch(call -> call.closesAt().isAfter(call.opensAt()));

		HttpResponse<String> fitting = organiser.submit(PAGE, PAGE,
				Map.of("opensAt", "2027-01-12T09:00", "closesAt", "2027-01-26T18:00", "durations", "30"));

		assertThat(fitting.statusCode()).as("a window that leaves both calls openable").isEqualTo(302);
	}

	@Test
	void aCallsOwnOpeningAfterTheDefaultDeadlineIsRefusedAndNothingIsSaved() {
		openCalls();
		WebClient organiser = signedIn(ORGANISER);

		HttpResponse<String> refused = organiser.submit(PAGE, PAGE + "/kernel", Map.of("opensAt", "2027-02-03T09:00"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(refused.body()).select("#call_kernel_closesAt_error").text())
			.isEqualTo("The call must close after it opens.");
		assertThat(count("SELECT COUNT(*) FROM mc_topic_call")).isZero();
		assertThat(calls.find(event.id(), "kernel").orElseThrow().ownOpening()).isFalse();
	}

	@Test
	void anMcsOwnDeadlineKeepsItsCallOpenAfterTheDefaultClosed() {
		openCalls();
		WebClient organiser = signedIn(ORGANISER);
		organiser.submit(PAGE, "/manage/" + EVENT + "/tracks",
				Map.of("name", "Refereed Track", "slug", "refereed", "durations", "45"));

		HttpResponse<String> extended = organiser.submit(PAGE, PAGE + "/kernel",
				Map.of("closesAt", "2027-02-08T12:00", "durations", "20"));

		assertThat(extended.statusCode()).isEqualTo(302);
		clock.set(berlin("2027-02-05T10:00"));
		assertThat(calls.find(event.id(), "kernel").orElseThrow().isOpenAt(clock.instant())).isTrue();
		assertThat(calls.find(event.id(), "kernel").orElseThrow().durations()).containsExactly(20);
		assertThat(calls.find(event.id(), "refereed").orElseThrow().isOpenAt(clock.instant())).isFalse();
		Document page = organiser.page(PAGE);
		assertThat(page.select("table.calls tbody tr").eachText()).containsExactly(
				"Kernel MC 2027-01-10 09:00 Europe/Berlin 2027-02-08 12:00 Europe/Berlin (own) 20 minutes (own) Open now",
				"Refereed Track (plain track) 2027-01-10 09:00 Europe/Berlin 2027-02-01 18:00 Europe/Berlin 45 minutes (own) Closed");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'topic-call' AND object_id = 'kernel'"))
			.isEqualTo(1);
	}

	@Test
	void aStaleSettingsFormIsToldAndDoesNotOverwrite() {
		openCalls();
		WebClient first = signedIn(ORGANISER);
		WebClient second = signedIn(ORGANISER);
		Map<String, String> secondsForm = second.formFields(PAGE, PAGE + "/kernel");
		first.submit(PAGE, PAGE + "/kernel", Map.of("closesAt", "2027-02-08T12:00"));

		secondsForm.put("closesAt", "2027-02-15T12:00");
		HttpResponse<String> stale = second.post(PAGE + "/kernel", secondsForm);

		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(stale.body()).select("#call_kernel [role=alert]").text())
			.startsWith("Someone else changed these settings since you opened the page.");
		assertThat(calls.find(event.id(), "kernel").orElseThrow().closesAt()).isEqualTo(berlin("2027-02-08T12:00"));
	}

	@Test
	void aTrackNeedsASlugNoMcHasAndDurations() {
		WebClient organiser = signedIn(ORGANISER);

		HttpResponse<String> refused = organiser.submit(PAGE, "/manage/" + EVENT + "/tracks",
				Map.of("name", "Refereed Track", "slug", "proposed-mc", "durations", ""));

		Document page = org.jsoup.Jsoup.parse(refused.body());
		assertThat(page.select("#track_slug_error").text())
			.isEqualTo("A microconference or track of this event already has this slug.");
		assertThat(page.select("#track_durations_error").text()).isEqualTo("This field is required.");
		assertThat(count("SELECT COUNT(*) FROM plain_track")).isZero();
	}

	@Test
	void onlyTheEventsOrganisersReachItsCallSettings() {
		assertThat(WebClient.location(anonymous().get(PAGE))).isEqualTo("/login");
		WebClient speaker = signedIn(SPEAKER_A);
		assertThat(speaker.get(PAGE).statusCode()).isEqualTo(404);
		Map<String, String> token = Map.of("_csrf", speaker.page("/login").select("input[name=_csrf]").attr("value"));
		Map<String, String> post = new java.util.HashMap<>(token);
		post.putAll(Map.of("opensAt", "2027-01-10T09:00", "closesAt", "2027-02-01T18:00", "durations", "30", "version",
				"0"));
		assertThat(speaker.post(PAGE, post).statusCode()).isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM topic_call_defaults")).isZero();
	}

	@Test
	void thePublicSeesTheOpenCallsAndTheMcPageLinksToItsFormOnlyWhileItsCallIsOpen() {
		defaultWindow("2027-01-20T09:00", "2027-02-01T18:00", "30");
		String mcPage = "/" + EVENT + "/microconferences/kernel";

		assertThat(anonymous().page(mcPage).select("a:contains(Submit a topic)")).isEmpty();
		assertThat(anonymous().page("/" + EVENT + "/calls").text()).contains("No call for topics is open now.")
			.contains("Kernel MC: from 2027-01-20 09:00 Europe/Berlin until 2027-02-01 18:00 Europe/Berlin");

		clock.set(berlin("2027-01-20T09:00"));
		String anonymousPage = anonymous().get(mcPage).body();
		assertThat(org.jsoup.Jsoup.parse(anonymousPage).select("a:contains(Submit a topic)").attr("href"))
			.isEqualTo("/cfp_conf/calls/kernel/topics/new");
		assertThat(signedIn(SPEAKER_A).get(mcPage).body()).as("the same bytes for every visitor")
			.isEqualTo(anonymousPage);
		assertThat(anonymous().page("/" + EVENT + "/calls").select(".call-list a").eachAttr("href"))
			.containsExactly("/cfp_conf/calls/kernel/topics/new");

		clock.advance(Duration.ofDays(20));
		assertThat(anonymous().page(mcPage).select("a:contains(Submit a topic)")).isEmpty();
	}

}
