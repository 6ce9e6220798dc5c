package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.question.QuestionKind;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Leads and organisers record decisions quietly as a topic's pending state, one by one or
 * in bulk (all or nothing), along DOMAIN.md's state table; speakers see only the state.
 * {@link TopicDecisionsPostgresTest} runs the same on PostgreSQL.
 */
class TopicDecisionsTest extends DecisionsWebTest {

	@Autowired
	CallQuestions callQuestions;

	@Test
	void aLeadRecordsADecisionQuietlyAndTheSpeakerStillSeesTheTopicAsSubmitted() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);

		DecidableTopic decided = decide(topic, TopicState.ACCEPTED);

		assertThat(decided.pendingState()).isEqualTo(TopicState.ACCEPTED);
		assertThat(decided.topic().state()).isEqualTo(TopicState.SUBMITTED);
		assertThat(decisions.topicsOfCall(event.id(), "kernel")).extracting(DecidableTopic::pendingState)
			.containsExactly(TopicState.ACCEPTED);
		assertThat(topics.find(speakerAId, topic.id()).orElseThrow().state()).isEqualTo(TopicState.SUBMITTED);
		Document page = signedIn(SPEAKER_A).page("/account/topics/" + topic.id());
		assertThat(page.select(".topic-facts").text()).contains("State Submitted").doesNotContain("Accepted");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'topic' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("submitted", "decision-recorded");
		assertThat(count("SELECT COUNT(*) FROM topic WHERE decided_by = ? AND decided_at IS NOT NULL", kernelLeadId))
			.isOne();
		assertThat(count("SELECT COUNT(*) FROM mail_outbox")).isZero();
	}

	@Test
	void aPendingDecisionCanBeChangedAndClearedUntilAnnounced() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);

		decide(topic, TopicState.ACCEPTED);
		decide(topic, TopicState.REJECTED);
		assertThat(state(topic.id())).isEqualTo("SUBMITTED/REJECTED");
		decide(topic, null);

		assertThat(state(topic.id())).isEqualTo("SUBMITTED/-");
		assertThat(count("SELECT COUNT(*) FROM topic WHERE decided_by IS NULL AND decided_at IS NULL")).isOne();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'topic' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("submitted", "decision-recorded", "decision-recorded", "decision-cleared");
	}

	/**
	 * Every state a topic can be in, against every decision: a submitted topic takes any,
	 * a wait-listed one ACCEPTED, REJECTED or none; any other state is refused, and a
	 * draft does not exist for deciders.
	 */
	@Test
	void everyStateAllowsOnlyTheDecisionsOfTheStateTable() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		List<String> outcomes = new ArrayList<>();
		List<TopicState> choices = new ArrayList<>(
				List.of(TopicState.ACCEPTED, TopicState.REJECTED, TopicState.WAITLISTED));
		choices.add(null);
		for (TopicState state : TopicState.values()) {
			for (TopicState decision : choices) {
				jdbc.sql("""
						UPDATE topic SET state = ?, pending_state = NULL, decided_at = NULL, decided_by = NULL,
						                 cancel_reason = CASE WHEN ? = 'CANCELED' THEN 'test' END
						WHERE id = ?""").params(state.name(), state.name(), topic.id()).update();
				String outcome;
				try {
					decide(topic, decision);
					outcome = "recorded";
				}
				catch (TopicRefusedException refused) {
					outcome = "refused";
				}
				catch (DecisionNotAllowedException hidden) {
					outcome = "not found";
				}
				outcomes.add(state + "->" + decision + ": " + outcome);
			}
		}

		assertThat(outcomes).containsExactly("DRAFT->ACCEPTED: not found", "DRAFT->REJECTED: not found",
				"DRAFT->WAITLISTED: not found", "DRAFT->null: not found", "SUBMITTED->ACCEPTED: recorded",
				"SUBMITTED->REJECTED: recorded", "SUBMITTED->WAITLISTED: recorded", "SUBMITTED->null: recorded",
				"ACCEPTED->ACCEPTED: refused", "ACCEPTED->REJECTED: refused", "ACCEPTED->WAITLISTED: refused",
				"ACCEPTED->null: refused", "REJECTED->ACCEPTED: refused", "REJECTED->REJECTED: refused",
				"REJECTED->WAITLISTED: refused", "REJECTED->null: refused", "WAITLISTED->ACCEPTED: recorded",
				"WAITLISTED->REJECTED: recorded", "WAITLISTED->WAITLISTED: refused", "WAITLISTED->null: recorded",
				"CONFIRMED->ACCEPTED: refused", "CONFIRMED->REJECTED: refused", "CONFIRMED->WAITLISTED: refused",
				"CONFIRMED->null: refused", "DECLINED->ACCEPTED: refused", "DECLINED->REJECTED: refused",
				"DECLINED->WAITLISTED: refused", "DECLINED->null: refused", "WITHDRAWN->ACCEPTED: refused",
				"WITHDRAWN->REJECTED: refused", "WITHDRAWN->WAITLISTED: refused", "WITHDRAWN->null: refused",
				"CANCELED->ACCEPTED: refused", "CANCELED->REJECTED: refused", "CANCELED->WAITLISTED: refused",
				"CANCELED->null: refused");
	}

	@Test
	void aStateThatIsNoDecisionIsRefusedAsTheCallersMistake() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);

		for (TopicState notADecision : Arrays.asList(TopicState.CONFIRMED, TopicState.DRAFT, TopicState.CANCELED)) {
			assertThatThrownBy(() -> decide(topic, notADecision)).isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(state(topic.id())).isEqualTo("SUBMITTED/-");
	}

	@Test
	void aDecisionOnAStaleVersionIsToldAndChangesNothing() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		DecisionVersions seen = seen(topic.id());
		decide(topic, TopicState.WAITLISTED);

		assertThatThrownBy(() -> decisions.record(organiserId, topic.id(), seen, TopicState.REJECTED))
			.isInstanceOf(OptimisticLockingFailureException.class)
			.hasMessage(TopicDecisions.STALE);
		assertThat(state(topic.id())).isEqualTo("SUBMITTED/WAITLISTED");
	}

	@Test
	void aSpeakersOpenEditFormStillSavesAfterALeadRecordedChangedAndClearedADecisionAndTheirPagesShowNoTraceOfIt() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		String path = "/account/topics/" + topic.id();
		WebClient ana = signedIn(SPEAKER_A);
		Map<String, String> openForm = ana.formFields(path, path);
		List<String> pagesBefore = speakerPages(ana, path);

		decide(topic, TopicState.ACCEPTED);
		decide(topic, TopicState.REJECTED);
		assertThat(speakerPages(ana, path)).as("while a decision is recorded").isEqualTo(pagesBefore);
		decide(topic, null);
		assertThat(speakerPages(ana, path)).as("once it is cleared").isEqualTo(pagesBefore);

		openForm.put("title", "Page tables, revised");
		HttpResponse<String> saved = ana.post(path, openForm);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(topics.find(speakerAId, topic.id()).orElseThrow().title()).isEqualTo("Page tables, revised");
		assertThat(ana.page(path).select(".form-error")).isEmpty();
	}

	@Test
	void ofTwoDecidersOnPagesOpenedAtTheSameMomentTheSecondIsToldAndNothingIsOverwritten() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		DecisionVersions leadsPage = seen(topic.id());
		DecisionVersions organisersPage = seen(topic.id());

		decisions.record(kernelLeadId, topic.id(), leadsPage, TopicState.ACCEPTED);

		for (TopicState second : Arrays.asList(TopicState.REJECTED, null)) {
			assertThatThrownBy(() -> decisions.record(organiserId, topic.id(), organisersPage, second))
				.isInstanceOf(OptimisticLockingFailureException.class)
				.hasMessage(TopicDecisions.STALE);
		}
		assertThat(state(topic.id())).isEqualTo("SUBMITTED/ACCEPTED");
		assertThat(count("SELECT COUNT(*) FROM topic WHERE decided_by = ?", kernelLeadId)).isOne();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'decision-%'")).isOne();
	}

	@Test
	void aLeadDecidingOnAPageOpenedBeforeTheSpeakersEditIsToldAndDecidesNothing() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		DecisionVersions leadsPage = seen(topic.id());
		topics.edit(speakerAId, topic.id(), topic.version(),
				new TopicText("Page tables", "Now about huge pages instead.", "45", ""));

		assertThatThrownBy(() -> decisions.record(kernelLeadId, topic.id(), leadsPage, TopicState.ACCEPTED))
			.isInstanceOf(OptimisticLockingFailureException.class)
			.hasMessage(TopicDecisions.STALE);
		assertThatThrownBy(() -> decisions.recordAll(kernelLeadId, Map.of(topic.id(), leadsPage), TopicState.ACCEPTED))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(state(topic.id())).isEqualTo("SUBMITTED/-");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'decision-%'")).isZero();
		assertThat(decide(topic, TopicState.ACCEPTED).pendingState()).as("from the page opened again")
			.isEqualTo(TopicState.ACCEPTED);
	}

	@Test
	void aSpeakersChangeAfterARecordedDecisionDropsItSoTheAnnouncementAcceptsNothingUnread() {
		Topic changed = submitted(speakerAId, "kernel", "Page tables", 30);
		Topic untouched = submitted(speakerBId, "kernel", "Huge pages", 30);
		decide(changed, TopicState.ACCEPTED);
		decide(untouched, TopicState.ACCEPTED);
		Topic seenBySpeaker = topics.view(changed.id());
		topics.edit(speakerBId, untouched.id(), topics.view(untouched.id()).version(),
				new TopicText("Huge pages", "About Huge pages.", "30", ""));

		topics.edit(speakerAId, changed.id(), seenBySpeaker.version(),
				new TopicText("Page tables", "Now about huge pages instead.", "45", ""));

		assertThat(state(changed.id())).isEqualTo("SUBMITTED/-");
		assertThat(state(untouched.id())).as("saving the same text changes nothing").isEqualTo("SUBMITTED/ACCEPTED");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'decision-dropped' AND object_id = ?",
				Long.toString(changed.id())))
			.isEqualTo(1);
		decisions.announce(kernelLeadId, event.id(), "kernel");
		assertThat(state(changed.id())).isEqualTo("SUBMITTED/-");
		assertThat(state(untouched.id())).isEqualTo("ACCEPTED/-");
	}

	@Test
	void aSpeakersChangedAnswerAfterARecordedDecisionDropsItToo() {
		Question level = callQuestions.add(event, organiserId, "kernel",
				new QuestionDefinition(QuestionKind.TEXT, "Which kernel versions?", null, List.of(), false));
		Topic topic = topics.create(event, "kernel", speakerAId,
				new TopicText("Page tables", "About Page tables.", "30", "", Map.of(level.field(), "6.8")),
				UUID.randomUUID().toString(), true);
		decide(topic, TopicState.ACCEPTED);

		topics.edit(speakerAId, topic.id(), topics.view(topic.id()).version(),
				new TopicText("Page tables", "About Page tables.", "30", "", Map.of(level.field(), "6.9")));

		assertThat(state(topic.id())).isEqualTo("SUBMITTED/-");
	}

	@Test
	void aBulkDecisionWithOneStaleVersionRecordsNothing() {
		Topic first = submitted(speakerAId, "kernel", "Page tables", 30);
		Topic second = submitted(speakerBId, "kernel", "Huge pages", 45);
		Topic third = submitted(speakerAId, "kernel", "Folios", 30);
		Map<Long, DecisionVersions> versions = new LinkedHashMap<>();
		versions.put(first.id(), seen(first.id()));
		versions.put(second.id(), new DecisionVersions(version(second.id()) - 1, 0));
		versions.put(third.id(), seen(third.id()));

		assertThatThrownBy(() -> decisions.recordAll(kernelLeadId, versions, TopicState.REJECTED))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(List.of(state(first.id()), state(second.id()), state(third.id()))).containsOnly("SUBMITTED/-");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'decision-%'")).isZero();

		versions.put(second.id(), seen(second.id()));
		List<DecidableTopic> recorded = decisions.recordAll(kernelLeadId, versions, TopicState.REJECTED);

		assertThat(recorded).extracting(DecidableTopic::pendingState).containsOnly(TopicState.REJECTED).hasSize(3);
		assertThat(List.of(state(first.id()), state(second.id()), state(third.id())))
			.containsOnly("SUBMITTED/REJECTED");
	}

	@Test
	void aBulkDecisionWithOneTopicOfAnotherMcRecordsNothing() {
		Topic kernel = submitted(speakerAId, "kernel", "Page tables", 30);
		Topic tooling = submitted(speakerBId, "tooling", "Linters", 30);

		assertThatThrownBy(() -> decisions.recordAll(kernelLeadId,
				Map.of(kernel.id(), seen(kernel.id()), tooling.id(), seen(tooling.id())), TopicState.ACCEPTED))
			.isInstanceOf(DecisionNotAllowedException.class);

		assertThat(List.of(state(kernel.id()), state(tooling.id()))).containsOnly("SUBMITTED/-");
	}

	@Test
	void onlyTheLeadsOfTheTopicsMcAndTheOrganisersDecideIt() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);

		for (long stranger : List.of(toolingLeadId, speakerAId, speakerBId)) {
			assertThatThrownBy(() -> decisions.record(stranger, topic.id(), seen(topic.id()), TopicState.ACCEPTED))
				.isInstanceOf(DecisionNotAllowedException.class);
		}
		assertThat(decisions.mayDecide(toolingLeadId, event.id(), "kernel")).isFalse();
		assertThat(decisions.mayDecide(speakerAId, event.id(), "kernel")).isFalse();
		assertThat(decisions.mayDecide(kernelLeadId, event.id(), "kernel")).isTrue();
		assertThat(decisions.mayDecide(organiserId, event.id(), "kernel")).isTrue();
		assertThat(state(topic.id())).isEqualTo("SUBMITTED/-");

		decisions.record(organiserId, topic.id(), seen(topic.id()), TopicState.WAITLISTED);
		assertThat(state(topic.id())).isEqualTo("SUBMITTED/WAITLISTED");
	}

	@Test
	void aPlainTracksTopicsAreDecidedByTheOrganisersOnly() {
		calls.createPlainTrack(event, organiserId, new NewPlainTrack("refereed", "Refereed Track", "45", "", ""));
		Topic topic = submitted(speakerAId, "refereed", "A refereed talk", 45);

		assertThatThrownBy(() -> decide(topic, TopicState.ACCEPTED)).isInstanceOf(DecisionNotAllowedException.class);
		assertThat(decisions.mayDecide(kernelLeadId, event.id(), "refereed")).isFalse();

		decisions.record(organiserId, topic.id(), seen(topic.id()), TopicState.ACCEPTED);
		assertThat(decisions.topicsOfCall(event.id(), "refereed")).extracting(DecidableTopic::pendingState)
			.containsExactly(TopicState.ACCEPTED);
	}

	@Test
	void aCallListsItsOwnTopicsButDraftsAndOneTopicIsFoundOnlyInItsCall() {
		Topic first = submitted(speakerAId, "kernel", "Page tables", 30);
		clock.set(clock.instant().plusSeconds(60));
		Topic second = submitted(speakerBId, "kernel", "Huge pages", 45);
		Topic tooling = submitted(speakerBId, "tooling", "Linters", 30);
		Topic draft = topics.create(event, "kernel", speakerAId, new TopicText("Draft", "", "", ""), "draft-key",
				false);

		assertThat(decisions.topicsOfCall(event.id(), "kernel")).extracting(found -> found.topic().title())
			.containsExactly("Page tables", "Huge pages");
		assertThat(decisions.topicOfCall(event.id(), "kernel", first.id())).isPresent();
		assertThat(decisions.topicOfCall(event.id(), "kernel", second.id())).isPresent();
		assertThat(decisions.topicOfCall(event.id(), "kernel", tooling.id())).isEmpty();
		assertThat(decisions.topicOfCall(event.id(), "kernel", draft.id())).isEmpty();
		assertThat(decisions.topicOfCall(event.id(), "no-such-call", first.id())).isEmpty();
		assertThat(decisions.topicsOfCall(event.id(), "no-such-call")).isEmpty();
	}

	/** The speaker's page of the topic and list of topics, without their CSRF tokens. */
	private static List<String> speakerPages(WebClient speaker, String topicPath) {
		return Stream.of(topicPath, "/account/topics").map(path -> {
			Document page = speaker.page(path);
			page.select("input[name=_csrf]").remove();
			return page.body().html();
		}).toList();
	}

}
