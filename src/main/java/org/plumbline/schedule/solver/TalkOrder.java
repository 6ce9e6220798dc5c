package org.plumbline.schedule.solver;

import java.util.Comparator;
import java.util.List;

/**
 * How far a track's talks are from the positions wanted for them: a talk's position is
 * its place (from 1) among its track's talks ordered by block, room and slot.
 */
final class TalkOrder {

	private static final Comparator<PlannedTalk> IN_TRACK_ORDER = Comparator
		.comparingInt((PlannedTalk talk) -> talk.spot().blockRank())
		.thenComparingInt(talk -> talk.spot().roomRank())
		.thenComparingInt(PlannedTalk::firstSlot)
		.thenComparing(PlannedTalk::id);

	private TalkOrder() {
	}

	static long violations(List<PlannedTalk> trackTalks) {
		List<PlannedTalk> ordered = trackTalks.stream().sorted(IN_TRACK_ORDER).toList();
		long violations = 0;
		for (int index = 0; index < ordered.size(); index++) {
			PlannedTalk talk = ordered.get(index);
			Integer wanted = talk.talk().wantedPosition();
			if (wanted != null && wanted != index + 1) {
				violations++;
			}
			for (PlannedTalk later : ordered.subList(index + 1, ordered.size())) {
				if (wanted != null && later.talk().wantedPosition() != null && sameBlockAndSlot(talk, later)) {
					violations++;
				}
			}
		}
		return violations;
	}

	private static boolean sameBlockAndSlot(PlannedTalk talk, PlannedTalk other) {
		return talk.blockId().equals(other.blockId()) && talk.firstSlot() == other.firstSlot();
	}

}
