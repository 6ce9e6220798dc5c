package org.plumbline.schedule.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Moves a track's whole session (its talks in one block and room) to another cell, each
 * talk keeping its slot, and whatever that cell held to the session's old cell: a move
 * into an empty cell, or a swap of two sessions.
 */
public final class SessionSwapMoves extends CellMoveFactory {

	@Override
	Optional<CellContentMove> tryMove(List<PlannedTalk> talks, RandomGenerator random) {
		PlannedTalk picked = talks.get(random.nextInt(talks.size()));
		if (picked.spot() == null) {
			return Optional.empty();
		}
		int[] from = { picked.spot().blockRank(), picked.spot().roomRank() };
		int[] to = { random.nextInt(blockCount()), random.nextInt(roomCount()) };
		if (from[0] == to[0] && from[1] == to[1]) {
			return Optional.empty();
		}
		List<PlannedTalk> moving = new ArrayList<>();
		List<int[]> toCells = new ArrayList<>();
		for (PlannedTalk talk : talks) {
			if (talk.spot() == null) {
				continue;
			}
			int block = talk.spot().blockRank();
			int room = talk.spot().roomRank();
			if (block == from[0] && room == from[1] && talk.trackId().equals(picked.trackId())) {
				moving.add(talk);
				toCells.add(to);
			}
			else if (block == to[0] && room == to[1]) {
				moving.add(talk);
				toCells.add(from);
			}
		}
		return carry(moving, toCells);
	}

	@Override
	String kind() {
		return "SessionSwap";
	}

}
