package org.plumbline.registration.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.question.AnsweredQuestion;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationStatus;
import org.plumbline.registration.RegistrationSettings;
import org.plumbline.validation.FormErrors;

/**
 * An attendee's own registration for an event.
 *
 * @param position its place in line while it waits, else 0
 * @param tier the waiting-list tier its account stands in now
 * @param cancelDeadline the last instant it may be cancelled
 * @param answers its answers to the registration form's questions, retired ones too
 */
public record MyRegistrationPage(Event event, Registration registration, int position, String tier,
		Instant cancelDeadline, Optional<String> bankDetails, List<AnsweredQuestion> answers, Instant now,
		FormErrors errors) {

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	public boolean mayCancel() {
		return now.isBefore(cancelDeadline);
	}

	public boolean awaitingPayment() {
		return registration.status() == RegistrationStatus.AWAITING_PAYMENT;
	}

	public boolean waiting() {
		return registration.status() == RegistrationStatus.WAITING;
	}

	public boolean offered() {
		return registration.status() == RegistrationStatus.OFFERED;
	}

	public String bankDetailsOrNotice() {
		return bankDetails.orElse(RegistrationSettings.NO_BANK_DETAILS);
	}

}
