package org.plumbline.review;

import java.time.Instant;

/**
 * A review window as a backup of its event holds it: the event's default when it names no
 * call, else one call's own.
 *
 * @param microconferenceId the MC whose call it is, or {@code null}
 * @param plainTrackId the plain track whose call it is, or {@code null}
 */
public record BackedUpReviewPhase(Long microconferenceId, Long plainTrackId, Instant opensAt, Instant closesAt) {

	/** Whether it is the event's default window rather than a call's own. */
	public boolean isEventDefault() {
		return microconferenceId == null && plainTrackId == null;
	}

}
