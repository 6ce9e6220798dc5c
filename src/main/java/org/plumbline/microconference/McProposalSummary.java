package org.plumbline.microconference;

import java.time.Instant;

/**
 * A proposal in the organisers' list: state, pending decision and its reviews' count and
 * mean.
 *
 * @param meanScore the mean of the scores, or {@code null} without reviews
 */
public record McProposalSummary(long id, String title, String leadNames, McStatus status, McStatus pendingStatus,
		int reviewCount, Double meanScore, Instant submittedAt) {

	/** The mean to two places ("+0.50"), or a dash without reviews. */
	public String shownMean() {
		return meanScore == null ? "–" : String.format(java.util.Locale.ROOT, "%+.2f", meanScore);
	}

}
