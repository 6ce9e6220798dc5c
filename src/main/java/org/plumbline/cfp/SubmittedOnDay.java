package org.plumbline.cfp;

import java.time.LocalDate;

/**
 * How many topics of one call were first submitted on one day of the event's calendar.
 *
 * @param microconferenceId the call's MC, or {@code null} for a plain track
 * @param plainTrackId the call's plain track, or {@code null} for an MC
 */
public record SubmittedOnDay(Long microconferenceId, Long plainTrackId, LocalDate day, int topics) {

}
