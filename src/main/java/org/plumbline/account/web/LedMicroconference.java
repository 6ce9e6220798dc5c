package org.plumbline.account.web;

/**
 * An MC the signed-in user leads, with the page where they edit its text and, once it is
 * accepted, the page where they order and time its talks in the draft timetable, the page
 * where they give its free passes and the feedback on its talks.
 *
 * @param timetablePath {@code null} while the MC is not accepted
 * @param passesPath {@code null} while the MC is not accepted
 * @param feedbackPath {@code null} while the MC is not accepted
 */
public record LedMicroconference(String title, String eventName, String editPath, String timetablePath,
		String passesPath, String feedbackPath) {
}
