package org.plumbline.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.CallTimes;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.review.domain.PhaseRepository;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review phases of an event's calls (DOMAIN.md, L9): organisers set a default window
 * for the event and may give one call its own. Each change is audited in its transaction
 * and refused if the form was stale.
 */
@Service
public class ReviewPhases {

	static final String STALE = "Someone else changed this review phase since you opened the page.";

	private final PhaseRepository phases;

	private final TopicCalls calls;

	private final Rights rights;

	private final AuditLog audit;

	ReviewPhases(PhaseRepository phases, TopicCalls calls, Rights rights, AuditLog audit) {
		this.phases = phases;
		this.calls = calls;
		this.rights = rights;
		this.audit = audit;
	}

	/** The phase in force for a call: its own, else the event's default. */
	@Transactional(readOnly = true)
	public ReviewPhase of(TopicCall call) {
		return phases.ofCall(call.eventId(), PhaseRepository.callKey(call.microconferenceId(), call.plainTrackId()))
			.or(() -> phases.defaults(call.eventId()))
			.orElse(ReviewPhase.NONE);
	}

	@Transactional(readOnly = true)
	public ReviewPhase defaults(long eventId) {
		return phases.defaults(eventId).orElse(ReviewPhase.NONE);
	}

	/** A call's own phase, or {@link ReviewPhase#NONE} while it follows the event's. */
	@Transactional(readOnly = true)
	public ReviewPhase own(TopicCall call) {
		return phases.ofCall(call.eventId(), PhaseRepository.callKey(call.microconferenceId(), call.plainTrackId()))
			.orElse(ReviewPhase.NONE);
	}

	/**
	 * Sets the event's default review phase.
	 * @throws IllegalArgumentException if the account does not organise the event
	 * @throws org.plumbline.validation.InvalidFields for a missing or malformed instant,
	 * or a window that closes before it opens
	 * @throws OptimisticLockingFailureException if it was saved since the form was opened
	 */
	@Transactional
	public void saveDefaults(Event event, long actorAccountId, PhaseInput input) {
		requireOrganiser(event, actorAccountId);
		Window window = checked(input, event.timeZone(), true);
		ReviewPhase before = defaults(event.id());
		saved(() -> phases.saveDefaults(event.id(), window.opensAt(), window.closesAt(), input.version()));
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "review-phase", "event", "review-phase-set",
				audited(before), audited(defaults(event.id())), null));
	}

	/**
	 * Sets a call's own review phase, or lets it follow the event's again when both
	 * fields are empty.
	 * @throws IllegalArgumentException if the account does not organise the event or it
	 * has no such call
	 * @throws org.plumbline.validation.InvalidFields as for {@link #saveDefaults}
	 * @throws OptimisticLockingFailureException if it was saved since the form was opened
	 */
	@Transactional
	public void saveCall(Event event, long actorAccountId, String callSlug, PhaseInput input) {
		requireOrganiser(event, actorAccountId);
		TopicCall call = calls.find(event.id(), callSlug)
			.orElseThrow(() -> new IllegalArgumentException("No call " + callSlug + " in " + event.slug()));
		Window window = checked(input, event.timeZone(), false);
		ReviewPhase before = own(call);
		if (!before.isSet() && window.opensAt() == null) {
			return;
		}
		saved(() -> phases.saveCall(event.id(), call.microconferenceId(), call.plainTrackId(), window.opensAt(),
				window.closesAt(), input.version()));
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "review-phase", call.slug(),
				window.opensAt() == null ? "review-phase-reset" : "review-phase-set", audited(before),
				audited(own(call)), null));
	}

	private void requireOrganiser(Event event, long accountId) {
		if (!rights.isOrganiser(accountId, event.id())) {
			throw new IllegalArgumentException("Account " + accountId + " does not organise " + event.slug());
		}
	}

	private static void saved(java.util.function.BooleanSupplier save) {
		boolean fresh;
		try {
			fresh = save.getAsBoolean();
		}
		catch (DuplicateKeyException createdMeanwhile) {
			fresh = false;
		}
		if (!fresh) {
			throw new OptimisticLockingFailureException(STALE);
		}
	}

	private static Window checked(PhaseInput input, ZoneId zone, boolean required) {
		FieldChecks checks = new FieldChecks();
		boolean bothEmpty = blank(input.opensAt()) && blank(input.closesAt());
		if (bothEmpty && !required) {
			return new Window(null, null);
		}
		Instant opensAt = instant(checks, "opensAt", input.opensAt(), zone);
		Instant closesAt = instant(checks, "closesAt", input.closesAt(), zone);
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			checks.check("closesAt", Optional.of("The review phase must close after it opens."));
		}
		checks.throwIfAny();
		return new Window(opensAt, closesAt);
	}

	private static Instant instant(FieldChecks checks, String field, String typed, ZoneId zone) {
		if (blank(typed)) {
			checks.check(field, Optional.of("This field is required."));
			return null;
		}
		Instant instant = CallTimes.parsed(typed, zone).orElse(null);
		if (instant == null) {
			checks.check(field, Optional.of("Give a date and time such as 2027-03-01T18:00."));
		}
		return instant;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static Map<String, Object> audited(ReviewPhase phase) {
		if (!phase.isSet()) {
			return null;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("opensAt", phase.opensAt().toString());
		fields.put("closesAt", phase.closesAt().toString());
		return fields;
	}

	private record Window(Instant opensAt, Instant closesAt) {
	}

}
