package org.plumbline.cfp;

/**
 * A window and durations as an organiser's form sends them: local date-times in the
 * event's time zone ({@code 2027-03-01T09:00}) and minutes separated by commas
 * ({@code 30, 45}). For one call, a blank field means "the event's default".
 *
 * @param version the version the form was opened at
 * @param minutesBudget the budget of minutes that accepted and confirmed topics use;
 * blank: 180 for the event, the event's for a call
 * @param reminderDays for the event only: the days after an acceptance is announced that
 * a speaker who has not answered is reminded; blank: 7
 */
public record CallSettings(String opensAt, String closesAt, String durations, int version, String minutesBudget,
		String reminderDays) {

	/** Settings that leave the budget and the reminder as they default. */
	public CallSettings(String opensAt, String closesAt, String durations, int version) {
		this(opensAt, closesAt, durations, version, "", "");
	}

}
