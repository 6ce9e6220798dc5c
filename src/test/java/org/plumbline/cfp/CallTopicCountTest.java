package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The topics that stand submitted in each call are counted as topics are submitted,
 * withdrawn, decided and canceled, in the same transaction (so that the organisers'
 * overview reads one row per call instead of counting every topic): after any mix of
 * those writes, concurrent ones and ones rolled back included, every call's count equals
 * a fresh count of its topics. {@link CallTopicCountPostgresTest} runs the same on
 * PostgreSQL.
 */
class CallTopicCountTest extends CfpWebTest {

	@Autowired
	Topics topics;

	@Autowired
	TopicDecisions decisions;

	@Autowired
	TopicTallies tallies;

	@Autowired
	TransactionTemplate transactions;

	private TopicCall kernel;

	private TopicCall refereed;

	@BeforeEach
	void openCallsOfAnMcAndAPlainTrack() {
		jdbc.sql("DELETE FROM call_topic_count").update();
		openCalls();
		refereed = calls.createPlainTrack(event, organiserId,
				new NewPlainTrack("refereed", "Refereed Track", "30", null, null));
		kernel = calls.find(event.id(), "kernel").orElseThrow();
	}

	@Test
	void draftsSubmissionsWithdrawalsDecisionsAndCancelationsKeepEveryCountEqualToTheTopics() {
		Topic draft = topic(speakerAId, kernel, false);
		Topic submittedDraft = topics.submit(speakerAId, topic(speakerAId, kernel, false).id(), 0, text());
		Topic withdrawn = topic(speakerBId, kernel, true);
		topics.withdraw(speakerBId, withdrawn.id(), withdrawn.version());
		topics.withdraw(speakerAId, draft.id(), draft.version());
		Topic accepted = topic(speakerBId, kernel, true);
		decisions.record(organiserId, accepted.id(), new DecisionVersions(accepted.version(), 0), TopicState.ACCEPTED);
		decisions.announce(organiserId, event.id(), "kernel");
		decisions.cancel(organiserId, accepted.id(), topics.find(speakerBId, accepted.id()).orElseThrow().version(),
				"The speaker cannot come.");
		topic(speakerAId, refereed, true);
		topic(speakerBId, refereed, true);

		assertThat(tallies.callSizes(event.id()))
			.as("a draft and a withdrawn topic count for nothing, a submitted draft and a decided or "
					+ "canceled topic for one each")
			.containsExactlyInAnyOrder(new CallSize(kernel.microconferenceId(), null, 2),
					new CallSize(null, refereed.plainTrackId(), 2))
			.containsExactlyInAnyOrderElementsOf(freshCount());
		assertThat(submittedDraft.state()).isEqualTo(TopicState.SUBMITTED);
	}

	@Test
	void twoFirstSubmissionsToOneCallAtTheSameMomentAreBothCounted() throws Exception {
		for (int round = 0; round < 5; round++) {
			jdbc.sql("DELETE FROM topic_speaker").update();
			jdbc.sql("DELETE FROM topic").update();
			jdbc.sql("DELETE FROM call_topic_count").update();
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Topic>> pair = new ArrayList<>();
			for (long speaker : List.of(speakerAId, speakerBId)) {
				pair.add(CompletableFuture.supplyAsync(() -> {
					await(together);
					return topic(speaker, kernel, true);
				}));
			}
			CompletableFuture.allOf(pair.toArray(CompletableFuture[]::new)).get();

			assertThat(tallies.callSizes(event.id())).as("round %d", round)
				.containsExactly(new CallSize(kernel.microconferenceId(), null, 2))
				.containsExactlyElementsOf(freshCount());
		}
	}

	@Test
	void aSubmissionAndAWithdrawalRolledBackWithTheirTransactionLeaveTheCountAsItWas() {
		Topic kept = topic(speakerAId, kernel, true);

		transactions.executeWithoutResult(status -> {
			topic(speakerBId, kernel, true);
			topic(speakerBId, refereed, true);
			topics.withdraw(speakerAId, kept.id(), kept.version());
			status.setRollbackOnly();
		});

		assertThat(tallies.callSizes(event.id())).containsExactly(new CallSize(kernel.microconferenceId(), null, 1))
			.containsExactlyElementsOf(freshCount());
	}

	private Topic topic(long speakerId, TopicCall call, boolean submit) {
		return topics.create(event, call.slug(), speakerId, text(), UUID.randomUUID().toString(), submit);
	}

	private static TopicText text() {
		return new TopicText("Page tables", "What they cost.", "30", null, Map.of());
	}

	private List<CallSize> freshCount() {
		return jdbc
			.sql("""
					SELECT microconference_id, plain_track_id, COUNT(*) AS submitted FROM topic
					WHERE event_id = ? AND state NOT IN ('DRAFT', 'WITHDRAWN') GROUP BY microconference_id, plain_track_id""")
			.param(event.id())
			.query((rs, row) -> new CallSize(rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), rs.getInt("submitted")))
			.list();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
