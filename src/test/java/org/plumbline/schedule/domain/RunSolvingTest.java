package org.plumbline.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether a run reads "Stopped when its server shut down" or "Finished": only a run its
 * instance's shutdown cut short is stopped by it.
 */
class RunSolvingTest {

	@Test
	void aRunStillSolvingWhenItsInstanceShutsDownIsStoppedByTheShutdown() {
		RunSolving solving = new RunSolving();

		solving.stopForShutdown();

		assertThat(solving.isStoppedByShutdown()).isTrue();
		assertThat(solving.stopSignal().stopped()).as("its solvers are told to stop").isTrue();
	}

	@Test
	void aRunWhoseSolversReturnedJustBeforeItsInstanceShutDownFinishedAndIsNotStopped() {
		RunSolving solving = new RunSolving();
		solving.solved(null);

		solving.stopForShutdown();

		assertThat(solving.isStoppedByShutdown()).isFalse();
		assertThat(solving.stopSignal().stopped()).isFalse();
		assertThat(solving.isStopAsked()).isFalse();
	}

}
