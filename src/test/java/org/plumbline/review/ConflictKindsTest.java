package org.plumbline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conflicts of interest a reviewer has without being the author or a co-speaker: the
 * same employer as a speaker (their people's affiliations, compared without regard to
 * case or surrounding spaces), suggested to organisers who mark it, and a conflict they
 * declare themselves on a topic's page, which only an organiser lifts. Each hides the
 * topic, its reviews, count, mean and decision exactly as the other kinds do.
 * {@link ConflictKindsPostgresTest} runs the same on PostgreSQL.
 */
class ConflictKindsTest extends ReviewWebTest {

	static final String CONFLICTS = "/manage/" + EVENT + "/conflicts";

	@Autowired
	TopicDecisions topicDecisions;

	@Test
	void aReviewerWithTheSameEmployerAsASpeakerIsSuggestedToOrganisersAndLosesTheTopicOnlyOnceMarked() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		long clean = topic(kernelId, "Clean", speakerBId);
		review(anas, reviewerKernelId, -2);
		review(anas, organiserId, 2);
		review(clean, organiserId, 1);
		affiliation(speakerAId, "Acme Corp");
		affiliation(reviewerKernelId, "Acme Corp");
		WebClient rita = signedIn(REVIEWER_KERNEL);
		WebClient olga = signedIn(ORGANISER);
		assertThat(titles(rita.page(KERNEL))).as("the same employer is no conflict by itself")
			.containsExactly("Ana's", "Clean");
		assertThat(olga.page(CONFLICTS).select("table.same-employer tbody tr").eachText())
			.containsExactly("Rita Reviewer (" + REVIEWER_KERNEL + ") Ana Speaker Acme Corp Mark as conflicted");

		HttpResponse<String> marked = olga.submit(CONFLICTS, CONFLICTS, Map.of());

		assertThat(marked.statusCode()).isEqualTo(302);
		Document dashboard = rita.page(KERNEL);
		assertThat(titles(dashboard)).containsExactly("Clean");
		assertThat(dashboard.select("#count_total").text()).isEqualTo("1");
		assertThat(rita.get(topicPath(anas)).statusCode()).isEqualTo(404);
		assertThat(signedIn(LEAD_KERNEL).page(KERNEL).select("#topic_" + anas + " td").eachText())
			.as("her review leaves the count and the mean")
			.containsSubsequence("1", "+2.0");
		Document page = olga.page(CONFLICTS);
		assertThat(page.select("table.same-employer")).isEmpty();
		assertThat(page.select("table.conflicts tbody tr").eachText()).singleElement()
			.asString()
			.contains("Ana Speaker", "Same employer: Acme Corp");
	}

	@Test
	void aDifferentlyCasedAffiliationWithSurroundingSpacesIsSuggestedButAnotherSpellingIsNot() {
		topic(kernelId, "Ana's", speakerAId);
		topic(kernelId, "Ben's", speakerBId);
		affiliation(speakerAId, "  RED HAT ");
		affiliation(speakerBId, "Red Hat Inc.");
		affiliation(reviewerKernelId, "red hat");

		assertThat(
				signedIn(ORGANISER).page(CONFLICTS).select("table.same-employer tbody tr td:nth-child(2)").eachText())
			.containsExactly("Ana Speaker");
	}

	@Test
	void anEmptyOrMissingAffiliationMatchesNobody() {
		topic(kernelId, "Ana's", speakerAId);
		topic(kernelId, "Ben's", speakerBId);
		affiliation(speakerAId, "");
		affiliation(reviewerKernelId, "");
		affiliation(speakerBId, "   ");
		affiliation(leadKernelId, "   ");

		assertThat(signedIn(ORGANISER).page(CONFLICTS).select("table.same-employer")).isEmpty();
		assertThat(titles(signedIn(REVIEWER_KERNEL).page(KERNEL))).containsExactly("Ana's", "Ben's");
	}

	@Test
	void aLeadDeclaringAConflictClearsTheDecisionTheyRecordedButNotAnothersDecision() {
		long theirs = topic(kernelId, "Decided by Lena", speakerAId);
		long others = topic(kernelId, "Decided by Olga", speakerBId);
		topicDecisions.record(leadKernelId, theirs, versions(theirs), TopicState.ACCEPTED);
		topicDecisions.record(organiserId, others, versions(others), TopicState.REJECTED);
		WebClient lena = signedIn(LEAD_KERNEL);

		for (long topic : List.of(theirs, others)) {
			assertThat(lena.submit(topicPath(topic), topicPath(topic) + "/conflict", Map.of()).statusCode())
				.isEqualTo(302);
		}

		assertThat(jdbc.sql("SELECT pending_state FROM topic WHERE id = ?").param(theirs).query(String.class).list())
			.containsOnlyNulls();
		assertThat(jdbc.sql("SELECT pending_state FROM topic WHERE id = ?").param(others).query(String.class).single())
			.isEqualTo("REJECTED");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'decision-cleared' AND object_id = ?",
				Long.toString(theirs)))
			.isEqualTo(1);
	}

	@Test
	void aDecisionByALeadMarkedConflictedAfterwardsIsDroppedWhenTheCallIsAnnounced() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		long bens = topic(kernelId, "Ben's", speakerBId);
		topicDecisions.record(leadKernelId, anas, versions(anas), TopicState.ACCEPTED);
		topicDecisions.record(leadKernelId, bens, versions(bens), TopicState.ACCEPTED);
		affiliation(speakerAId, "Acme Corp");
		affiliation(leadKernelId, "Acme Corp");
		WebClient olga = signedIn(ORGANISER);
		olga.submit(CONFLICTS, CONFLICTS, Map.of());

		topicDecisions.announce(organiserId, event.id(), "kernel");

		assertThat(jdbc.sql("SELECT state FROM topic WHERE id = ?").param(anas).query(String.class).single())
			.as("nobody announces unaware a decision its decider could no longer make")
			.isEqualTo("SUBMITTED");
		assertThat(jdbc.sql("SELECT state FROM topic WHERE id = ?").param(bens).query(String.class).single())
			.isEqualTo("ACCEPTED");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'decision-dropped' AND object_id = ?",
				Long.toString(anas)))
			.isEqualTo(1);
	}

	@Test
	void aLeadSpeakingInTheirOwnMcDoesNotSeeTheQuietAcceptanceOfTheirTopicInTheBudget() {
		long lenas = topic(kernelId, "Lena's own", leadKernelId);
		long anas = topic(kernelId, "Ana's", speakerAId);
		topicDecisions.record(organiserId, lenas, versions(lenas), TopicState.ACCEPTED);
		topicDecisions.record(organiserId, anas, versions(anas), TopicState.ACCEPTED);

		assertThat(signedIn(LEAD_KERNEL).page(KERNEL).select("#budget_pending").text()).isEqualTo("30");
		assertThat(signedIn(ORGANISER).page(KERNEL).select("#budget_pending").text()).isEqualTo("60");
	}

	private DecisionVersions versions(long topicId) {
		return jdbc.sql("SELECT version, decision_version FROM topic WHERE id = ?")
			.param(topicId)
			.query((rs, n) -> new DecisionVersions(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	@Test
	void aDeclaredConflictHidesTheTopicAtOnceAndTheOrganisersRemovalRestoresIt() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		topic(kernelId, "Clean", speakerBId);
		review(anas, reviewerKernelId, -2);
		review(anas, leadKernelId, 2);
		WebClient rita = signedIn(REVIEWER_KERNEL);

		HttpResponse<String> declared = rita.submit(topicPath(anas), topicPath(anas) + "/conflict",
				Map.of("reason", "I mentor Ana."));

		assertThat(declared.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(declared)).endsWith(KERNEL);
		assertThat(rita.page(KERNEL).select(".form-notice").text()).startsWith("You declared a conflict of interest");
		assertThat(titles(rita.page(KERNEL))).containsExactly("Clean");
		assertThat(rita.get(topicPath(anas)).statusCode()).isEqualTo(404);
		assertThat(signedIn(LEAD_KERNEL).page(KERNEL).select("#topic_" + anas + " td").eachText())
			.containsSubsequence("1", "+2.0");
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(CONFLICTS).select("table.conflicts tr.conflict-declared").eachText()).singleElement()
			.asString()
			.startsWith(
					"Rita Reviewer (rita@review.test) the topic \u201cAna's\u201d Declared by the reviewer I mentor Ana.");

		long declaration = count("SELECT id FROM declared_conflict");
		HttpResponse<String> removed = olga.submit(CONFLICTS, CONFLICTS + "/declarations/" + declaration + "/remove",
				Map.of());

		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(titles(rita.page(KERNEL))).containsExactly("Ana's", "Clean");
		assertThat(rita.get(topicPath(anas)).statusCode()).isEqualTo(200);
		assertThat(olga.page(CONFLICTS).select("table.conflicts")).isEmpty();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'topic' AND object_id = ? ORDER BY id")
			.param(Long.toString(anas))
			.query(String.class)
			.list()).containsExactly("conflict-declared", "declared-conflict-removed");
	}

	@Test
	void aSecondClickOnDeclareDeclaresOnce() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		WebClient rita = signedIn(REVIEWER_KERNEL);
		Map<String, String> form = rita.formFields(topicPath(anas), topicPath(anas) + "/conflict");

		assertThat(rita.post(topicPath(anas) + "/conflict", form).statusCode()).isEqualTo(302);
		assertThat(rita.post(topicPath(anas) + "/conflict", form).statusCode()).isEqualTo(302);

		assertThat(count("SELECT COUNT(*) FROM declared_conflict")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'conflict-declared'")).isEqualTo(1);
		assertThat(signedIn(ORGANISER).page(CONFLICTS).select("tr.conflict-declared td").eachText())
			.contains("none given");
	}

	@Test
	void aDeclarationBySomeoneWhoCannotSeeTheTopicIsNotFoundAndDeclaresNothing() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		long ritas = topic(kernelId, "Ben and Rita", speakerBId, reviewerKernelId);

		for (String stranger : List.of(LEAD_TOOLS, SPEAKER_A, SPEAKER_B)) {
			assertThat(signedIn(stranger).postWithToken(topicPath(anas) + "/conflict", Map.of("reason", "Hm."))
				.statusCode()).as(stranger).isEqualTo(404);
		}
		assertThat(signedIn(REVIEWER_KERNEL).postWithToken(topicPath(ritas) + "/conflict", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(signedIn(REVIEWER_KERNEL).post(topicPath(anas) + "/conflict", Map.of("reason", "No token."))
			.statusCode()).isEqualTo(403);
		assertThat(count("SELECT COUNT(*) FROM declared_conflict")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry")).isZero();
	}

	@Test
	void aReasonThatDoesNotFitIsToldBesideTheFieldAndNothingIsDeclared() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		WebClient rita = signedIn(REVIEWER_KERNEL);
		String tooLong = "x".repeat(DeclaredConflicts.MAX_REASON_LENGTH + 1);

		HttpResponse<String> refused = rita.submit(topicPath(anas), topicPath(anas) + "/conflict",
				Map.of("reason", tooLong));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#reason_error").text()).isEqualTo("At most 500 characters fit; this has 501.");
		assertThat(page.select("textarea[name=reason]").text()).isEqualTo(tooLong);
		assertThat(count("SELECT COUNT(*) FROM declared_conflict")).isZero();
		assertThat(rita.get(topicPath(anas)).statusCode()).isEqualTo(200);
	}

	@Test
	void anOrganiserDoesNotSeeOrRemoveTheirOwnDeclarationButAnotherOrganiserDoes() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.submit(topicPath(anas), topicPath(anas) + "/conflict", Map.of()).statusCode()).isEqualTo(302);
		long declaration = count("SELECT id FROM declared_conflict");

		assertThat(olga.page(CONFLICTS).select("tr.conflict-declared")).isEmpty();
		HttpResponse<String> refused = olga.postWithToken(CONFLICTS + "/declarations/" + declaration + "/remove",
				Map.of());

		assertThat(refused.statusCode()).as("to her the declaration does not exist").isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM declared_conflict")).isEqualTo(1);
		long oscarId = accounts.account("oscar@review.test", "Oscar Organiser");
		accounts.grant(event.id(), oscarId, EventRole.ORGANISER, null);
		try {
			WebClient oscar = signedIn("oscar@review.test");
			assertThat(oscar.page(CONFLICTS).select("tr.conflict-declared td").eachText())
				.contains("Olga Organiser (olga@review.test)", "Declared by the reviewer");
			assertThat(oscar.submit(CONFLICTS, CONFLICTS + "/declarations/" + declaration + "/remove", Map.of())
				.statusCode()).isEqualTo(302);
			assertThat(olga.get(topicPath(anas)).statusCode()).isEqualTo(200);
		}
		finally {
			jdbc.sql("DELETE FROM event_role WHERE account_id = ?").params(oscarId).update();
		}
	}

	private void affiliation(long accountId, String affiliation) {
		jdbc.sql("UPDATE person SET affiliation = ? WHERE id = (SELECT person_id FROM account WHERE id = ?)")
			.params(affiliation, accountId)
			.update();
	}

	private static List<String> titles(Document dashboard) {
		return dashboard.select("table.review-topics td.topic-title").eachText();
	}

}
