package org.plumbline.schedule.solver;

import java.util.BitSet;

/**
 * One track in one occupied (block, room): a session, which the cell-level rules count.
 * The constraint streams group and join on sessions for every move, so two sessions are
 * equal by their block's, room's and track's indices alone rather than by comparing the
 * records.
 */
final class Session {

	private final Block block;

	private final Room room;

	private final Track track;

	private final int blockRank;

	private final int roomRank;

	private final int trackIndex;

	private final BitSet chairs;

	Session(Spot spot, Track track, int trackIndex, BitSet chairs) {
		this.block = spot.block();
		this.room = spot.room();
		this.track = track;
		this.blockRank = spot.blockRank();
		this.roomRank = spot.roomRank();
		this.trackIndex = trackIndex;
		this.chairs = chairs;
	}

	Block block() {
		return block;
	}

	Room room() {
		return room;
	}

	Track track() {
		return track;
	}

	int blockRank() {
		return blockRank;
	}

	int roomRank() {
		return roomRank;
	}

	int trackIndex() {
		return trackIndex;
	}

	BitSet chairs() {
		return chairs;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Session session && session.blockRank == blockRank && session.roomRank == roomRank
				&& session.trackIndex == trackIndex;
	}

	@Override
	public int hashCode() {
		return (blockRank * 31 + roomRank) * 31 + trackIndex;
	}

	@Override
	public String toString() {
		return track.id() + " in " + block.id() + "/" + room.id();
	}

}
