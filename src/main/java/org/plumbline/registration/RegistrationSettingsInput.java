package org.plumbline.registration;

/**
 * The registration settings form as typed: numbers and the cancel deadline as text, so
 * that a malformed one is told beside its field.
 *
 * @param cancelUntil a {@code datetime-local} value in the event's zone, or blank for
 * until the event starts
 */
public record RegistrationSettingsInput(String cancelUntil, String paymentDays, String offerHours,
		String passesPerMicroconference, String bankDetails) {
}
