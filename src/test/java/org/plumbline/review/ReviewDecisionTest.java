package org.plumbline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;

/**
 * From the review dashboard, the leads of an MC and the organisers record decisions on
 * one topic or on several at once (all or nothing) through cfp's decision facade, then
 * announce them; reviewers, speakers and anyone conflicted with a topic may not.
 * {@link ReviewDecisionPostgresTest} runs the same on PostgreSQL.
 */
class ReviewDecisionTest extends ReviewWebTest {

	@Test
	void aLeadRecordsDecisionsQuietlyThenAnnouncesThem() {
		long first = topic(kernelId, "Page tables", speakerAId);
		long second = topic(kernelId, "Schedulers", speakerBId);
		long third = topic(kernelId, "Filesystems", speakerBId);
		WebClient lena = signedIn(LEAD_KERNEL);

		HttpResponse<String> one = lena.submit(topicPath(first), KERNEL + "/decisions", Map.of("decision", "ACCEPTED"));
		assertThat(WebClient.location(one)).endsWith(topicPath(first));
		HttpResponse<String> bulk = lena.post(KERNEL + "/decisions",
				Map.of("_csrf", csrfOf(lena), "topic", chosen(second), "decision", "WAITLISTED"));
		assertThat(bulk.statusCode()).isEqualTo(302);
		assertThat(pending(first)).isEqualTo("ACCEPTED");
		assertThat(pending(second)).isEqualTo("WAITLISTED");
		assertThat(pending(third)).isNull();
		Document dashboard = lena.page(KERNEL);
		assertThat(dashboard.select("#pending_ACCEPTED").text()).isEqualTo("1");
		assertThat(dashboard.select("#pending_WAITLISTED").text()).isEqualTo("1");
		assertThat(dashboard.select("#count_SUBMITTED").text()).isEqualTo("3");
		assertThat(count("SELECT COUNT(*) FROM mail_outbox")).isZero();

		HttpResponse<String> announced = lena.submit(KERNEL, KERNEL + "/announce", Map.of());

		assertThat(announced.statusCode()).isEqualTo(302);
		assertThat(lena.page(KERNEL).select(".form-notice").text())
			.isEqualTo("Announced: 1 accepted, 0 rejected, 1 wait-listed; 2 mails queued to the speakers.");
		assertThat(state(first)).isEqualTo("ACCEPTED");
		assertThat(state(second)).isEqualTo("WAITLISTED");
		assertThat(state(third)).isEqualTo("SUBMITTED");
	}

	@Test
	void announcingOneAcceptanceTellsOfOneMail() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		WebClient lena = signedIn(LEAD_KERNEL);
		lena.submit(topicPath(topic), KERNEL + "/decisions", Map.of("decision", "ACCEPTED"));

		lena.submit(KERNEL, KERNEL + "/announce", Map.of());

		assertThat(lena.page(KERNEL).select(".form-notice").text())
			.isEqualTo("Announced: 1 accepted, 0 rejected, 0 wait-listed; 1 mail queued to the speakers.");
	}

	@Test
	void aLeadReadsTheBudgetAboveTheTopicsTable() {
		topic(kernelId, "Page tables", speakerAId);

		Document dashboard = signedIn(LEAD_KERNEL).page(KERNEL);

		assertThat(dashboard.select("h2").eachText()).containsExactly("Counts", "Budget", "Topics", "Announce");
	}

	@Test
	void severalTopicsAreDecidedAllOrNothing() {
		long first = topic(kernelId, "Page tables", speakerAId);
		long second = topic(kernelId, "Schedulers", speakerBId);
		WebClient lena = signedIn(LEAD_KERNEL);
		String csrf = csrfOf(lena);

		HttpResponse<String> stale = lena.post(KERNEL + "/decisions" + "?topic=" + chosen(first),
				Map.of("_csrf", csrf, "topic", second + ":" + (version(second) + 1) + ":0", "decision", "REJECTED"));

		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(pending(first)).isNull();
		assertThat(pending(second)).isNull();
		assertThat(lena.page(KERNEL).select(".form-error").text()).endsWith("Nothing was recorded.");

		jdbc.sql("UPDATE topic SET state = 'WITHDRAWN' WHERE id = ?").param(second).update();
		lena.post(KERNEL + "/decisions?topic=" + chosen(first),
				Map.of("_csrf", csrf, "topic", chosen(second), "decision", "ACCEPTED"));
		assertThat(pending(first)).isNull();
		assertThat(lena.page(KERNEL).select(".form-error").text()).contains("withdrawn")
			.endsWith("Nothing was recorded.");

		lena.post(KERNEL + "/decisions", Map.of("_csrf", csrf, "decision", "ACCEPTED"));
		assertThat(lena.page(KERNEL).select(".form-error").text())
			.isEqualTo("Choose at least one topic to decide. Nothing was recorded.");
	}

	@Test
	void ofALeadAndAnOrganiserDecidingFromPagesOpenedAtTheSameMomentTheSecondIsToldAndNothingIsOverwritten() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		WebClient lena = signedIn(LEAD_KERNEL);
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> lenasTopicPage = lena.formFields(topicPath(topic), KERNEL + "/decisions");
		String olgasCheckbox = olga.page(KERNEL).select("#topic_" + topic + " input[name=topic]").attr("value");
		String olgasToken = csrfOf(olga);

		lenasTopicPage.put("decision", "ACCEPTED");
		lena.post(KERNEL + "/decisions", lenasTopicPage);
		HttpResponse<String> second = olga.post(KERNEL + "/decisions",
				Map.of("_csrf", olgasToken, "topic", olgasCheckbox, "decision", "REJECTED"));

		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(olga.page(KERNEL).select(".form-error").text())
			.isEqualTo("This topic was changed since you opened it: look at it again before you decide. "
					+ "Nothing was recorded.");
		assertThat(pending(topic)).isEqualTo("ACCEPTED");
		assertThat(count("SELECT COUNT(*) FROM topic WHERE decided_by = ?", leadKernelId)).isOne();
	}

	@Test
	void aLeadDecidingFromADashboardOpenedBeforeTheSpeakerChangedTheTopicIsTold() {
		long topic = topic(kernelId, "Page tables", speakerAId);
		WebClient lena = signedIn(LEAD_KERNEL);
		String checkbox = lena.page(KERNEL).select("#topic_" + topic + " input[name=topic]").attr("value");
		String token = csrfOf(lena);
		jdbc.sql("UPDATE topic SET abstract = 'Now about huge pages.', version = version + 1 WHERE id = ?")
			.param(topic)
			.update();

		lena.post(KERNEL + "/decisions", Map.of("_csrf", token, "topic", checkbox, "decision", "ACCEPTED"));

		assertThat(lena.page(KERNEL).select(".form-error").text())
			.startsWith("This topic was changed since you opened it")
			.endsWith("Nothing was recorded.");
		assertThat(pending(topic)).isNull();
	}

	@Test
	void aReviewerASpeakerAndALeadOfAnotherMcGetNotFoundFromTheDecisionEndpoints() {
		long topic = topic(kernelId, "Page tables", speakerAId);

		for (String who : List.of(REVIEWER_KERNEL, SPEAKER_A, LEAD_TOOLS)) {
			WebClient client = signedIn(who);
			assertThat(
					client.postWithToken(KERNEL + "/decisions", Map.of("topic", chosen(topic), "decision", "ACCEPTED"))
						.statusCode())
				.as(who)
				.isEqualTo(404);
			assertThat(client.postWithToken(KERNEL + "/announce", Map.of()).statusCode()).as(who).isEqualTo(404);
		}
		assertThat(signedIn(REVIEWER_KERNEL).page(KERNEL).select("input[name=topic], form[action$=announce]"))
			.isEmpty();
		assertThat(pending(topic)).isNull();
	}

	@Test
	void aLeadConflictedWithATopicCannotDecideItNorAnnounceADecisionOnIt() {
		long own = topic(kernelId, "Lena's own", leadKernelId);
		long other = topic(kernelId, "Schedulers", speakerBId);
		WebClient lena = signedIn(LEAD_KERNEL);

		HttpResponse<String> refused = lena.postWithToken(KERNEL + "/decisions",
				Map.of("topic", chosen(own), "decision", "ACCEPTED"));
		assertThat(refused.statusCode()).isEqualTo(404);
		HttpResponse<String> mixed = lena.postWithToken(KERNEL + "/decisions?topic=" + chosen(other),
				Map.of("topic", chosen(own), "decision", "ACCEPTED"));
		assertThat(mixed.statusCode()).isEqualTo(404);
		assertThat(pending(own)).isNull();
		assertThat(pending(other)).isNull();

		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.submit(KERNEL, KERNEL + "/decisions", Map.of("topic", chosen(own), "decision", "ACCEPTED"))
			.statusCode()).isEqualTo(302);
		assertThat(pending(own)).isEqualTo("ACCEPTED");
		lena.postWithToken(KERNEL + "/announce", Map.of());
		assertThat(lena.page(KERNEL).select(".form-error").text()).startsWith("A decision is recorded on a topic you");
		assertThat(state(own)).isEqualTo("SUBMITTED");

		olga.postWithToken(KERNEL + "/announce", Map.of());
		assertThat(state(own)).isEqualTo("ACCEPTED");
	}

	@Test
	void theBudgetOffersTheFirstWaitListedTopicThatFitsUnlessTheViewerIsConflictedWithIt() {
		long accepted = topic(kernelId, "Page tables", speakerAId);
		long waiting = topic(kernelId, "Schedulers", speakerBId);
		jdbc.sql("UPDATE topic SET state = 'ACCEPTED', duration_minutes = 150 WHERE id = ?").param(accepted).update();
		jdbc.sql("UPDATE topic SET state = 'WAITLISTED' WHERE id = ?").param(waiting).update();

		Document dashboard = signedIn(LEAD_KERNEL).page(KERNEL);
		assertThat(dashboard.select("#budget").text()).startsWith("150 of 180 minutes used");
		assertThat(dashboard.select("#budget_fits").text()).isEqualTo("Schedulers");

		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_at)
				VALUES (?, ?, ?, 'Same employer', CURRENT_TIMESTAMP)""")
			.params(event.id(), leadKernelId, personOf(speakerBId))
			.update();
		assertThat(signedIn(LEAD_KERNEL).page(KERNEL).select("#budget_fits")).isEmpty();
	}

	@Test
	void theBudgetCountsRecordedAcceptancesApartAndNeverOffersATopicWithARecordedDecision() {
		long accepted = topic(kernelId, "Page tables", speakerAId);
		long recorded = topic(kernelId, "Folios", speakerAId);
		long waitingDecided = topic(kernelId, "Schedulers", speakerBId);
		topic(kernelId, "Swap", speakerBId);
		jdbc.sql("UPDATE topic SET state = 'ACCEPTED', duration_minutes = 60 WHERE id = ?").param(accepted).update();
		jdbc.sql("UPDATE topic SET pending_state = 'ACCEPTED', decided_at = CURRENT_TIMESTAMP WHERE id = ?")
			.param(recorded)
			.update();
		jdbc.sql("UPDATE topic SET state = 'WAITLISTED' WHERE title IN ('Schedulers', 'Swap')").update();
		jdbc.sql("UPDATE topic SET pending_state = 'REJECTED', decided_at = CURRENT_TIMESTAMP WHERE id = ?")
			.param(waitingDecided)
			.update();

		Document dashboard = signedIn(LEAD_KERNEL).page(KERNEL);

		assertThat(dashboard.select("#budget").text()).startsWith("60 of 180 minutes used by accepted and confirmed "
				+ "topics; 30 more by acceptances recorded and not yet announced; 90 free.");
		assertThat(dashboard.select("#budget_fits").text()).isEqualTo("Swap");
	}

	private String csrfOf(WebClient client) {
		return client.page(KERNEL).select("form[action$=announce] input[name=_csrf]").attr("value");
	}

	private int version(long topicId) {
		return (int) count("SELECT version FROM topic WHERE id = ?", topicId);
	}

	/** A topic's checkbox value, as a page opened now shows it. */
	private String chosen(long topicId) {
		return topicId + ":" + version(topicId) + ":"
				+ count("SELECT decision_version FROM topic WHERE id = ?", topicId);
	}

	private String pending(long topicId) {
		return jdbc.sql("SELECT pending_state FROM topic WHERE id = ?")
			.param(topicId)
			.query((rs, n) -> rs.getString(1))
			.list()
			.get(0);
	}

	private String state(long topicId) {
		return jdbc.sql("SELECT state FROM topic WHERE id = ?").param(topicId).query(String.class).single();
	}

}
