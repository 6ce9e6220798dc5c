package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;

/**
 * Told each time one of the side-by-side solvers finds a better solution, from that
 * solver's thread: for progress on the command line or a progress bar.
 */
@FunctionalInterface
public interface SolveProgress {

	SolveProgress SILENT = (seed, score, spent) -> {
	};

	void newBestScore(long seed, HardMediumSoftScore score, Duration spent);

}
