package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.LockWaits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many markers marked both MCs of a pair is counted as MCs are marked and unmarked,
 * in the same transaction, so that the organisers' audience matrix reads one row per
 * pair: after any mix of marks and unmarks, concurrent ones and ones rolled back
 * included, the shared audiences equal a fresh pairing of the marks. A pair whose count
 * was not kept beside its marks (marks written by hand) is counted afresh at the next
 * change of one of its MCs' marks by a marker of the other.
 * {@link InterestPairCountPostgresTest} runs the same on PostgreSQL.
 */
class InterestPairCountTest extends ScheduleWebTest {

	@Autowired
	InterestMarks marks;

	@Autowired
	AudienceFigures audience;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void marksAndUnmarksOfAccountsAndVisitorsKeepEverySharedAudienceEqualToTheMarks() {
		InterestMarker lena = InterestMarker.account(accountId(LEAD_KERNEL));
		InterestMarker sam = InterestMarker.account(accountId(STRANGER));
		InterestMarker visitor = InterestMarker.visitor(InterestMarker.newVisitorId());
		mark(lena, kernelId);
		mark(lena, toolsId);
		mark(lena, toolsId);
		mark(sam, toolsId);
		mark(sam, kernelId);
		mark(visitor, kernelId);
		mark(visitor, toolsId);
		marks.mark(event.id(), sam, InterestSubject.talk(talkId));
		marks.unmark(event.id(), visitor, InterestSubject.microconference(kernelId));
		marks.unmark(event.id(), visitor, InterestSubject.microconference(kernelId));

		assertThat(shared())
			.as("Lena and Sam marked both MCs; the visitor's Kernel mark was taken away, "
					+ "a second mark or unmark changes nothing, and a talk's mark makes no pair")
			.isEqualTo(Map.of(pair(kernelId, toolsId), 2))
			.isEqualTo(freshPairs());
		assertThat(audience.sharedAudiencesAmong(event.id(), List.of(kernelId))).as("a pair needs both MCs asked for")
			.isEmpty();

		marks.unmark(event.id(), lena, InterestSubject.microconference(toolsId));
		marks.unmark(event.id(), sam, InterestSubject.microconference(kernelId));

		assertThat(shared()).as("nobody marked both any more").isEmpty();
		assertThat(freshPairs()).isEmpty();
	}

	@Test
	void twoFirstMarksMakingOnePairAtTheSameMomentAreBothCounted() throws Exception {
		for (int round = 0; round < 5; round++) {
			jdbc.sql("DELETE FROM interest_mark").update();
			jdbc.sql("DELETE FROM interest_count").update();
			jdbc.sql("DELETE FROM interest_pair_count").update();
			List<InterestMarker> visitors = List.of(InterestMarker.visitor(InterestMarker.newVisitorId()),
					InterestMarker.visitor(InterestMarker.newVisitorId()));
			visitors.forEach(visitor -> mark(visitor, toolsId));
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Void>> both = new ArrayList<>();
			for (InterestMarker visitor : visitors) {
				both.add(CompletableFuture.runAsync(() -> {
					await(together);
					mark(visitor, kernelId);
				}));
			}
			CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get();

			assertThat(shared()).as("round %d", round).isEqualTo(Map.of(pair(kernelId, toolsId), 2));
			assertThat(shared()).isEqualTo(freshPairs());
		}
	}

	/**
	 * One marker in two tabs: the first mark's transaction stays open until the second
	 * waits for it (or, without the lock on the marker, has finished without seeing the
	 * first's mark and without counting the pair), in each order of the two MCs, for an
	 * account and for a visitor (whose marks' rows are what holds them).
	 */
	@Test
	void oneMarkersMarksOfTwoMcsAtTheSameMomentCountTheirPair() throws Exception {
		InterestMarker visitor = InterestMarker.visitor(InterestMarker.newVisitorId());
		List<InterestMarker> markers = List.of(InterestMarker.account(accountId(STRANGER)), visitor);
		for (int round = 0; round < 8; round++) {
			jdbc.sql("DELETE FROM interest_mark").update();
			jdbc.sql("DELETE FROM interest_count").update();
			jdbc.sql("DELETE FROM interest_pair_count").update();
			InterestMarker marker = markers.get(round % 2);
			marks.mark(event.id(), visitor, InterestSubject.talk(talkId));
			long first = round % 4 < 2 ? kernelId : toolsId;
			long second = first == kernelId ? toolsId : kernelId;

			LockWaits.Race<Void> race = LockWaits.race(jdbc, transactions, () -> {
				mark(marker, first);
				return null;
			}, () -> {
				mark(marker, second);
				return null;
			});

			assertThat(race.secondFailure()).as("round %d", round).isNull();
			assertThat(shared()).as("round %d: %s marked both", round, marker)
				.isEqualTo(Map.of(pair(kernelId, toolsId), 1))
				.isEqualTo(freshPairs());
			assertThat(race.secondWaited()).as("round %d: the second mark waited for the first", round).isTrue();
		}
	}

	@Test
	void anUnmarkAndAMarkOfOneMarkerAtTheSameMomentLeaveTheirPairsEqualToTheMarks() throws Exception {
		InterestMarker visitor = InterestMarker.visitor(InterestMarker.newVisitorId());
		for (InterestMarker marker : List.of(InterestMarker.account(accountId(STRANGER)), visitor)) {
			jdbc.sql("DELETE FROM interest_mark").update();
			jdbc.sql("DELETE FROM interest_count").update();
			jdbc.sql("DELETE FROM interest_pair_count").update();
			mark(marker, kernelId);

			LockWaits.Race<Void> race = LockWaits.race(jdbc, transactions, () -> {
				marks.unmark(event.id(), marker, InterestSubject.microconference(kernelId));
				return null;
			}, () -> {
				mark(marker, toolsId);
				return null;
			});

			assertThat(race.secondFailure()).isNull();
			assertThat(shared()).as("%s: Kernel's mark went before Tools' came", marker).isEmpty();
			assertThat(freshPairs()).isEmpty();
			mark(marker, kernelId);
			assertThat(shared()).isEqualTo(Map.of(pair(kernelId, toolsId), 1)).isEqualTo(freshPairs());
		}
	}

	@Test
	void aMarkRolledBackWithItsTransactionLeavesTheSharedAudienceAsItWas() {
		InterestMarker sam = InterestMarker.account(accountId(STRANGER));
		mark(sam, kernelId);
		mark(sam, toolsId);

		transactions.executeWithoutResult(status -> {
			InterestMarker lena = InterestMarker.account(accountId(LEAD_KERNEL));
			mark(lena, kernelId);
			mark(lena, toolsId);
			marks.unmark(event.id(), sam, InterestSubject.microconference(toolsId));
			status.setRollbackOnly();
		});

		assertThat(shared()).isEqualTo(Map.of(pair(kernelId, toolsId), 1)).isEqualTo(freshPairs());
	}

	@Test
	void aMarkOfAPairWhoseMarksWereWrittenWithoutTheirCountCountsThemAll() {
		for (int visitor = 0; visitor < 2; visitor++) {
			String hash = InterestMarker.visitor(InterestMarker.newVisitorId()).visitorHash();
			markAroundTheRepository(hash, kernelId);
			markAroundTheRepository(hash, toolsId);
		}
		InterestMarker sam = InterestMarker.account(accountId(STRANGER));
		mark(sam, kernelId);
		mark(sam, toolsId);

		assertThat(shared()).isEqualTo(Map.of(pair(kernelId, toolsId), 3)).isEqualTo(freshPairs());
	}

	@Test
	void anUnmarkOfAPairWithoutItsCountRowRecountsItFromTheMarks() {
		String hash = InterestMarker.visitor(InterestMarker.newVisitorId()).visitorHash();
		markAroundTheRepository(hash, kernelId);
		markAroundTheRepository(hash, toolsId);
		InterestMarker sam = InterestMarker.account(accountId(STRANGER));
		mark(sam, kernelId);
		mark(sam, toolsId);
		jdbc.sql("DELETE FROM interest_pair_count").update();

		marks.unmark(event.id(), sam, InterestSubject.microconference(kernelId));

		assertThat(shared()).as("the visitor's pair, written by hand, is still there")
			.isEqualTo(Map.of(pair(kernelId, toolsId), 1))
			.isEqualTo(freshPairs());
	}

	private void mark(InterestMarker marker, long microconferenceId) {
		marks.mark(event.id(), marker, InterestSubject.microconference(microconferenceId));
	}

	private void markAroundTheRepository(String visitorHash, long microconferenceId) {
		jdbc.sql("""
				INSERT INTO interest_mark (event_id, visitor_hash, microconference_id, created_at)
				VALUES (?, ?, ?, CURRENT_TIMESTAMP)""").params(event.id(), visitorHash, microconferenceId).update();
	}

	private Map<String, Integer> shared() {
		Map<String, Integer> pairs = new HashMap<>();
		audience.sharedAudiences(event.id())
			.forEach(shared -> pairs.put(pair(shared.firstMicroconferenceId(), shared.secondMicroconferenceId()),
					shared.markers()));
		Map<String, Integer> among = new HashMap<>();
		audience.sharedAudiencesAmong(event.id(), List.of(kernelId, toolsId))
			.forEach(shared -> among.put(pair(shared.firstMicroconferenceId(), shared.secondMicroconferenceId()),
					shared.markers()));
		assertThat(among).as("the pairs among both MCs are all the event's").isEqualTo(pairs);
		return pairs;
	}

	/** Every pair of MCs with the number of markers who marked both, counted now. */
	private Map<String, Integer> freshPairs() {
		Map<String, List<Long>> byMarker = new HashMap<>();
		jdbc.sql("""
				SELECT COALESCE(CAST(account_id AS VARCHAR(64)), visitor_hash) AS marker, microconference_id
				FROM interest_mark WHERE event_id = ? AND microconference_id IS NOT NULL""")
			.param(event.id())
			.query((rs, row) -> byMarker.computeIfAbsent(rs.getString("marker"), marker -> new ArrayList<>())
				.add(rs.getLong("microconference_id")))
			.list();
		Map<String, Integer> pairs = new HashMap<>();
		for (List<Long> marked : byMarker.values()) {
			for (long one : marked) {
				for (long other : marked) {
					if (one < other) {
						pairs.merge(pair(one, other), 1, Integer::sum);
					}
				}
			}
		}
		return pairs;
	}

	private static String pair(long one, long other) {
		return Math.min(one, other) + "-" + Math.max(one, other);
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
