package org.plumbline.cfp;

/**
 * A window and durations as an organiser's form sends them: local date-times in the
 * event's time zone ({@code 2027-03-01T09:00}) and minutes separated by commas
 * ({@code 30, 45}). For one call, a blank field means "the event's default".
 *
 * @param version the version the form was opened at
 */
public record CallSettings(String opensAt, String closesAt, String durations, int version) {

}
