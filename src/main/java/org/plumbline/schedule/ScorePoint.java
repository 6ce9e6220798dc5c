package org.plumbline.schedule;

/**
 * A new best score that a run found, after so much solving time: one point of the best
 * score over time. Penalties are negative, as in the solver's score.
 *
 * @param position the point's place in the run's series, from 0
 */
public record ScorePoint(int position, long spentMillis, long hard, long medium, long soft) {

	/** The score as the solver writes it, {@code 0hard/-2medium/-31soft}. */
	public String score() {
		return hard + "hard/" + medium + "medium/" + soft + "soft";
	}

}
