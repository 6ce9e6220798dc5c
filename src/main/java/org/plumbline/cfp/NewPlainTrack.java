package org.plumbline.cfp;

/**
 * A plain track (one that is not an MC) as an organiser's form sends it; blank window
 * fields mean the event's default window.
 */
public record NewPlainTrack(String slug, String name, String durations, String opensAt, String closesAt) {

	public static final int MAX_NAME_LENGTH = 200;

	public static final int MAX_SLUG_LENGTH = 64;

}
