package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The marks each MC and talk has are counted as they are made and taken away, in the same
 * transaction (so that the overview and the room-size check read a count instead of
 * counting every mark): after any mix of marks and unmarks, concurrent ones and ones
 * rolled back included, every count equals a fresh count of the marks. A count that was
 * not kept beside its marks (missing, or behind marks written by hand) is counted afresh
 * at the next mark or unmark of its subject, never taken below nothing.
 * {@link InterestCountPostgresTest} runs the same on PostgreSQL.
 */
class InterestCountTest extends ScheduleWebTest {

	@Autowired
	InterestMarks marks;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void marksAndUnmarksOfAccountsAndVisitorsKeepEveryCountEqualToTheMarks() {
		long lena = accountId(LEAD_KERNEL);
		long sam = accountId(STRANGER);
		String visitor = InterestMarker.newVisitorId();
		marks.mark(event.id(), InterestMarker.account(lena), InterestSubject.microconference(kernelId));
		marks.mark(event.id(), InterestMarker.account(lena), InterestSubject.microconference(kernelId));
		marks.mark(event.id(), InterestMarker.account(sam), InterestSubject.microconference(kernelId));
		marks.mark(event.id(), InterestMarker.visitor(visitor), InterestSubject.microconference(kernelId));
		marks.mark(event.id(), InterestMarker.visitor(visitor), InterestSubject.microconference(toolsId));
		marks.mark(event.id(), InterestMarker.account(sam), InterestSubject.talk(talkId));
		marks.unmark(event.id(), InterestMarker.account(sam), InterestSubject.microconference(kernelId));
		marks.unmark(event.id(), InterestMarker.account(sam), InterestSubject.microconference(toolsId));
		marks.unmark(event.id(), InterestMarker.visitor(visitor), InterestSubject.microconference(toolsId));

		assertThat(marks.counts(event.id()))
			.as("marking twice counts once, unmarking what was never marked takes nothing, "
					+ "and an MC whose marks were all taken away has none")
			.isEqualTo(new InterestCounts(Map.of(kernelId, 2), Map.of(talkId, 1)))
			.isEqualTo(freshCount());
		assertThat(marks.counts(event.id(), List.of(kernelId, toolsId), List.of(talkId)))
			.as("the counts of chosen subjects")
			.isEqualTo(freshCount());
	}

	@Test
	void twoFirstMarksOfOneMcAtTheSameMomentAreBothCounted() throws Exception {
		for (int round = 0; round < 5; round++) {
			jdbc.sql("DELETE FROM interest_mark").update();
			jdbc.sql("DELETE FROM interest_count").update();
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Void>> pair = new ArrayList<>();
			for (int visitor = 0; visitor < 2; visitor++) {
				InterestMarker marker = InterestMarker.visitor(InterestMarker.newVisitorId());
				pair.add(CompletableFuture.runAsync(() -> {
					await(together);
					marks.mark(event.id(), marker, InterestSubject.microconference(kernelId));
				}));
			}
			CompletableFuture.allOf(pair.toArray(CompletableFuture[]::new)).get();

			assertThat(marks.counts(event.id()).ofMicroconference(kernelId)).as("round %d", round).isEqualTo(2);
			assertThat(marks.counts(event.id())).isEqualTo(freshCount());
		}
	}

	@Test
	void aMarkRolledBackWithItsTransactionLeavesTheCountAsItWas() {
		marks.mark(event.id(), InterestMarker.account(accountId(STRANGER)), InterestSubject.microconference(kernelId));

		transactions.executeWithoutResult(status -> {
			marks.mark(event.id(), InterestMarker.account(accountId(LEAD_KERNEL)),
					InterestSubject.microconference(kernelId));
			marks.mark(event.id(), InterestMarker.account(accountId(LEAD_KERNEL)),
					InterestSubject.microconference(toolsId));
			marks.unmark(event.id(), InterestMarker.account(accountId(STRANGER)),
					InterestSubject.microconference(kernelId));
			status.setRollbackOnly();
		});

		assertThat(marks.counts(event.id())).isEqualTo(new InterestCounts(Map.of(kernelId, 1), Map.of()))
			.isEqualTo(freshCount());
	}

	@Test
	void anUnmarkOfAnMcWithoutItsCountRowRecountsItFromTheMarks() {
		marks.mark(event.id(), InterestMarker.account(accountId(LEAD_KERNEL)),
				InterestSubject.microconference(kernelId));
		marks.mark(event.id(), InterestMarker.account(accountId(STRANGER)), InterestSubject.microconference(kernelId));
		marks.mark(event.id(), InterestMarker.account(accountId(STRANGER)), InterestSubject.talk(talkId));
		jdbc.sql("DELETE FROM interest_count").update();

		marks.unmark(event.id(), InterestMarker.account(accountId(STRANGER)),
				InterestSubject.microconference(kernelId));
		marks.unmark(event.id(), InterestMarker.account(accountId(STRANGER)), InterestSubject.talk(talkId));

		assertThat(marks.counts(event.id())).as("one mark left on the MC, none on the talk")
			.isEqualTo(new InterestCounts(Map.of(kernelId, 1), Map.of()))
			.isEqualTo(freshCount());
	}

	@Test
	void twoUnmarksOfAnMcWithoutItsCountRowAtTheSameMomentAreBothTaken() throws Exception {
		for (int round = 0; round < 5; round++) {
			jdbc.sql("DELETE FROM interest_mark").update();
			List<InterestMarker> markers = new ArrayList<>();
			for (int visitor = 0; visitor < 3; visitor++) {
				markers.add(InterestMarker.visitor(InterestMarker.newVisitorId()));
				marks.mark(event.id(), markers.get(visitor), InterestSubject.microconference(kernelId));
			}
			jdbc.sql("DELETE FROM interest_count").update();
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Void>> pair = new ArrayList<>();
			for (InterestMarker marker : markers.subList(0, 2)) {
				pair.add(CompletableFuture.runAsync(() -> {
					await(together);
					marks.unmark(event.id(), marker, InterestSubject.microconference(kernelId));
				}));
			}
			CompletableFuture.allOf(pair.toArray(CompletableFuture[]::new)).get();

			assertThat(marks.counts(event.id()).ofMicroconference(kernelId)).as("round %d", round).isEqualTo(1);
			assertThat(marks.counts(event.id())).isEqualTo(freshCount());
		}
	}

	@Test
	void aMarkOfAnMcWhoseMarksWereWrittenWithoutTheirCountCountsThemAll() {
		markAroundTheRepository(InterestMarker.visitor(InterestMarker.newVisitorId()));
		markAroundTheRepository(InterestMarker.visitor(InterestMarker.newVisitorId()));

		marks.mark(event.id(), InterestMarker.account(accountId(STRANGER)), InterestSubject.microconference(kernelId));

		assertThat(marks.counts(event.id()).ofMicroconference(kernelId)).isEqualTo(3);
		assertThat(marks.counts(event.id())).isEqualTo(freshCount());
	}

	@Test
	void anUnmarkOfAMarkItsCountNeverSawRecountsInsteadOfGoingBelowNothing() {
		marks.mark(event.id(), InterestMarker.account(accountId(STRANGER)), InterestSubject.microconference(kernelId));
		marks.unmark(event.id(), InterestMarker.account(accountId(STRANGER)),
				InterestSubject.microconference(kernelId));
		InterestMarker visitor = InterestMarker.visitor(InterestMarker.newVisitorId());
		markAroundTheRepository(visitor);
		markAroundTheRepository(InterestMarker.visitor(InterestMarker.newVisitorId()));

		marks.unmark(event.id(), visitor, InterestSubject.microconference(kernelId));

		assertThat(marks.counts(event.id()).ofMicroconference(kernelId)).isEqualTo(1);
		assertThat(marks.counts(event.id())).isEqualTo(freshCount());
	}

	/** A visitor's mark of the Kernel MC by manual SQL, leaving its count as it was. */
	private void markAroundTheRepository(InterestMarker visitor) {
		jdbc.sql("""
				INSERT INTO interest_mark (event_id, visitor_hash, microconference_id, created_at)
				VALUES (?, ?, ?, CURRENT_TIMESTAMP)""").params(event.id(), visitor.visitorHash(), kernelId).update();
	}

	private InterestCounts freshCount() {
		Map<Long, Integer> byMicroconference = new HashMap<>();
		Map<Long, Integer> byTopic = new HashMap<>();
		jdbc.sql("""
				SELECT microconference_id, topic_id, COUNT(*) AS marks FROM interest_mark WHERE event_id = ?
				GROUP BY microconference_id, topic_id""").param(event.id()).query((rs, row) -> {
			Long mc = rs.getObject("microconference_id", Long.class);
			if (mc != null) {
				return byMicroconference.put(mc, rs.getInt("marks"));
			}
			return byTopic.put(rs.getLong("topic_id"), rs.getInt("marks"));
		}).list();
		return new InterestCounts(byMicroconference, byTopic);
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
