package org.plumbline.registration.web;

import java.time.ZoneId;

import org.plumbline.event.EventTimes;
import org.plumbline.registration.RegistrationSettings;
import org.plumbline.registration.RegistrationSettingsInput;

/** The registration settings form's fields as the browser sends and shows them. */
public record RegistrationSettingsForm(String cancelUntil, String paymentDays, String offerHours,
		String passesPerMicroconference, String bankDetails) {

	/** The form showing the rules as they are, the deadline on the event's clock. */
	static RegistrationSettingsForm of(RegistrationSettings settings, ZoneId zone) {
		return new RegistrationSettingsForm(EventTimes.field(settings.cancelUntil(), zone),
				Integer.toString(settings.paymentDays()), Integer.toString(settings.offerHours()),
				Integer.toString(settings.passesPerMicroconference()),
				settings.bankDetails() == null ? "" : settings.bankDetails());
	}

	RegistrationSettingsInput input() {
		return new RegistrationSettingsInput(cancelUntil, paymentDays, offerHours, passesPerMicroconference,
				bankDetails);
	}

	/** A field as typed, for showing it again. */
	public static String shown(String typed) {
		return typed == null ? "" : typed;
	}

}
