package org.plumbline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;

/**
 * The conflicts of interest a reviewer has without being the author or a co-speaker: the
 * same employer as a speaker (their people's affiliations, compared without regard to
 * case or surrounding spaces), and a conflict they declare themselves on a topic's page,
 * which only an organiser lifts. Either hides the topic, its reviews, count, mean and
 * decision exactly as the other kinds do. {@link ConflictKindsPostgresTest} runs the same
 * on PostgreSQL.
 */
class ConflictKindsTest extends ReviewWebTest {

	@Test
	void aReviewerWithTheSameEmployerAsASpeakerSeesNeitherTheTopicNorItsReviewsCountOrMean() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		long clean = topic(kernelId, "Clean", speakerBId);
		review(anas, reviewerKernelId, -2);
		review(anas, organiserId, 2);
		review(clean, organiserId, 1);
		affiliation(speakerAId, "Acme Corp");
		affiliation(reviewerKernelId, "Acme Corp");
		WebClient rita = signedIn(REVIEWER_KERNEL);

		Document dashboard = rita.page(KERNEL);

		assertThat(titles(dashboard)).containsExactly("Clean");
		assertThat(dashboard.select("#count_total").text()).isEqualTo("1");
		assertThat(dashboard.select("#count_SUBMITTED").text()).isEqualTo("1");
		assertThat(rita.get(topicPath(anas)).statusCode()).isEqualTo(404);
		assertThat(rita.postWithToken(topicPath(anas), Map.of("score", "1", "version", "")).statusCode())
			.isEqualTo(404);
		assertThat(signedIn(LEAD_KERNEL).page(KERNEL).select("#topic_" + anas + " td").eachText())
			.containsSubsequence("1", "+2.0");
		assertThat(signedIn(LEAD_KERNEL).page(topicPath(anas)).select("li.review").eachText()).singleElement()
			.asString()
			.contains("Olga Organiser");
	}

	@Test
	void aLeadWithTheSameEmployerAsASpeakerCannotDecideTheTopic() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		affiliation(speakerAId, "Acme Corp");
		affiliation(leadKernelId, "Acme Corp");
		WebClient lena = signedIn(LEAD_KERNEL);

		assertThat(titles(lena.page(KERNEL))).isEmpty();
		assertThat(lena.postWithToken(KERNEL + "/decisions", Map.of("topic", anas + ":0", "decision", "ACCEPTED"))
			.statusCode()).isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM topic WHERE pending_state IS NOT NULL")).isZero();
	}

	@Test
	void aDifferentlyCasedAffiliationWithSurroundingSpacesStillMatchesButAnotherSpellingDoesNot() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		long bens = topic(kernelId, "Ben's", speakerBId);
		affiliation(speakerAId, "  RED HAT ");
		affiliation(speakerBId, "Red Hat Inc.");
		affiliation(reviewerKernelId, "red hat");
		WebClient rita = signedIn(REVIEWER_KERNEL);

		assertThat(titles(rita.page(KERNEL))).containsExactly("Ben's");
		assertThat(rita.get(topicPath(anas)).statusCode()).isEqualTo(404);
		assertThat(rita.get(topicPath(bens)).statusCode()).isEqualTo(200);
	}

	@Test
	void anEmptyOrMissingAffiliationMatchesNobody() {
		topic(kernelId, "Ana's", speakerAId);
		topic(kernelId, "Ben's", speakerBId);
		affiliation(speakerAId, "");
		affiliation(reviewerKernelId, "");
		affiliation(speakerBId, "   ");
		affiliation(leadKernelId, "   ");

		assertThat(titles(signedIn(REVIEWER_KERNEL).page(KERNEL))).containsExactly("Ana's", "Ben's");
		assertThat(titles(signedIn(LEAD_KERNEL).page(KERNEL))).containsExactly("Ana's", "Ben's");
		assertThat(titles(signedIn(ORGANISER).page(KERNEL))).containsExactly("Ana's", "Ben's");
		assertThat(count("SELECT COUNT(*) FROM topic_conflict WHERE kind = 'SAME_EMPLOYER'")).isZero();
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
