package org.plumbline.schedule.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The problem's penalty tables as lookups, a fact the constraints join with. */
public final class PenaltyLookup {

	private final Map<Key, Long> trackBlocks;

	private final Map<Key, Long> trackRooms;

	private final Map<Key, Long> roomBlocks;

	private final Map<Key, Long> talkBlocks;

	private final Map<Key, Long> talkRooms;

	private final Map<Key, Long> similarities;

	private final long outsideSuitableHours;

	private final long outsideAcceptableHours;

	PenaltyLookup(PenaltyTables tables) {
		this.trackBlocks = byKey(tables.trackBlocks());
		this.trackRooms = byKey(tables.trackRooms());
		this.roomBlocks = byKey(tables.roomBlocks());
		this.talkBlocks = byKey(tables.talkBlocks());
		this.talkRooms = byKey(tables.talkRooms());
		this.similarities = new HashMap<>();
		for (Similarity similarity : tables.similarities()) {
			similarities.put(new Key(similarity.track(), similarity.otherTrack()), similarity.similarity());
			similarities.put(new Key(similarity.otherTrack(), similarity.track()), similarity.similarity());
		}
		this.outsideSuitableHours = tables.outsideSuitableHours();
		this.outsideAcceptableHours = tables.outsideAcceptableHours();
	}

	private static Map<Key, Long> byKey(List<TablePenalty> table) {
		Map<Key, Long> lookup = new HashMap<>();
		table.forEach(entry -> lookup.put(new Key(entry.subject(), entry.target()), entry.penalty()));
		return lookup;
	}

	long trackBlock(Session session) {
		return trackBlocks.getOrDefault(new Key(session.track().id(), session.block().id()), 0L);
	}

	long trackRoom(Session session) {
		return trackRooms.getOrDefault(new Key(session.track().id(), session.room().id()), 0L);
	}

	long roomBlock(Session session) {
		return roomBlocks.getOrDefault(new Key(session.room().id(), session.block().id()), 0L);
	}

	long talkBlock(PlannedTalk talk) {
		return talkBlocks.getOrDefault(new Key(talk.id(), talk.blockId()), 0L);
	}

	long talkRoom(PlannedTalk talk) {
		return talkRooms.getOrDefault(new Key(talk.id(), talk.roomId()), 0L);
	}

	long similarity(Track track, Track other) {
		return similarities.getOrDefault(new Key(track.id(), other.id()), 0L);
	}

	/**
	 * Per slot: the big penalty outside acceptable hours, else the small one outside
	 * suitable.
	 */
	long presenterTime(PlannedTalk talk) {
		PresenterHours hours = talk.talk().presenterHours();
		if (hours == null) {
			return 0;
		}
		Block block = talk.block();
		if (!hours.acceptableFor(block.start(), block.length())) {
			return outsideAcceptableHours * talk.slots();
		}
		if (!hours.suitableFor(block.start(), block.length())) {
			return outsideSuitableHours * talk.slots();
		}
		return 0;
	}

	private record Key(String subject, String target) {
	}

}
