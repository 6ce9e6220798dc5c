package org.plumbline.schedule.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem's penalty tables as lookups, a fact the constraints join with. The sparse
 * tables are spread into arrays indexed by talk, track, block rank and room rank once per
 * solve, and each remote presenter's penalty is worked out per block then too, since the
 * constraints look them up on every move.
 */
public final class PenaltyLookup {

	private final long[][] trackBlocks;

	private final long[][] trackRooms;

	private final long[][] roomBlocks;

	private final long[][] talkBlocks;

	private final long[][] talkRooms;

	private final long[][] similarities;

	private final long[][] presenterTimes;

	PenaltyLookup(PenaltyTables tables, List<Block> blocksInOrder, List<Room> rooms, List<Track> tracks,
			List<Talk> talks) {
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

}
