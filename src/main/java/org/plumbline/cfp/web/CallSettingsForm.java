package org.plumbline.cfp.web;

import org.plumbline.cfp.CallSettings;
import org.plumbline.validation.FormVersions;

/**
 * An organiser's window, durations and budget form, all text (see
 * {@link org.plumbline.validation.FormVersions}); the reminder's days are on the event's
 * defaults form only.
 */
public record CallSettingsForm(String opensAt, String closesAt, String durations, String version, String minutesBudget,
		String reminderDays) {

	CallSettings settings() {
		return new CallSettings(opensAt, closesAt, durations, FormVersions.required(version), minutesBudget,
				reminderDays);
	}

	/** The same typed values, at the version now stored. */
	CallSettingsForm withVersion(int current) {
		return new CallSettingsForm(opensAt, closesAt, durations, Integer.toString(current), minutesBudget,
				reminderDays);
	}

}
