package org.plumbline.schedule.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem's penalty tables as lookups, a fact the constraints join with. The sparse
 * tables are spread into arrays indexed by talk, track, block rank and room rank once per
 * solve, and each remote presenter's penalty is worked out per block then too, since the
 * constraints look them up on every move; so are the slots in which each person is
 * unavailable.
 */
public final class PenaltyLookup {

	private final long[][] trackBlocks;

	private final long[][] trackRooms;

	private final long[][] roomBlocks;

	private final long[][] talkBlocks;

	private final long[][] talkRooms;

	private final long[][] similarities;

	private final long[][] presenterTimes;

	/**
	 * By person index and block rank, the slots in which the person is unavailable;
	 * {@code null} where they are available throughout.
	 */
	private final BitSet[][] unavailableSlots;

	private final boolean anyoneUnavailable;

	PenaltyLookup(PenaltyTables tables, List<Block> blocksInOrder, List<Room> rooms, List<Track> tracks,
			List<Talk> talks, Map<String, Integer> personIndices) {
		Map<String, Integer> blockRanks = indices(blocksInOrder.stream().map(Block::id).toList());
		Map<String, Integer> roomRanks = indices(rooms.stream().map(Room::id).toList());
		Map<String, Integer> trackIndices = indices(tracks.stream().map(Track::id).toList());
		Map<String, Integer> talkIndices = indices(talks.stream().map(Talk::id).toList());
		this.trackBlocks = table(tables.trackBlocks(), trackIndices, blockRanks);
		this.trackRooms = table(tables.trackRooms(), trackIndices, roomRanks);
		this.roomBlocks = table(tables.roomBlocks(), roomRanks, blockRanks);
		this.talkBlocks = table(tables.talkBlocks(), talkIndices, blockRanks);
		this.talkRooms = table(tables.talkRooms(), talkIndices, roomRanks);
		this.similarities = new long[tracks.size()][tracks.size()];
		for (Similarity similarity : tables.similarities()) {
			int track = trackIndices.get(similarity.track());
			int other = trackIndices.get(similarity.otherTrack());
			similarities[track][other] = similarity.similarity();
			similarities[other][track] = similarity.similarity();
		}
		this.presenterTimes = new long[talks.size()][blocksInOrder.size()];
		for (int talk = 0; talk < talks.size(); talk++) {
			for (int block = 0; block < blocksInOrder.size(); block++) {
				presenterTimes[talk][block] = presenterTime(tables, talks.get(talk), blocksInOrder.get(block));
			}
		}
		this.unavailableSlots = new BitSet[personIndices.size()][blocksInOrder.size()];
		this.anyoneUnavailable = !tables.personBlocks().isEmpty();
		for (PersonBlock entry : tables.personBlocks()) {
			Integer person = personIndices.get(entry.person());
			// Named only by a track without talks: no talk needs them.
			if (person != null) {
				int block = blockRanks.get(entry.block());
				BitSet slots = new BitSet();
				for (int slot = 0; slot < blocksInOrder.get(block).slots(); slot++) {
					slots.set(slot, entry.during(slot, slot + 1));
				}
				unavailableSlots[person][block] = slots;
			}
		}
	}

	private static Map<String, Integer> indices(List<String> ids) {
		Map<String, Integer> indices = new HashMap<>();
		for (int index = 0; index < ids.size(); index++) {
			indices.put(ids.get(index), index);
		}
		return indices;
	}

	private static long[][] table(List<TablePenalty> entries, Map<String, Integer> subjects,
			Map<String, Integer> targets) {
		long[][] table = new long[subjects.size()][targets.size()];
		entries.forEach(entry -> table[subjects.get(entry.subject())][targets.get(entry.target())] = entry.penalty());
		return table;
	}

	/**
	 * Per slot: the big penalty outside acceptable hours, else the small one outside
	 * suitable.
	 */
	private static long presenterTime(PenaltyTables tables, Talk talk, Block block) {
		PresenterHours hours = talk.presenterHours();
		if (hours == null) {
			return 0;
		}
		if (!hours.acceptableFor(block.start(), block.length())) {
			return tables.outsideAcceptableHours() * talk.slots();
		}
		if (!hours.suitableFor(block.start(), block.length())) {
			return tables.outsideSuitableHours() * talk.slots();
		}
		return 0;
	}

	long trackBlock(Session session) {
		return trackBlocks[session.trackIndex()][session.blockRank()];
	}

	long trackRoom(Session session) {
		return trackRooms[session.trackIndex()][session.roomRank()];
	}

	long roomBlock(Session session) {
		return roomBlocks[session.roomRank()][session.blockRank()];
	}

	long talkBlock(PlannedTalk talk) {
		return talkBlocks[talk.facts().index()][talk.spot().blockRank()];
	}

	long talkRoom(PlannedTalk talk) {
		return talkRooms[talk.facts().index()][talk.spot().roomRank()];
	}

	long similarity(Session session, Session other) {
		return similarities[session.trackIndex()][other.trackIndex()];
	}

	long presenterTime(PlannedTalk talk) {
		return presenterTimes[talk.facts().index()][talk.spot().blockRank()];
	}

	/**
	 * Who the talk needs, where it sits, while they are unavailable: its track's leads
	 * and key attendees for its session (one who is both, as a lead), and its presenters
	 * for the talk itself unless they lead the track and so count with the session.
	 */
	List<Absence> absences(PlannedTalk talk) {
		if (!anyoneUnavailable) {
			return List.of();
		}
		TalkFacts facts = talk.facts();
		List<Absence> absences = new ArrayList<>();
		for (int chair : facts.chairList()) {
			if (unavailable(chair, talk)) {
				absences.add(new Absence(chair, talk.session(), Absence.WHOLE_SESSION, false));
			}
		}
		for (int keyAttendee : facts.keyAttendeeList()) {
			if (!facts.chairs().get(keyAttendee) && unavailable(keyAttendee, talk)) {
				absences.add(new Absence(keyAttendee, talk.session(), Absence.WHOLE_SESSION, true));
			}
		}
		for (int presenter : facts.presenterList()) {
			if (!facts.chairs().get(presenter) && unavailable(presenter, talk)) {
				absences.add(new Absence(presenter, talk.session(), facts.index(), false));
			}
		}
		return absences;
	}

	/** Whether the person is unavailable during one of the slots the talk fills. */
	private boolean unavailable(int person, PlannedTalk talk) {
		BitSet slots = unavailableSlots[person][talk.spot().blockRank()];
		if (slots == null) {
			return false;
		}
		int firstUnavailable = slots.nextSetBit(talk.firstSlot());
		return firstUnavailable >= 0 && firstUnavailable < talk.endSlot();
	}

}
