package org.plumbline.schedule.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Swaps two blocks' contents: every talk of one block goes to the same room and slot of
 * the other, and back, when every talk's slots fit in its new block.
 */
public final class BlockSwapMoves extends CellMoveFactory {

	@Override
	Optional<CellContentMove> tryMove(List<PlannedTalk> talks, RandomGenerator random) {
		if (blockCount() < 2) {
			return Optional.empty();
		}
		int one = random.nextInt(blockCount());
		int other = random.nextInt(blockCount() - 1);
		if (other >= one) {
			other++;
		}
		List<PlannedTalk> moving = new ArrayList<>();
		List<int[]> toCells = new ArrayList<>();
		for (PlannedTalk talk : talks) {
			if (talk.spot() == null) {
				continue;
			}
			int block = talk.spot().blockRank();
			if (block == one || block == other) {
				moving.add(talk);
				toCells.add(new int[] { block == one ? other : one, talk.spot().roomRank() });
			}
		}
		return carry(moving, toCells);
	}

	@Override
	String kind() {
		return "BlockSwap";
	}

}
