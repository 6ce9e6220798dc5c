package org.plumbline.cfp;

/**
 * How many topics stand submitted in one call (every state but draft and withdrawn).
 *
 * @param microconferenceId the call's MC, or {@code null} for a plain track
 * @param plainTrackId the call's plain track, or {@code null} for an MC
 */
public record CallSize(Long microconferenceId, Long plainTrackId, int submitted) {
}
