package org.plumbline.cfp.web;

import org.plumbline.cfp.CallSettings;

/** An organiser's window and durations form, all text (see {@link FormVersion}). */
public record CallSettingsForm(String opensAt, String closesAt, String durations, String version) {

	CallSettings settings() {
		return new CallSettings(opensAt, closesAt, durations, FormVersion.parse(version));
	}

}
