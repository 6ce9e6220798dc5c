package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.mail.MailPurpose;
import org.plumbline.testsupport.WebClient;

/**
 * Announcing a call's decisions moves them into the topics' states and mails each speaker
 * once, replacing a decision mail not yet sent; accepted speakers confirm or decline
 * through the mailed link (GreenMail catches the mail) or on their topic's page.
 * {@link AnnouncementPostgresTest} runs the same on PostgreSQL.
 */
class AnnouncementTest extends DecisionsWebTest {

	@Test
	void announcingMovesEveryPendingDecisionIntoTheStateAndMailsEachSpeakerOnce() {
		Topic accepted = submitted(speakerAId, "kernel", "Page tables", 30);
		Topic rejected = submitted(speakerBId, "kernel", "Huge pages", 45);
		Topic waitlisted = submitted(speakerAId, "kernel", "Folios", 30);
		Topic undecided = submitted(speakerBId, "kernel", "Swap", 30);
		Topic otherCall = submitted(speakerBId, "tooling", "Linters", 30);
		decide(accepted, TopicState.ACCEPTED);
		decide(rejected, TopicState.REJECTED);
		decide(waitlisted, TopicState.WAITLISTED);
		decisions.record(toolingLeadId, otherCall.id(), seen(otherCall.id()), TopicState.ACCEPTED);

		Announcement announcement = decisions.announce(kernelLeadId, event.id(), "kernel");

		assertThat(announcement).isEqualTo(new Announcement(1, 1, 1, 3));
		assertThat(List.of(state(accepted.id()), state(rejected.id()), state(waitlisted.id()), state(undecided.id()),
				state(otherCall.id())))
			.containsExactly("ACCEPTED/-", "REJECTED/-", "WAITLISTED/-", "SUBMITTED/-", "SUBMITTED/ACCEPTED");
		assertThat(jdbc.sql("SELECT recipient || ' ' || mail_subject FROM mail_outbox ORDER BY recipient, id")
			.query(String.class)
			.list()).containsExactly(SPEAKER_A + " Accepted: Page tables", SPEAKER_A + " Wait-listed: Folios",
					SPEAKER_B + " Not accepted: Huge pages");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'decision-announced'")).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM topic_confirmation")).isOne();
		assertThat(topics.find(speakerAId, accepted.id()).orElseThrow().state()).isEqualTo(TopicState.ACCEPTED);

		assertThat(decisions.announce(kernelLeadId, event.id(), "kernel")).isEqualTo(new Announcement(0, 0, 0, 0));
		assertThat(count("SELECT COUNT(*) FROM mail_outbox")).isEqualTo(3);
	}

	@Test
	void theOutboxWithholdsTheConfirmationLinkFromTheOrganisersPages() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.ACCEPTED);

		decisions.announce(kernelLeadId, event.id(), "kernel");

		assertThat(jdbc.sql("SELECT shown_text_body FROM mail_outbox").query(String.class).single())
			.contains(MailPurpose.WITHHELD)
			.doesNotContain("token=");
		assertThat(jdbc.sql("SELECT text_body FROM mail_outbox").query(String.class).single())
			.contains("/account/topics/answer?token=");
	}

	@Test
	void anAcceptanceChangedToARejectionBeforeAnnouncingSendsOnlyTheRejection() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.ACCEPTED);
		decide(topic, TopicState.REJECTED);

		decisions.announce(kernelLeadId, event.id(), "kernel");

		assertThat(subjectsTo(SPEAKER_A)).containsExactly("Not accepted: Page tables");
	}

	/** pretalx #1402: a decision mail not yet sent is replaced by the next one. */
	@Test
	void aWaitListedTopicAcceptedBeforeItsMailLeftSendsOnlyTheAcceptance() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.WAITLISTED);
		decisions.announce(kernelLeadId, event.id(), "kernel");
		decide(topic, TopicState.ACCEPTED);

		decisions.announce(kernelLeadId, event.id(), "kernel");

		assertThat(count("SELECT COUNT(*) FROM mail_outbox")).isOne();
		assertThat(subjectsTo(SPEAKER_A)).containsExactly("Accepted: Page tables");
		assertThat(state(topic.id())).isEqualTo("ACCEPTED/-");
	}

	@Test
	void aWaitListedMailAlreadySentIsFollowedByTheAcceptance() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.WAITLISTED);
		decisions.announce(kernelLeadId, event.id(), "kernel");
		mailWorker.run();
		decide(topic, TopicState.ACCEPTED);

		decisions.announce(kernelLeadId, event.id(), "kernel");

		assertThat(subjectsTo(SPEAKER_A)).containsExactly("Wait-listed: Page tables", "Accepted: Page tables");
	}

	@Test
	void theSpeakerConfirmsThroughTheMailedLinkWhosePageOnlyAsks() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.ACCEPTED);
		decisions.announce(kernelLeadId, event.id(), "kernel");
		String link = linkInLatestMailTo(SPEAKER_A);
		assertThat(link).startsWith("/account/topics/answer?token=");
		WebClient ana = signedIn(SPEAKER_A);

		Document asked = ana.page(link);

		assertThat(asked.select("h1").text()).isEqualTo("Page tables");
		assertThat(asked.select("button[name=action]").eachAttr("value")).containsExactly("confirm", "decline");
		assertThat(state(topic.id())).isEqualTo("ACCEPTED/-");

		HttpResponse<String> confirmed = ana.submit(link, "/account/topics/answer", Map.of("action", "confirm"));

		assertThat(Jsoup.parse(confirmed.body()).select("[role=status]").text())
			.isEqualTo("You confirmed this topic: thank you, we look forward to your talk.");
		assertThat(state(topic.id())).isEqualTo("CONFIRMED/-");
		assertThat(ana.page("/account/topics/" + topic.id()).select(".topic-facts").text()).contains("State Confirmed");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'speaker-confirmed'")).isOne();

		HttpResponse<String> again = ana.post("/account/topics/answer", Map.of("_csrf",
				asked.select("input[name=_csrf]").attr("value"), "token", tokenOf(link), "action", "decline"));

		assertThat(Jsoup.parse(again.body()).select("[role=alert]").text())
			.isEqualTo("You have confirmed this topic already.");
		assertThat(state(topic.id())).isEqualTo("CONFIRMED/-");
	}

	@Test
	void theFirstSpeakerDecliningThroughTheLinkDeclinesTheTopic() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.ACCEPTED);
		decisions.announce(kernelLeadId, event.id(), "kernel");
		String link = linkInLatestMailTo(SPEAKER_A);

		signedIn(SPEAKER_A).submit(link, "/account/topics/answer", Map.of("action", "decline"));

		assertThat(state(topic.id())).isEqualTo("DECLINED/-");
		assertThat(count("SELECT COUNT(*) FROM topic_speaker WHERE topic_id = ?", topic.id())).isOne();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'speaker-declined'")).isOne();
	}

	@Test
	void aCoSpeakerWhoDeclinesLeavesTheTopicAndTheFirstSpeakersConfirmationConfirmsIt() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		long benPerson = count("SELECT person_id FROM account WHERE id = ?", speakerBId);
		jdbc.sql("INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written) VALUES (?, 2, ?, ?)")
			.params(topic.id(), benPerson, "Ben Speaker")
			.update();
		decide(topic, TopicState.ACCEPTED);
		assertThat(decisions.announce(kernelLeadId, event.id(), "kernel").mailsQueued()).isEqualTo(2);
		WebClient ben = signedIn(SPEAKER_B);
		String topicPage = "/account/topics/" + topic.id();
		assertThat(ben.page(topicPage).select(".topic-answer button").eachAttr("value")).containsExactly("confirm",
				"decline");

		HttpResponse<String> declined = ben.submit(topicPage, topicPage + "/answer", Map.of("action", "decline"));

		assertThat(WebClient.location(declined)).isEqualTo("/account/topics");
		assertThat(state(topic.id())).isEqualTo("ACCEPTED/-");
		assertThat(jdbc.sql("SELECT name_as_written FROM topic_speaker WHERE topic_id = ?")
			.param(topic.id())
			.query(String.class)
			.list()).containsExactly("Ana Speaker");
		assertThat(ben.get(topicPage).statusCode()).isEqualTo(404);

		WebClient ana = signedIn(SPEAKER_A);
		ana.submit(topicPage, topicPage + "/answer", Map.of("action", "confirm"));

		assertThat(state(topic.id())).isEqualTo("CONFIRMED/-");
		assertThat(ana.page(topicPage).select(".topic-answer").text())
			.isEqualTo("You confirmed this topic: thank you, we look forward to your talk.");
	}

	@Test
	void aLinkSentToOneSpeakerLetsNobodyElseAnswerForThem() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.ACCEPTED);
		decisions.announce(kernelLeadId, event.id(), "kernel");
		String link = linkInLatestMailTo(SPEAKER_A);
		WebClient ben = signedIn(SPEAKER_B);
		String csrf = ben.page("/account/profile").select("input[name=_csrf]").attr("value");

		assertThat(ben.get(link).statusCode()).isEqualTo(404);
		assertThat(
				ben.post("/account/topics/answer", Map.of("_csrf", csrf, "token", tokenOf(link), "action", "confirm"))
					.statusCode())
			.isEqualTo(404);

		assertThat(state(topic.id())).isEqualTo("ACCEPTED/-");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'speaker-confirmed'")).isZero();
		assertThat(signedIn(SPEAKER_A).get(link).statusCode()).isEqualTo(200);
	}

	@Test
	void aLinkThatIsNoOnesIsNotFoundAndTheLinkPageNeedsASignIn() {
		WebClient ana = signedIn(SPEAKER_A);

		assertThat(ana.get("/account/topics/answer?token=made-up").statusCode()).isEqualTo(404);
		assertThat(ana.get("/account/topics/answer").statusCode()).isEqualTo(404);
		HttpResponse<String> anonymous = WebClient.browser(port).get("/account/topics/answer?token=made-up");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(anonymous)).endsWith("/login");
	}

	@Test
	void aLeadOfAnotherMcCannotAnnounceTheCall() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.ACCEPTED);

		assertThatThrownBy(() -> decisions.announce(toolingLeadId, event.id(), "kernel"))
			.isInstanceOf(DecisionNotAllowedException.class);
		assertThatThrownBy(() -> decisions.announce(speakerAId, event.id(), "kernel"))
			.isInstanceOf(DecisionNotAllowedException.class);

		assertThat(state(topic.id())).isEqualTo("SUBMITTED/ACCEPTED");
		assertThat(count("SELECT COUNT(*) FROM mail_outbox")).isZero();
		assertThat(decisions.announce(organiserId, event.id(), "kernel").accepted()).isOne();
	}

	@Test
	void aPendingDecisionOnATopicWithdrawnMeanwhileIsDroppedNotAnnounced() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		decide(topic, TopicState.ACCEPTED);
		topics.withdraw(speakerAId, topic.id(), version(topic.id()));

		assertThat(decisions.announce(kernelLeadId, event.id(), "kernel")).isEqualTo(new Announcement(0, 0, 0, 0));

		assertThat(state(topic.id())).isEqualTo("WITHDRAWN/-");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'decision-dropped'")).isOne();
	}

	private List<String> subjectsTo(String address) {
		return mailTo(address).stream().map(message -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String tokenOf(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

}
