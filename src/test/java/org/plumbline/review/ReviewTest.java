package org.plumbline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.DecisionVersions;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leads and reviewers of an MC review its topics, and only its topics; nobody sees a
 * topic they submit, co-speak on, or were marked as conflicted with, in any list, count
 * or mean, and its page does not exist for them. One review per reviewer and topic,
 * scored -2..+2, saved while the review phase is open. {@link ReviewPostgresTest} runs
 * the same on PostgreSQL.
 */
class ReviewTest extends ReviewWebTest {

	@Autowired
	Reviews reviews;

	@Test
	void aLeadSeesTheirMcsTopicsWithCountsMeansAndTheirOwnScore() {
		long first = topic(kernelId, "Page tables", speakerAId);
		long second = topic(kernelId, "Schedulers", speakerBId);
		topic(toolsId, "Compilers", speakerAId);
		review(first, reviewerKernelId, 2);
		review(first, organiserId, -1);
		review(first, leadKernelId, 1);

		Document dashboard = signedIn(LEAD_KERNEL).page(KERNEL);

		assertThat(dashboard.select("table.review-topics td.topic-title").eachText()).containsExactly("Page tables",
				"Schedulers");
		assertThat(dashboard.select("#topic_" + first + " td").eachText()).containsExactly("Page tables", "Ana Speaker",
				"Submitted", "3", "+0.7", "+1");
		assertThat(dashboard.select("#topic_" + second + " td").eachText()).containsExactly("Schedulers", "Ben Speaker",
				"Submitted", "0", "–", "–");
		assertThat(dashboard.select("#count_total").text()).isEqualTo("2");
		assertThat(dashboard.select("#count_SUBMITTED").text()).isEqualTo("2");
	}

	@Test
	void theDashboardSortsAndFilters() {
		long low = topic(kernelId, "B low", speakerAId);
		long high = topic(kernelId, "C high", speakerBId);
		long none = topic(kernelId, "A none", speakerBId);
		review(low, reviewerKernelId, -2);
		review(high, reviewerKernelId, 2);
		review(high, organiserId, 1);
		WebClient lena = signedIn(LEAD_KERNEL);
		review(low, leadKernelId, 0);

		assertThat(titles(lena.page(KERNEL + "?sort=mean"))).containsExactly("C high", "B low", "A none");
		assertThat(titles(lena.page(KERNEL + "?sort=title"))).containsExactly("A none", "B low", "C high");
		assertThat(titles(lena.page(KERNEL + "?sort=reviews"))).containsExactly("A none", "B low", "C high");
		assertThat(titles(lena.page(KERNEL + "?sort=submitted"))).containsExactly("B low", "C high", "A none");
		assertThat(titles(lena.page(KERNEL + "?mine=reviewed"))).containsExactly("B low");
		assertThat(titles(lena.page(KERNEL + "?mine=unreviewed&sort=title"))).containsExactly("A none", "C high");
		jdbc.sql("UPDATE topic SET state = 'WITHDRAWN' WHERE id = ?").param(none).update();
		assertThat(titles(lena.page(KERNEL + "?state=WITHDRAWN"))).containsExactly("A none");
		assertThat(titles(lena.page(KERNEL + "?state=nonsense&sort=nonsense"))).containsExactly("B low", "C high",
				"A none");
	}

	@Test
	void aLeadOfAnotherMcAndASpeakerGetNotFoundForTheDashboardTheTopicAndItsReviews() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		review(topic, reviewerKernelId, 2);

		for (String who : List.of(LEAD_TOOLS, SPEAKER_A, SPEAKER_B)) {
			WebClient client = signedIn(who);
			assertThat(client.get(KERNEL).statusCode()).as(who).isEqualTo(404);
			HttpResponse<String> page = client.get(topicPath(topic));
			assertThat(page.statusCode()).as(who).isEqualTo(404);
			assertThat(page.body()).doesNotContain("Secret note").doesNotContain("Seen.");
			assertThat(client.postWithToken(topicPath(topic), Map.of("score", "2", "version", "")).statusCode()).as(who)
				.isEqualTo(404);
		}
		assertThat(signedIn(LEAD_TOOLS).page("/review/" + EVENT).select("table.review-calls td:first-child").eachText())
			.containsExactly("Tools MC");
		assertThat(count("SELECT COUNT(*) FROM review")).isEqualTo(1);
	}

	@Test
	void theTopicPageShowsTheAbstractTheNotesAndTheOtherReviews() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		review(topic, reviewerKernelId, 2);

		Document page = signedIn(LEAD_KERNEL).page(topicPath(topic));

		assertThat(page.select(".topic-abstract strong").text()).isEqualTo("it");
		assertThat(page.select(".topic-notes").text()).isEqualTo("Secret note for the leads.");
		assertThat(page.select("li.review").eachText()).singleElement().asString().startsWith("+2 · Rita Reviewer");
	}

	@Test
	void reviewersSeeTheSpeakersAnswersToCurrentAndRetiredQuestionsButNotOnATopicTheyAreConflictedWith() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		long own = topic(kernelId, "Rita's own", reviewerKernelId);
		long current = question(1, "Which kernel version?", null);
		long retired = question(2, "Slides ready?", "2027-03-01T00:00:00Z");
		for (long answered : List.of(topic, own)) {
			answer(answered, current, "6.12");
			answer(answered, retired, "Not yet");
		}

		Document page = signedIn(REVIEWER_KERNEL).page(topicPath(topic));

		assertThat(page.select(".topic-answers dt").eachText()).containsExactly("Which kernel version?",
				"Slides ready? (no longer asked)");
		assertThat(page.select(".topic-answers dd").eachText()).containsExactly("6.12", "Not yet");
		assertThat(signedIn(LEAD_KERNEL).page(topicPath(topic)).select(".topic-answers dd").eachText())
			.containsExactly("6.12", "Not yet");
		assertThat(signedIn(REVIEWER_KERNEL).get(topicPath(own)).statusCode()).isEqualTo(404);
	}

	private long question(int position, String label, String retiredAt) {
		jdbc.sql("""
				INSERT INTO call_question (event_id, microconference_id, position, kind, label, required, retired_at)
				VALUES (?, ?, ?, 'TEXT', ?, FALSE, CAST(? AS TIMESTAMP WITH TIME ZONE))""")
			.params(event.id(), kernelId, position, label, retiredAt)
			.update();
		return count("SELECT id FROM call_question WHERE label = ?", label);
	}

	private void answer(long topicId, long questionId, String answer) {
		jdbc.sql("INSERT INTO topic_answer (topic_id, question_id, answer) VALUES (?, ?, ?)")
			.params(topicId, questionId, answer)
			.update();
	}

	@Test
	void aReviewerConflictedWithATopicDoesNotSeeItAnywhereAndCannotOpenOrReviewIt() {
		long own = topic(kernelId, "Rita's own", reviewerKernelId);
		long coSpoken = topic(kernelId, "Ben and Rita", speakerBId, reviewerKernelId);
		long marked = topic(kernelId, "Ana's", speakerAId);
		long clean = topic(kernelId, "Clean", speakerBId);
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_by, marked_at)
				VALUES (?, ?, ?, 'Same employer', ?, CURRENT_TIMESTAMP)""")
			.params(event.id(), reviewerKernelId, personOf(speakerAId), organiserId)
			.update();
		for (long topic : List.of(own, coSpoken, marked, clean)) {
			review(topic, leadKernelId, 2);
		}
		WebClient rita = signedIn(REVIEWER_KERNEL);

		Document dashboard = rita.page(KERNEL);

		assertThat(titles(dashboard)).containsExactly("Clean");
		assertThat(dashboard.select("#count_total").text()).isEqualTo("1");
		assertThat(dashboard.select("#count_SUBMITTED").text()).isEqualTo("1");
		for (long topic : List.of(own, coSpoken, marked)) {
			assertThat(rita.get(topicPath(topic)).statusCode()).isEqualTo(404);
			assertThat(rita.postWithToken(topicPath(topic), Map.of("score", "2", "version", "")).statusCode())
				.isEqualTo(404);
		}
		assertThat(count("SELECT COUNT(*) FROM review WHERE reviewer_id = ?", reviewerKernelId)).isZero();
		assertThat(rita.page(topicPath(clean)).select("h1").text()).isEqualTo("Clean");
	}

	@Test
	void theEventsAuditLogLeavesOutTheReviewsAndDecisionOfATopicTheOrganiserSpeaksOnButAnotherOrganiserReadsThem() {
		long own = topic(kernelId, "Olga's own", speakerAId, organiserId);
		long clean = topic(kernelId, "Clean", speakerBId);
		for (long topic : List.of(own, clean)) {
			reviews.save(reviewerKernelId, event, "kernel", topic, null, new ReviewInput("2", "Strong."));
			reviews.decide(leadKernelId, event, "kernel",
					Map.of(topic,
							new DecisionVersions((int) count("SELECT version FROM topic WHERE id = ?", topic), 0)),
					org.plumbline.cfp.TopicState.ACCEPTED);
		}
		long ownReview = count("SELECT id FROM review WHERE topic_id = ?", own);
		long cleanReview = count("SELECT id FROM review WHERE topic_id = ?", clean);
		long oscarId = accounts.account("oscar@review.test", "Oscar Organiser");
		accounts.grant(event.id(), oscarId, EventRole.ORGANISER, null);
		try {
			List<String> olgaReads = signedIn(ORGANISER).page("/manage/" + EVENT + "/audit")
				.select(".audit-what a:last-child")
				.eachText();
			List<String> oscarReads = signedIn("oscar@review.test").page("/manage/" + EVENT + "/audit")
				.select(".audit-what a:last-child")
				.eachText();

			assertThat(olgaReads).contains("topic " + clean, "review " + cleanReview)
				.doesNotContain("topic " + own, "review " + ownReview);
			assertThat(oscarReads).contains("topic " + clean, "review " + cleanReview, "topic " + own,
					"review " + ownReview);
			assertThat(signedIn(ORGANISER).page("/manage/" + EVENT + "/audit?type=review&object=" + ownReview)
				.select(".audit-entry")).isEmpty();
		}
		finally {
			jdbc.sql("DELETE FROM event_role WHERE account_id = ?").params(oscarId).update();
		}
	}

	@Test
	void aReviewBySomeoneMarkedConflictedLaterLeavesTheCountAndTheMean() {
		long topic = topic(kernelId, "Ana's", speakerAId);
		review(topic, reviewerKernelId, -2);
		review(topic, organiserId, 2);
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_by, marked_at)
				VALUES (?, ?, ?, 'Same employer', ?, CURRENT_TIMESTAMP)""")
			.params(event.id(), reviewerKernelId, personOf(speakerAId), organiserId)
			.update();

		Document dashboard = signedIn(LEAD_KERNEL).page(KERNEL);

		assertThat(dashboard.select("#topic_" + topic + " td").eachText()).containsSubsequence("1", "+2.0");
		assertThat(signedIn(LEAD_KERNEL).page(topicPath(topic)).select("li.review").eachText()).singleElement()
			.asString()
			.contains("Olga Organiser");
	}

	@Test
	void aReviewerSavesAReviewAndChangesItAndEachIsAudited() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		WebClient rita = signedIn(REVIEWER_KERNEL);

		HttpResponse<String> saved = rita.submit(topicPath(topic), topicPath(topic),
				Map.of("score", "1", "comment", "Good *start*."));
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> changed = rita.submit(topicPath(topic), topicPath(topic), Map.of("score", "-1"));
		assertThat(changed.statusCode()).isEqualTo(302);

		assertThat(jdbc.sql("SELECT score FROM review WHERE reviewer_id = ?")
			.param(reviewerKernelId)
			.query(Integer.class)
			.single()).isEqualTo(-1);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'review' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("reviewed", "review-changed");
		Document page = rita.page(topicPath(topic));
		assertThat(page.select("input[name=score][checked]").attr("value")).isEqualTo("-1");
		assertThat(page.select("textarea[name=comment]").text()).isEqualTo("Good *start*.");
		assertThat(page.select("li.review")).isEmpty();
	}

	@Test
	void aScoreOutsideMinusTwoToPlusTwoIsRefusedBesideTheField() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		WebClient rita = signedIn(REVIEWER_KERNEL);

		for (String score : List.of("3", "-3", "", "two", "1.5")) {
			HttpResponse<String> refused = rita.submit(topicPath(topic), topicPath(topic), Map.of("score", score));
			assertThat(refused.statusCode()).as(score).isEqualTo(200);
			assertThat(Jsoup.parse(refused.body()).select("#score_error").text()).as(score)
				.isEqualTo("Choose a score from -2 to +2.");
		}
		HttpResponse<String> control = rita.submit(topicPath(topic), topicPath(topic),
				Map.of("score", "1", "comment", "bad\u0000byte"));
		assertThat(Jsoup.parse(control.body()).select("#comment_error").text()).contains("control character");
		assertThat(count("SELECT COUNT(*) FROM review")).isZero();
	}

	@Test
	void outsideTheReviewPhaseAReviewIsRefusedWithItsDatesInTheEventsZone() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		WebClient rita = signedIn(REVIEWER_KERNEL);

		clock.set(berlin("2027-03-31T18:00"));
		HttpResponse<String> closed = rita.submit(topicPath(topic), topicPath(topic), Map.of("score", "1"));
		assertThat(Jsoup.parse(closed.body()).select(".form-error").text()).isEqualTo(
				"The review phase of Kernel MC closed on 2027-03-31 18:00 Europe/Berlin; reviews can no longer be saved or changed.");

		clock.set(berlin("2027-03-01T08:59"));
		HttpResponse<String> early = rita.submit(topicPath(topic), topicPath(topic), Map.of("score", "1"));
		assertThat(Jsoup.parse(early.body()).select(".form-error").text())
			.isEqualTo("The review phase of Kernel MC opens on 2027-03-01 09:00 Europe/Berlin; reviews cannot be saved "
					+ "before then.");

		jdbc.sql("DELETE FROM review_phase_defaults").update();
		HttpResponse<String> unset = rita.submit(topicPath(topic), topicPath(topic), Map.of("score", "1"));
		assertThat(Jsoup.parse(unset.body()).select(".form-error").text())
			.isEqualTo("The review phase of Kernel MC has no dates yet; reviews cannot be saved.");
		assertThat(count("SELECT COUNT(*) FROM review")).isZero();
	}

	@Test
	void aCallsOwnReviewPhaseOverridesTheEventsDefault() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		jdbc.sql("""
				INSERT INTO review_phase (event_id, microconference_id, call_key, opens_at, closes_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(event.id(), kernelId, "mc:" + kernelId,
					berlin("2027-04-01T09:00").atOffset(java.time.ZoneOffset.UTC),
					berlin("2027-04-10T09:00").atOffset(java.time.ZoneOffset.UTC))
			.update();
		WebClient rita = signedIn(REVIEWER_KERNEL);

		HttpResponse<String> early = rita.submit(topicPath(topic), topicPath(topic), Map.of("score", "1"));
		assertThat(Jsoup.parse(early.body()).select(".form-error").text()).contains("opens on 2027-04-01 09:00");

		clock.set(berlin("2027-04-05T12:00"));
		assertThat(rita.submit(topicPath(topic), topicPath(topic), Map.of("score", "1")).statusCode()).isEqualTo(302);
	}

	@Test
	void twoClicksOnTheSameFormSaveOneReview() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		WebClient rita = signedIn(REVIEWER_KERNEL);
		Map<String, String> form = rita.formFields(topicPath(topic), topicPath(topic));
		form.put("score", "2");
		form.put("comment", "Yes.");

		assertThat(rita.post(topicPath(topic), form).statusCode()).isEqualTo(302);
		assertThat(rita.post(topicPath(topic), form).statusCode()).isEqualTo(302);

		assertThat(count("SELECT COUNT(*) FROM review")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'review'")).isEqualTo(1);
	}

	@Test
	void twoFirstReviewsAtOnceMakeOneRow() throws Exception {
		long topic = topic(kernelId, "Page tables", speakerAId);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Review>> saves = List.of(1, 2).stream().map(n -> threads.submit(() -> {
				start.await();
				return reviews.save(reviewerKernelId, event, "kernel", topic, null, new ReviewInput("2", "Same."));
			})).toList();
			start.countDown();
			assertThat(saves.get(0).get(30, TimeUnit.SECONDS).id())
				.isEqualTo(saves.get(1).get(30, TimeUnit.SECONDS).id());
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(count("SELECT COUNT(*) FROM review")).isEqualTo(1);
	}

	@Test
	void aStaleEditIsToldAndKeepsWhatWasTyped() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		WebClient firstTab = signedIn(REVIEWER_KERNEL);
		assertThat(firstTab.submit(topicPath(topic), topicPath(topic), Map.of("score", "1")).statusCode())
			.isEqualTo(302);
		Map<String, String> opened = firstTab.formFields(topicPath(topic), topicPath(topic));
		assertThat(firstTab.submit(topicPath(topic), topicPath(topic), Map.of("score", "2")).statusCode())
			.isEqualTo(302);

		opened.put("score", "-2");
		opened.put("comment", "Changed my mind.");
		HttpResponse<String> stale = firstTab.post(topicPath(topic), opened);

		Document page = Jsoup.parse(stale.body());
		assertThat(page.select(".form-error").text()).startsWith(Reviews.STALE);
		assertThat(page.select("input[name=score][checked]").attr("value")).isEqualTo("-2");
		assertThat(page.select("textarea[name=comment]").text()).isEqualTo("Changed my mind.");
		assertThat(count("SELECT score FROM review")).isEqualTo(2);
		assertThat(firstTab.post(topicPath(topic), Map.of("_csrf", opened.get("_csrf"), "score", "-2", "version",
				page.select("input[name=version]").attr("value")))
			.statusCode()).isEqualTo(302);
		assertThat(count("SELECT score FROM review")).isEqualTo(-2);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		assertThat(anonymous().get(KERNEL).statusCode()).isEqualTo(302);
		assertThat(WebClient.location(anonymous().get(KERNEL))).endsWith("/login");
		assertThat(WebClient.location(anonymous().get("/review"))).endsWith("/login");
	}

	@Test
	void theCallsPageListsEveryCallAnOrganiserReviewsAndOnlyTheirOwnToOthers() {
		assertThat(signedIn(ORGANISER).page("/review/" + EVENT).select("table.review-calls td:first-child").eachText())
			.containsExactly("Kernel MC", "Tools MC");
		assertThat(signedIn(REVIEWER_KERNEL).page("/review").select("ul.review-calls li a").eachText())
			.containsExactly("Kernel MC");
		assertThat(signedIn(SPEAKER_A).page("/review/" + EVENT).select("table.review-calls")).isEmpty();
	}

	@Test
	void aPlainTracksReviewerReviewsItsTopicsButDecidesNothing() {
		// A track's session in a timetable refuses the track's deletion (V23).
		jdbc.sql("DELETE FROM timetable_session WHERE plain_track_id IS NOT NULL").update();
		jdbc.sql("DELETE FROM plain_track").update();
		jdbc.sql(
				"INSERT INTO plain_track (event_id, slug, name, durations) VALUES (?, 'refereed', 'Refereed Track', '45')")
			.param(event.id())
			.update();
		long track = count("SELECT id FROM plain_track WHERE slug = 'refereed'");
		jdbc.sql("""
				INSERT INTO event_role (event_id, account_id, role, plain_track_id, scope_key, granted_at)
				VALUES (?, ?, 'REVIEWER', ?, ?, CURRENT_TIMESTAMP)""")
			.params(event.id(), leadToolsId, track, "track:" + track)
			.update();
		String key = java.util.UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, plain_track_id, state, title, abstract, duration_minutes,
				                   submitted_by, submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, 'SUBMITTED', 'Refereed talk', 'About it.', 45, ?, ?, CURRENT_TIMESTAMP,
				        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.params(java.util.UUID.randomUUID(), event.id(), track, speakerAId, key)
			.update();
		long topic = count("SELECT id FROM topic WHERE submission_key = ?", key);
		String refereed = "/review/" + EVENT + "/refereed";
		WebClient tom = signedIn(LEAD_TOOLS);

		assertThat(titles(tom.page(refereed))).containsExactly("Refereed talk");
		assertThat(tom.submit(refereed + "/topics/" + topic, refereed + "/topics/" + topic, Map.of("score", "1"))
			.statusCode()).isEqualTo(302);
		assertThat(tom.postWithToken(refereed + "/decisions", Map.of("topic", topic + ":0:0", "decision", "ACCEPTED"))
			.statusCode()).isEqualTo(404);
		assertThat(signedIn(REVIEWER_KERNEL).get(refereed).statusCode()).isEqualTo(404);
		assertThat(signedIn(LEAD_KERNEL).get(refereed + "/topics/" + topic).statusCode()).isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM review WHERE reviewer_id = ?", leadToolsId)).isEqualTo(1);
	}

	private static List<String> titles(Document dashboard) {
		return dashboard.select("table.review-topics td.topic-title").eachText();
	}

}
