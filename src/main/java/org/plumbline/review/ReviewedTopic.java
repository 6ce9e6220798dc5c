package org.plumbline.review;

import java.time.Instant;

import org.plumbline.cfp.TopicState;

/**
 * A topic on a call's review dashboard, as one reviewer sees it: its reviews are counted
 * and averaged without the reviews of anyone conflicted with it.
 *
 * @param pendingState the decision recorded but not announced yet, or {@code null}
 * @param version the topic's version, which its speakers' changes and announced states
 * move
 * @param decisionVersion the recorded decision's version, which deciding moves
 * @param reviews how many reviews it has
 * @param meanScore their mean, or {@code null} while it has none
 * @param myScore the viewer's own score, or {@code null} while they have not reviewed it
 */
public record ReviewedTopic(long id, String title, TopicState state, TopicState pendingState, String speakers,
		Integer durationMinutes, Instant submittedAt, int version, int decisionVersion, int reviews, Double meanScore,
		Integer myScore) {

	/** The mean to one decimal ("+1.5", "-0.3", "0.0"), or a dash while there is none. */
	public String meanShown() {
		return meanScore == null ? "–"
				: String.format(java.util.Locale.ROOT, "%+.1f", meanScore).replace("+0.0", "0.0");
	}

	public String myScoreShown() {
		return myScore == null ? "–" : myScore > 0 ? "+" + myScore : myScore.toString();
	}

}
