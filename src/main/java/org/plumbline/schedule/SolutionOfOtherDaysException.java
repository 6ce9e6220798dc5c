package org.plumbline.schedule;

import java.time.LocalDate;

/**
 * A solution uploaded with other days chosen than those of the problem it solves: a whole
 * event's with one day chosen, or the reverse, or another day's. The draft has not
 * changed, so the organiser is told which days to choose, not to export again.
 */
public class SolutionOfOtherDaysException extends RuntimeException {

	/**
	 * @param chosen the day chosen, or {@code null} for every day
	 * @param covered the day whose problem the solution solves, or {@code null} for every
	 * day
	 */
	SolutionOfOtherDaysException(LocalDate chosen, LocalDate covered) {
		super((chosen == null ? "This solution covers " + EventDays.label(covered) + " only, not every day"
				: "This solution covers other days than " + EventDays.label(chosen) + ", the day chosen") + ": choose “"
				+ (covered == null ? "Every day" : EventDays.label(covered))
				+ "” as the days it covers and upload it again.");
	}

}
