package org.plumbline.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.domain.RegistrationSettingsRepository;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' side of an event's registration rules (issue 13, points 2, 3, 5 and 6):
 * the cancel deadline, the days to pay, how long an offered place is held, the passes of
 * each accepted MC and the bank details. Only organisers read and change them; a save
 * carries the version its form saw (0 while the event uses the defaults), so that of two
 * racing saves one wins and the other is told, and is audited in its transaction.
 */
@Service
public class RegistrationSettingsService {

	public static final int MAX_PAYMENT_DAYS = 365;

	public static final int MAX_OFFER_HOURS = 720;

	public static final int MAX_PASSES = 100;

	public static final int MAX_BANK_DETAILS = 2000;

	static final String STALE = "The registration settings were changed since you opened the page.";

	private final RegistrationSettingsRepository settings;

	private final Rights rights;

	private final AuditLog audit;

	private final Clock clock;

	RegistrationSettingsService(RegistrationSettingsRepository settings, Rights rights, AuditLog audit, Clock clock) {
		this.settings = settings;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The event's rules, or the defaults at version 0 if nobody saved any.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public RegistrationSettings of(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		return settings.of(event.id());
	}

	/**
	 * Saves the event's rules over the version their form saw.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if they were saved since the form was
	 * opened, told before any field is checked
	 * @throws InvalidFields for a malformed or skipped cancel deadline or one after the
	 * event starts, days to pay, offer hours or passes that are no whole number in their
	 * range, or bank details that are too long or hold control characters
	 */
	@Transactional
	public RegistrationSettings save(Event event, long actorAccountId, int version, RegistrationSettingsInput input) {
		Organisers.require(rights, event, actorAccountId);
		RegistrationSettings before = settings.of(event.id());
		if (before.version() != version) {
			throw new OptimisticLockingFailureException(STALE);
		}
		RegistrationSettings checked = checked(event, input);
		boolean saved;
		try {
			saved = settings.save(event.id(), version, checked, clock.instant());
		}
		catch (DuplicateKeyException racedFirstSave) {
			throw new OptimisticLockingFailureException(STALE, racedFirstSave);
		}
		if (!saved) {
			throw new OptimisticLockingFailureException(STALE);
		}
		RegistrationSettings after = settings.of(event.id());
		audit
			.record(new AuditEntry(event.id(), actorAccountId, null, "registration-settings", Long.toString(event.id()),
					"registration-settings-changed", audited(before, event), audited(after, event), null));
		return after;
	}

	private static RegistrationSettings checked(Event event, RegistrationSettingsInput input) {
		FieldChecks checks = new FieldChecks();
		Instant cancelUntil = null;
		if (input.cancelUntil() != null && !input.cancelUntil().isBlank()) {
			cancelUntil = checks.localTime("cancelUntil", input.cancelUntil(), event.timeZone());
			if (cancelUntil != null && cancelUntil.isAfter(event.startsAt())) {
				checks.check("cancelUntil",
						Optional.of("Cancelling can close when the event starts, "
								+ EventTimes.shown(event.startsAt(), event.timeZone())
								+ ", at the latest; leave the field empty for that."));
			}
		}
		Integer paymentDays = whole(checks, "paymentDays", input.paymentDays(), 1, MAX_PAYMENT_DAYS, "days");
		Integer offerHours = whole(checks, "offerHours", input.offerHours(), 1, MAX_OFFER_HOURS, "hours");
		Integer passes = whole(checks, "passesPerMicroconference", input.passesPerMicroconference(), 0, MAX_PASSES,
				"passes");
		String bankDetails = checks.optionalText("bankDetails", input.bankDetails(), MAX_BANK_DETAILS);
		checks.throwIfAny();
		return new RegistrationSettings(cancelUntil, paymentDays, offerHours, passes, bankDetails, 0);
	}

	private static Integer whole(FieldChecks checks, String field, String typed, int min, int max, String unit) {
		Integer number;
		try {
			number = Integer.valueOf(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException notANumber) {
			number = null;
		}
		if (number == null || number < min || number > max) {
			checks.check(field, Optional.of("Give a whole number of " + unit + " from " + min + " to " + max + "."));
			return null;
		}
		return number;
	}

	private static Map<String, Object> audited(RegistrationSettings rules, Event event) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("cancelUntil", rules.cancelUntil() == null ? "when the event starts"
				: EventTimes.shown(rules.cancelUntil(), event.timeZone()));
		shown.put("paymentDays", rules.paymentDays());
		shown.put("offerHours", rules.offerHours());
		shown.put("passesPerMicroconference", rules.passesPerMicroconference());
		shown.put("bankDetails", rules.bankDetails());
		return shown;
	}

}
