package org.plumbline.review;

/**
 * A review-phase form as it was sent: the window as {@code datetime-local} values in the
 * event's zone, and the version the form was opened at.
 */
public record PhaseInput(String opensAt, String closesAt, int version) {

}
