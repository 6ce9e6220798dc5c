package org.plumbline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisers set the review phases (the event's default and a call's own) and mark
 * accounts as conflicted with speakers; both are audited, a stale form is told, and
 * anyone else gets 404. {@link ReviewSettingsPostgresTest} runs the same on PostgreSQL.
 */
class ReviewSettingsTest extends ReviewWebTest {

	@Autowired
	TransactionTemplate transactions;

	static final String PHASES = "/manage/" + EVENT + "/reviews";

	static final String CONFLICTS = "/manage/" + EVENT + "/conflicts";

	@Test
	void anOrganiserSetsTheDefaultPhaseAndACallsOwnTypedAsTheCallsFormsTakeItAndEachIsAudited() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> saved = olga.submit(PHASES, PHASES,
				Map.of("opensAt", "2027-04-01T09:00", "closesAt", "2027-04-20T18:00"));
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> own = olga.submit(PHASES, PHASES + "/kernel",
				Map.of("opensAt", "2027-05-01 09:00", "closesAt", "2027-05-02T09:00"));
		assertThat(own.statusCode()).isEqualTo(302);

		Document page = olga.page(PHASES);
		assertThat(page.select("#call_kernel + p").text())
			.isEqualTo("In force: 2027-05-01 09:00 Europe/Berlin to 2027-05-02 09:00 Europe/Berlin (its own).");
		assertThat(page.select("#call_tools + p").text())
			.isEqualTo("In force: 2027-04-01 09:00 Europe/Berlin to 2027-04-20 18:00 Europe/Berlin (the default).");
		assertThat(olga.submit(PHASES, PHASES + "/kernel", Map.of("opensAt", "", "closesAt", "")).statusCode())
			.isEqualTo(302);
		assertThat(olga.page(PHASES).select("#call_kernel + p").text()).endsWith("(the default).");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'review-phase' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("review-phase-set", "review-phase-set", "review-phase-reset");
	}

	@Test
	void aPhaseThatClosesBeforeItOpensOrAStaleFormIsTold() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> backwards = olga.submit(PHASES, PHASES,
				Map.of("opensAt", "2027-04-20T09:00", "closesAt", "2027-04-01T09:00"));
		assertThat(Jsoup.parse(backwards.body()).select("#closesAt_error").text())
			.isEqualTo("The review phase must close after it opens.");
		HttpResponse<String> malformed = olga.submit(PHASES, PHASES,
				Map.of("opensAt", "next week", "closesAt", "2027-04-01T09:00"));
		assertThat(Jsoup.parse(malformed.body()).select("#opensAt_error").text())
			.isEqualTo("Give a date and time such as 2027-03-01T18:00.");

		Map<String, String> opened = olga.formFields(PHASES, PHASES);
		olga.submit(PHASES, PHASES, Map.of("opensAt", "2027-04-01T09:00", "closesAt", "2027-04-20T18:00"));
		opened.put("opensAt", "2027-06-01T09:00");
		opened.put("closesAt", "2027-06-20T18:00");
		HttpResponse<String> stale = olga.post(PHASES, opened);

		assertThat(Jsoup.parse(stale.body()).select(".form-error").text()).startsWith(ReviewPhases.STALE);
		assertThat(Jsoup.parse(stale.body()).select("#opensAt").attr("value")).isEqualTo("2027-06-01T09:00");
		assertThat(olga.page(PHASES).select("main > p").eachText())
			.contains("Now: 2027-04-01 09:00 Europe/Berlin to 2027-04-20 18:00 Europe/Berlin.");
	}

	@Test
	void anOrganiserMarksAndUnmarksAConflictAndTheReviewerStopsAndStartsSeeingTheTopic() {
		long topic = topic(kernelId, "Ana's", speakerAId);
		WebClient olga = signedIn(ORGANISER);
		WebClient rita = signedIn(REVIEWER_KERNEL);
		assertThat(rita.get(topicPath(topic)).statusCode()).isEqualTo(200);

		HttpResponse<String> marked = olga.submit(CONFLICTS, CONFLICTS, Map.of("email", "RITA@review.test", "personId",
				Long.toString(personOf(speakerAId)), "reason", "Same employer"));

		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(olga.page(CONFLICTS).select("table.conflicts tbody tr").eachText()).singleElement()
			.asString()
			.startsWith(
					"Rita Reviewer (rita@review.test) Ana Speaker Administrative: marked by an organiser Same employer");
		assertThat(rita.get(topicPath(topic)).statusCode()).isEqualTo(404);

		long mark = count("SELECT id FROM conflict_mark");
		assertThat(olga.submit(CONFLICTS, CONFLICTS + "/" + mark + "/remove", Map.of()).statusCode()).isEqualTo(302);
		assertThat(rita.get(topicPath(topic)).statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'conflict-mark' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("conflict-marked", "conflict-unmarked");
	}

	@Test
	void aPairMarkedByAnotherOrganiserAtTheSameMomentIsToldBesideTheFieldAndMarkedOnce() throws Exception {
		topic(kernelId, "Ana's", speakerAId);
		WebClient olga = signedIn(ORGANISER);
		// The form is read before the competing mark is written, so that only the post
		// can wait on it: reading the page meanwhile could be what the lock check sees.
		Map<String, String> fields = olga.formFields(CONFLICTS, CONFLICTS);
		fields.putAll(Map.of("email", REVIEWER_KERNEL, "personId", Long.toString(personOf(speakerAId)), "reason",
				"Same employer"));
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			List<Future<HttpResponse<String>>> competing = new ArrayList<>();
			transactions.executeWithoutResult(status -> {
				jdbc.sql("""
						INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_by, marked_at)
						VALUES (?, ?, ?, 'First', ?, CURRENT_TIMESTAMP)""")
					.params(event.id(), reviewerKernelId, personOf(speakerAId), organiserId)
					.update();
				long holder = LockWaits.session(jdbc);
				competing.add(thread.submit(() -> olga.post(CONFLICTS, fields)));
				LockWaits.awaitBlockedOrDone(jdbc, holder, competing.get(0));
			});
			HttpResponse<String> told = competing.get(0).get(30, TimeUnit.SECONDS);

			assertThat(told.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(told.body()).select("#personId_error").text())
				.isEqualTo("Another organiser marked this account as conflicted with this person just now.");
			assertThat(count("SELECT COUNT(*) FROM conflict_mark")).isEqualTo(1);
		}
		finally {
			thread.shutdownNow();
		}
	}

	@Test
	void anOrganiserMarkedAsConflictedCannotRemoveTheMarkNamingThem() {
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_at)
				VALUES (?, ?, ?, 'Same employer', CURRENT_TIMESTAMP)""")
			.params(event.id(), organiserId, personOf(speakerAId))
			.update();
		long mark = count("SELECT id FROM conflict_mark");
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> refused = olga.submit(CONFLICTS, CONFLICTS + "/" + mark + "/remove", Map.of());

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select(".form-error").text()).startsWith("This mark names you");
		assertThat(count("SELECT COUNT(*) FROM conflict_mark")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'conflict-mark'")).isZero();
	}

	@Test
	void aConflictFormWithAnUnknownAddressNoSpeakerNoReasonOrATwiceMarkedPairIsToldBesideItsFields() {
		topic(kernelId, "Ana's", speakerAId);
		WebClient olga = signedIn(ORGANISER);

		Document refused = Jsoup.parse(olga
			.submit(CONFLICTS, CONFLICTS, Map.of("email", "nobody@review.test", "personId", "-1", "reason", " "))
			.body());
		assertThat(refused.select("#email_error").text()).isEqualTo("No account has this address.");
		assertThat(refused.select("#personId_error").text()).isEqualTo("Choose a speaker of this event.");
		assertThat(refused.select("#reason_error").text()).isEqualTo("This field is required.");

		Map<String, String> mark = Map.of("email", REVIEWER_KERNEL, "personId", Long.toString(personOf(speakerAId)),
				"reason", "Same employer");
		assertThat(olga.submit(CONFLICTS, CONFLICTS, mark).statusCode()).isEqualTo(302);
		Document twice = Jsoup.parse(olga.submit(CONFLICTS, CONFLICTS, mark).body());
		assertThat(twice.select("#personId_error").text())
			.isEqualTo("This account is marked as conflicted with Ana Speaker already.");
		assertThat(count("SELECT COUNT(*) FROM conflict_mark")).isEqualTo(1);
	}

	@Test
	void onlyOrganisersSeeOrChangeThesePages() {
		for (String who : List.of(LEAD_KERNEL, REVIEWER_KERNEL, SPEAKER_A)) {
			WebClient client = signedIn(who);
			assertThat(client.get(PHASES).statusCode()).as(who).isEqualTo(404);
			assertThat(client.get(CONFLICTS).statusCode()).as(who).isEqualTo(404);
			assertThat(client
				.postWithToken(PHASES,
						Map.of("opensAt", "2027-04-01T09:00", "closesAt", "2027-04-20T18:00", "version", "1"))
				.statusCode()).as(who).isEqualTo(404);
			assertThat(
					client.postWithToken(CONFLICTS, Map.of("email", who, "personId", "1", "reason", "x")).statusCode())
				.as(who)
				.isEqualTo(404);
		}
		assertThat(count("SELECT COUNT(*) FROM conflict_mark")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry")).isZero();
	}

}
