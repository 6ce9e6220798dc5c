package org.plumbline.review;

/**
 * How far review has come in one call, counted over the topics that stand submitted
 * (every state but draft and withdrawn).
 *
 * @param microconferenceId the call's MC, or {@code null} for a plain track
 * @param plainTrackId the call's plain track, or {@code null} for an MC
 * @param submitted the topics that stand submitted
 * @param reviewed those with at least one review by a reviewer not conflicted with them
 * @param decided those with a decision, recorded or announced
 * @param confirmed those their speakers confirmed
 */
public record CallReviewProgress(Long microconferenceId, Long plainTrackId, int submitted, int reviewed, int decided,
		int confirmed) {

}
