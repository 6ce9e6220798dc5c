package org.plumbline.schedule.solver;

/**
 * A placement as the solver assigns it: the block and room themselves, the first slot,
 * and the block's and room's ranks (their positions in block order and in the problem's
 * room list), which order a track's talks and tell consecutive blocks apart.
 */
public record Spot(Block block, Room room, int firstSlot, int blockRank, int roomRank) {

	Placement placement() {
		return new Placement(block.id(), room.id(), firstSlot);
	}

	@Override
	public String toString() {
		return block.id() + "/" + room.id() + "/" + firstSlot;
	}

}
