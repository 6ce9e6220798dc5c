package org.plumbline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.plumbline.cfp.domain.ConfirmationRepository;
import org.plumbline.cfp.domain.CoSpeakerInvitationRepository;
import org.plumbline.people.ActingOrganiser;
import org.plumbline.people.MergeRequest;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.people.ValueFrom;
import org.plumbline.review.domain.ReviewedTopicRepository;
import org.plumbline.testsupport.LockWaits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which topics count as reviewed (a review by someone not conflicted with them) is kept
 * as the writes that decide it happen, in their transactions, so that the organisers'
 * overview reads it instead of checking every review against every conflict: after a
 * review, a declared conflict and its removal, a conflict mark and its removal, a speaker
 * added and taken off, a merge of two persons, and a review and a declaration at the same
 * moment, the kept topics equal the topics the conflict rule finds reviewed now.
 * {@link ReviewedTopicCountPostgresTest} runs the same on PostgreSQL.
 */
class ReviewedTopicCountTest extends ReviewWebTest {

	@Autowired
	Reviews reviews;

	@Autowired
	DeclaredConflicts declaredConflicts;

	@Autowired
	Conflicts conflicts;

	@Autowired
	CoSpeakerInvitationRepository coSpeakers;

	@Autowired
	ConfirmationRepository confirmations;

	@Autowired
	PersonDuplicates duplicates;

	@Autowired
	ReviewedTopicRepository reviewedTopics;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aReviewCountsItsTopicUntilItsReviewerDeclaresAConflictAndAgainOnceTheDeclarationIsRemoved() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		long bens = topic(kernelId, "Ben's", speakerBId);

		reviews.save(reviewerKernelId, event, "kernel", anas, null, new ReviewInput("2", "Good."));
		assertThat(kept()).as("reviewed by Rita").containsExactly(anas).isEqualTo(fresh());

		DeclaredConflict declared = declaredConflicts.declare(reviewerKernelId, event, "kernel", anas, "My team.");
		assertThat(kept()).as("Rita's review no longer counts").isEmpty();
		assertThat(fresh()).isEmpty();

		declaredConflicts.remove(event, organiserId, declared.id());
		assertThat(kept()).containsExactly(anas).isEqualTo(fresh());
		assertThat(kept()).as("Ben's topic was never reviewed").doesNotContain(bens);
	}

	@Test
	void anOrganisersConflictMarkUncountsTheMarkedReviewersReviewsOfThatSpeakersTopicsUntilRemoved() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		long anasSecond = topic(toolsId, "Ana's second", speakerAId);
		long bens = topic(kernelId, "Ben's", speakerBId);
		reviews.save(reviewerKernelId, event, "kernel", anas, null, new ReviewInput("1", "Fine."));
		reviews.save(reviewerKernelId, event, "kernel", bens, null, new ReviewInput("1", "Fine."));
		reviews.save(leadToolsId, event, "tools", anasSecond, null, new ReviewInput("0", "Hm."));
		assertThat(kept()).containsExactlyInAnyOrder(anas, anasSecond, bens).isEqualTo(fresh());

		ConflictMark mark = conflicts.mark(event, organiserId,
				new ConflictInput(REVIEWER_KERNEL, Long.toString(personOf(speakerAId)), "Same team."));
		assertThat(kept()).as("Rita is marked against Ana: her review of Ana's topic stops counting, Tom's does not")
			.containsExactlyInAnyOrder(anasSecond, bens)
			.isEqualTo(fresh());

		conflicts.unmark(event, organiserId, mark.id());
		assertThat(kept()).containsExactlyInAnyOrder(anas, anasSecond, bens).isEqualTo(fresh());
	}

	@Test
	void aReviewerAddedAsASpeakerStopsCountingAndCountsAgainOnceTakenOff() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		reviews.save(reviewerKernelId, event, "kernel", anas, null, new ReviewInput("2", "Good."));

		transactions.executeWithoutResult(
				status -> coSpeakers.appendSpeaker(anas, personOf(reviewerKernelId), "Rita Reviewer"));
		assertThat(kept()).as("Rita speaks on it now").isEmpty();
		assertThat(fresh()).isEmpty();

		transactions.executeWithoutResult(status -> confirmations.removeSpeaker(anas, personOf(reviewerKernelId)));
		assertThat(kept()).containsExactly(anas).isEqualTo(fresh());
	}

	@Test
	void mergingASpeakerIntoTheReviewersPersonUncountsTheReviewersReviewOfTheSpeakersTopic() {
		long speaker = people.create("Rita R.", List.of("Rita R."), null).id();
		long ritas = topic(kernelId, "By Rita under another name", speakerBId);
		jdbc.sql("UPDATE topic_speaker SET person_id = ? WHERE topic_id = ?").params(speaker, ritas).update();
		reviews.save(reviewerKernelId, event, "kernel", ritas, null, new ReviewInput("2", "Good."));
		assertThat(kept()).containsExactly(ritas).isEqualTo(fresh());

		duplicates.merge(
				new MergeRequest(personOf(reviewerKernelId), version(personOf(reviewerKernelId)), speaker,
						version(speaker), ValueFrom.KEPT, ValueFrom.KEPT, ValueFrom.KEPT),
				ActingOrganiser.siteAdmin(organiserId));

		assertThat(kept()).as("the speaker is Rita: her review of her own topic no longer counts").isEmpty();
		assertThat(fresh()).isEmpty();
	}

	@Test
	void aReviewAndItsReviewersDeclarationAtTheSameMomentLeaveTheTopicCountedAsTheRuleSays() throws Exception {
		for (int round = 0; round < 5; round++) {
			long topic = topic(kernelId, "Raced " + round, speakerAId);
			reviews.save(leadKernelId, event, "kernel", topic, null, new ReviewInput("1", "Lena's."));
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Void>> both = new ArrayList<>();
			both.add(CompletableFuture.runAsync(() -> {
				await(together);
				reviews.save(reviewerKernelId, event, "kernel", topic, null, new ReviewInput("2", "Rita's."));
			}));
			both.add(CompletableFuture.runAsync(() -> {
				await(together);
				declaredConflicts.declare(leadKernelId, event, "kernel", topic, "Lena's team.");
			}));
			CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get();

			assertThat(kept()).as("round %d: Rita's review counts, Lena's does not", round)
				.contains(topic)
				.isEqualTo(fresh());
		}
	}

	/**
	 * An organiser marks Rita against Ben while Ben becomes a speaker of Ana's topic,
	 * which Rita reviewed, then unmarks her while Ben is taken off again, in both orders:
	 * the first change's transaction stays open until the second waits for it (or,
	 * without the lock on Ben's person, has finished without seeing it). Each change
	 * takes the lock lines of its service: the person, then the topic.
	 */
	@Test
	void aConflictMarkAndItsPersonBecomingOrCeasingToBeASpeakerAtTheSameMomentLeaveTheTopicAsTheRuleSays()
			throws Exception {
		topic(kernelId, "Ben's", speakerBId);
		long ben = personOf(speakerBId);
		ConflictInput ritaAgainstBen = new ConflictInput(REVIEWER_KERNEL, Long.toString(ben), "Same team.");
		for (boolean markFirst : List.of(true, false)) {
			long anas = topic(kernelId, "Ana's, mark first: " + markFirst, speakerAId);
			reviews.save(reviewerKernelId, event, "kernel", anas, null, new ReviewInput("2", "Good."));
			Callable<ConflictMark> mark = () -> conflicts.mark(event, organiserId, ritaAgainstBen);
			Callable<ConflictMark> benSpeaks = () -> transactions.execute(status -> {
				coSpeakers.lockSpeakerAndTopic(ben, anas);
				coSpeakers.appendSpeaker(anas, ben, "Ben Speaker");
				return null;
			});

			LockWaits.Race<ConflictMark> marked = markFirst ? LockWaits.race(jdbc, transactions, mark, benSpeaks)
					: LockWaits.race(jdbc, transactions, benSpeaks, mark);

			assertThat(marked.secondFailure()).isNull();
			assertThat(kept()).as("mark first: %s; Rita is marked against a speaker of Ana's topic", markFirst)
				.doesNotContain(anas)
				.isEqualTo(fresh());
			assertThat(marked.secondWaited()).as("mark first: %s", markFirst).isTrue();

			long markId = (markFirst ? marked.first() : marked.second()).id();
			Callable<ConflictMark> unmark = () -> {
				conflicts.unmark(event, organiserId, markId);
				return null;
			};
			Callable<ConflictMark> benTakenOff = () -> transactions.execute(status -> {
				confirmations.lockSpeakerAndTopic(ben, anas);
				confirmations.removeSpeaker(anas, ben);
				return null;
			});

			LockWaits.Race<ConflictMark> unmarked = markFirst ? LockWaits.race(jdbc, transactions, unmark, benTakenOff)
					: LockWaits.race(jdbc, transactions, benTakenOff, unmark);

			assertThat(unmarked.secondFailure()).isNull();
			assertThat(kept()).as("mark first: %s; nothing conflicts Rita with Ana's topic any more", markFirst)
				.contains(anas)
				.isEqualTo(fresh());
			assertThat(unmarked.secondWaited()).as("mark first: %s", markFirst).isTrue();
		}
	}

	@Test
	void aConflictMarkRemovedAsItsPersonBecomesASpeakerLeavesTheTopicAsTheRuleSays() throws Exception {
		topic(kernelId, "Ben's", speakerBId);
		long ben = personOf(speakerBId);
		for (boolean unmarkFirst : List.of(true, false)) {
			long anas = topic(kernelId, "Ana's, unmark first: " + unmarkFirst, speakerAId);
			reviews.save(reviewerKernelId, event, "kernel", anas, null, new ReviewInput("2", "Good."));
			long markId = conflicts
				.mark(event, organiserId, new ConflictInput(REVIEWER_KERNEL, Long.toString(ben), "Same team."))
				.id();
			Callable<Void> unmark = () -> {
				conflicts.unmark(event, organiserId, markId);
				return null;
			};
			Callable<Void> benSpeaks = () -> transactions.execute(status -> {
				coSpeakers.lockSpeakerAndTopic(ben, anas);
				coSpeakers.appendSpeaker(anas, ben, "Ben Speaker");
				return null;
			});

			LockWaits.Race<Void> race = unmarkFirst ? LockWaits.race(jdbc, transactions, unmark, benSpeaks)
					: LockWaits.race(jdbc, transactions, benSpeaks, unmark);

			assertThat(race.secondFailure()).isNull();
			assertThat(kept()).as("unmark first: %s; Ben speaks, but Rita is no longer marked against him", unmarkFirst)
				.contains(anas)
				.isEqualTo(fresh());
			assertThat(race.secondWaited()).as("unmark first: %s", unmarkFirst).isTrue();
		}
	}

	@Test
	void twoReviewsOfOneTopicAtTheSameMomentAreBothSaved() throws Exception {
		for (int round = 0; round < 5; round++) {
			long topic = topic(kernelId, "Reviewed twice " + round, speakerAId);
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Review>> both = new ArrayList<>();
			for (long reviewer : List.of(leadKernelId, reviewerKernelId)) {
				both.add(CompletableFuture.supplyAsync(() -> {
					await(together);
					return reviews.save(reviewer, event, "kernel", topic, null, new ReviewInput("1", "Seen."));
				}));
			}
			CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get();

			assertThat(count("SELECT COUNT(*) FROM review WHERE topic_id = ?", topic))
				.as("round %d: neither save waited for the other's lock in a circle", round)
				.isEqualTo(2);
			assertThat(kept()).contains(topic).isEqualTo(fresh());
		}
	}

	@Test
	void aReviewWrittenAroundTheServiceCountsOnceItsTopicIsRecomputed() {
		long anas = topic(kernelId, "Ana's", speakerAId);
		review(anas, speakerAId, 2);
		review(anas, reviewerKernelId, 1);

		reviewedTopics.recompute(List.of(anas));
		assertThat(kept()).as("the author's own review never counts, Rita's does").containsExactly(anas);

		jdbc.sql("DELETE FROM review WHERE reviewer_id = ?").param(reviewerKernelId).update();
		reviewedTopics.recomputeEvent(event.id());
		assertThat(kept()).as("only the author's review is left").isEmpty();
		assertThat(fresh()).isEmpty();
	}

	private Set<Long> kept() {
		return new TreeSet<>(jdbc.sql("SELECT topic_id FROM reviewed_topic WHERE event_id = ?")
			.param(event.id())
			.query(Long.class)
			.list());
	}

	/**
	 * The event's topics with a review whose reviewer the conflict view does not name.
	 */
	private Set<Long> fresh() {
		return new TreeSet<>(jdbc.sql("""
				SELECT DISTINCT r.topic_id FROM review r JOIN topic t ON t.id = r.topic_id
				WHERE t.event_id = ? AND NOT EXISTS (
				    SELECT 1 FROM topic_conflict c WHERE c.topic_id = r.topic_id AND c.account_id = r.reviewer_id)""")
			.param(event.id())
			.query(Long.class)
			.list());
	}

	private int version(long personId) {
		return (int) count("SELECT version FROM person WHERE id = ?", personId);
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
