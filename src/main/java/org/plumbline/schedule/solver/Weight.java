package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.plumbline.schedule.ConflictLevel;

/**
 * What one counted penalty of a constraint costs, and on which score level; a weight of 0
 * switches the constraint off.
 */
public record Weight(ConflictLevel level, long weight) {

	HardMediumSoftScore score() {
		return switch (level) {
			case HARD -> HardMediumSoftScore.ofHard(weight);
			case MEDIUM -> HardMediumSoftScore.ofMedium(weight);
			case SOFT -> HardMediumSoftScore.ofSoft(weight);
		};
	}

	long levelValue(HardMediumSoftScore score) {
		return switch (level) {
			case HARD -> score.hardScore();
			case MEDIUM -> score.mediumScore();
			case SOFT -> score.softScore();
		};
	}

}
