package org.plumbline.cfp;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.CallOverride;
import org.plumbline.cfp.domain.CallRepository;
import org.plumbline.cfp.domain.CallSettingsInput;
import org.plumbline.cfp.domain.ConfirmationRepository;
import org.plumbline.cfp.domain.DecisionRepository;
import org.plumbline.cfp.domain.PlainTrackRow;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.microconference.McName;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cfp feature's facade for calls: every accepted MC of an event has a Call for
 * Topics, and so has every plain track. Organisers set the event's default window and
 * durations, and a call's own; each change is audited in its transaction and refused if
 * the form was stale. The injected clock says which calls are open.
 */
@Service
public class TopicCalls {

	static final String STALE = "Someone else changed these settings since you opened the page.";

	/** A larger budget is a typing mistake, not a plan. */
	public static final int MAX_BUDGET_MINUTES = 10_000;

	public static final int MAX_REMINDER_DAYS = 365;

	private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private final CallRepository repository;

	private final Microconferences microconferences;

	private final AuditLog audit;

	private final Clock clock;

	private final DecisionRepository budgets;

	TopicCalls(CallRepository repository, Microconferences microconferences, AuditLog audit, Clock clock,
			DecisionRepository budgets) {
		this.budgets = budgets;
		this.repository = repository;
		this.microconferences = microconferences;
		this.audit = audit;
		this.clock = clock;
	}

	/** Now, by the clock that opens and closes the calls. */
	public Instant now() {
		return clock.instant();
	}

	@Transactional(readOnly = true)
	public CallDefaults defaults(long eventId) {
		return repository.defaults(eventId).orElse(CallDefaults.NONE);
	}

	/**
	 * Every call of the event: the accepted MCs' in page order, then the plain tracks'.
	 */
	@Transactional(readOnly = true)
	public List<TopicCall> calls(long eventId) {
		CallDefaults defaults = defaults(eventId);
		Map<Long, CallOverride> own = repository.microconferenceSettings(eventId);
		List<TopicCall> calls = new ArrayList<>();
		for (McName mc : microconferences.publishedNames(eventId)) {
			calls.add(call(eventId, mc.slug(), mc.title(), mc.id(), null, own.getOrDefault(mc.id(), CallOverride.NONE),
					defaults));
		}
		for (PlainTrackRow track : repository.plainTracks(eventId)) {
			calls.add(ofTrack(track, defaults));
		}
		return calls;
	}

	/**
	 * The calls of the event's plain tracks (tracks that are not MCs) by their track's
	 * id, in page order.
	 */
	@Transactional(readOnly = true)
	public Map<Long, TopicCall> plainTracks(long eventId) {
		CallDefaults defaults = defaults(eventId);
		Map<Long, TopicCall> tracks = new LinkedHashMap<>();
		for (PlainTrackRow track : repository.plainTracks(eventId)) {
			TopicCall call = ofTrack(track, defaults);
			tracks.put(call.plainTrackId(), call);
		}
		return tracks;
	}

	/**
	 * One call of the event, as {@link #calls} has it: an accepted MC's before a plain
	 * track's of the same slug. Reads that MC or the plain tracks only, so that its cost
	 * does not grow with the event's MCs.
	 */
	@Transactional(readOnly = true)
	public Optional<TopicCall> find(long eventId, String slug) {
		CallDefaults defaults = defaults(eventId);
		Optional<TopicCall> mcCall = microconferences.findPublished(eventId, slug)
			.map(mc -> ofMicroconference(eventId, mc, own(mc), defaults));
		if (mcCall.isPresent()) {
			return mcCall;
		}
		return repository.plainTracks(eventId)
			.stream()
			.map(track -> ofTrack(track, defaults))
			.filter(call -> call.slug().equals(slug))
			.findFirst();
	}

	/** An accepted MC's call, if it is open now. */
	@Transactional(readOnly = true)
	public Optional<TopicCall> openCallOf(long eventId, long microconferenceId) {
		Instant now = now();
		return microconferences.find(eventId, microconferenceId)
			.filter(mc -> mc.status() == McStatus.ACCEPTED)
			.map(mc -> ofMicroconference(eventId, mc, own(mc), defaults(eventId)))
			.filter(call -> call.isOpenAt(now));
	}

	/** The call a topic was submitted to, whether or not its MC is still accepted. */
	@Transactional(readOnly = true)
	TopicCall callOf(long eventId, Long microconferenceId, Long plainTrackId) {
		CallDefaults defaults = defaults(eventId);
		if (plainTrackId != null) {
			return ofTrack(repository.plainTrack(plainTrackId).orElseThrow(), defaults);
		}
		Microconference mc = microconferences.find(eventId, microconferenceId).orElseThrow();
		return ofMicroconference(eventId, mc, own(mc), defaults);
	}

	private CallOverride own(Microconference mc) {
		return repository.settingsOf(mc.id()).orElse(CallOverride.NONE);
	}

	/**
	 * Sets the event's default window and durations.
	 * @throws org.plumbline.validation.InvalidFields for a missing or malformed field, a
	 * window that closes before it opens, or one that would make a call with only its own
	 * opening or only its own deadline close before it opens
	 * @throws OptimisticLockingFailureException if they were saved since the form was
	 * opened
	 */
	@Transactional
	public void saveDefaults(Event event, long actorAccountId, CallSettings form) {
		CallSettingsInput input = new CallSettingsInput(event.timeZone());
		Instant opensAt = input.instant("opensAt", form.opensAt(), true);
		Instant closesAt = input.instant("closesAt", form.closesAt(), true);
		List<Integer> durations = input.durations("durations", form.durations(), true);
		Integer budget = input.positive("minutesBudget", form.minutesBudget(), MAX_BUDGET_MINUTES, "minutes");
		Integer reminderDays = input.positive("reminderDays", form.reminderDays(), MAX_REMINDER_DAYS, "days");
		input.closesAfterOpening("closesAt", opensAt, closesAt);
		keepsOwnWindowsOpenable(event, opensAt, closesAt, input);
		input.throwIfAny();
		Optional<CallDefaults> before = repository.defaults(event.id());
		boolean saved;
		if (before.isEmpty() && form.version() == 0) {
			saved = insertOnce(() -> repository.insertDefaults(event.id(), opensAt, closesAt, durations));
		}
		else {
			saved = repository.updateDefaults(event.id(), opensAt, closesAt, durations, form.version());
		}
		if (!saved) {
			throw new OptimisticLockingFailureException(STALE);
		}
		int budgetBefore = budgets.defaultBudgetMinutes(event.id());
		int reminderBefore = budgets.reminderDays(event.id());
		int budgetAfter = budget == null ? DecisionRepository.DEFAULT_BUDGET_MINUTES : budget;
		int reminderAfter = reminderDays == null ? ConfirmationRepository.DEFAULT_REMINDER_DAYS : reminderDays;
		budgets.saveDefaultBudget(event.id(), budgetAfter, reminderAfter);
		Map<String, Object> old = before.map(was -> settings(was.opensAt(), was.closesAt(), was.durations()))
			.orElse(null);
		if (old != null) {
			old.put("minutesBudget", budgetBefore);
			old.put("reminderDays", reminderBefore);
		}
		Map<String, Object> now = settings(opensAt, closesAt, durations);
		now.put("minutesBudget", budgetAfter);
		now.put("reminderDays", reminderAfter);
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "call-defaults", Long.toString(event.id()),
				"settings-changed", old, now, null));
	}

	/**
	 * Records a problem for each default that would make a call that sets only its own
	 * opening, or only its own deadline, close before it opens; each message names those
	 * calls with their own date, so that the organiser knows which to change.
	 */
	private void keepsOwnWindowsOpenable(Event event, Instant opensAt, Instant closesAt, CallSettingsInput input) {
		if (opensAt == null || closesAt == null) {
			return;
		}
		List<String> openAfterDeadline = new ArrayList<>();
		List<String> closeBeforeOpening = new ArrayList<>();
		for (TopicCall call : calls(event.id())) {
			if (call.ownOpening() && !call.ownDeadline() && !closesAt.isAfter(call.opensAt())) {
				openAfterDeadline
					.add(call.name() + " (opens " + EventTimes.shown(call.opensAt(), event.timeZone()) + ")");
			}
			if (call.ownDeadline() && !call.ownOpening() && !call.closesAt().isAfter(opensAt)) {
				closeBeforeOpening
					.add(call.name() + " (closes " + EventTimes.shown(call.closesAt(), event.timeZone()) + ")");
			}
		}
		if (!openAfterDeadline.isEmpty()) {
			input.problem("closesAt",
					"These calls open on their own date, at or after this deadline: "
							+ String.join(", ", openAfterDeadline)
							+ ". Choose a later deadline, or change their opening first.");
		}
		if (!closeBeforeOpening.isEmpty()) {
			input.problem("opensAt",
					"These calls close on their own date, at or before this opening: "
							+ String.join(", ", closeBeforeOpening)
							+ ". Choose an earlier opening, or change their deadline first.");
		}
	}

	/**
	 * Sets one call's own window and durations; a blank field returns it to the event's
	 * default.
	 * @throws IllegalArgumentException if the event has no call of that slug
	 * @throws org.plumbline.validation.InvalidFields for a malformed field, or a window
	 * that closes before it opens
	 * @throws OptimisticLockingFailureException if they were saved since the form was
	 * opened
	 */
	@Transactional
	public void saveCall(Event event, long actorAccountId, String slug, CallSettings form) {
		TopicCall call = find(event.id(), slug)
			.orElseThrow(() -> new IllegalArgumentException("No call " + slug + " in " + event.slug()));
		CallSettingsInput input = new CallSettingsInput(event.timeZone());
		CallOverride own = new CallOverride(input.instant("opensAt", form.opensAt(), false),
				input.instant("closesAt", form.closesAt(), false),
				input.durations("durations", form.durations(), !call.isMicroconference()), form.version());
		Integer budget = input.positive("minutesBudget", form.minutesBudget(), MAX_BUDGET_MINUTES, "minutes");
		CallDefaults defaults = defaults(event.id());
		input.closesAfterOpening("closesAt", own.opensAt() != null ? own.opensAt() : defaults.opensAt(),
				own.closesAt() != null ? own.closesAt() : defaults.closesAt());
		input.throwIfAny();
		boolean saved;
		if (call.isMicroconference()) {
			saved = (call.version() == 0 && form.version() == 0)
					? insertOnce(() -> repository.insertMicroconferenceSettings(call.microconferenceId(), own))
					: repository.updateMicroconferenceSettings(call.microconferenceId(), own, form.version());
		}
		else {
			saved = repository.updatePlainTrack(call.plainTrackId(), own, form.version());
		}
		if (!saved) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Integer budgetBefore = budgets.ownBudgets(event.id()).get(slug);
		if (call.isMicroconference()) {
			budgets.saveMicroconferenceBudget(call.microconferenceId(), budget);
		}
		else {
			budgets.savePlainTrackBudget(call.plainTrackId(), budget);
		}
		Map<String, Object> old = ownSettings(call);
		old.put("minutesBudget", budgetBefore);
		Map<String, Object> now = settings(own.opensAt(), own.closesAt(), own.durations());
		now.put("minutesBudget", budget);
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "topic-call", slug, "settings-changed", old, now,
				null));
	}

	/**
	 * Adds a plain track with its call.
	 * @throws org.plumbline.validation.InvalidFields for a missing or malformed field, or
	 * a slug that an MC or another track of the event has
	 */
	@Transactional
	public TopicCall createPlainTrack(Event event, long actorAccountId, NewPlainTrack track) {
		CallSettingsInput input = new CallSettingsInput(event.timeZone());
		String slug = track.slug() == null ? "" : track.slug().strip();
		if (slug.isEmpty()) {
			input.problem("slug", "This field is required.");
		}
		else if (slug.length() > NewPlainTrack.MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
			input.problem("slug", "Use lower-case letters, digits and hyphens, starting with a letter, such as "
					+ "refereed (at most " + NewPlainTrack.MAX_SLUG_LENGTH + " characters).");
		}
		else if (slugTaken(event.id(), slug)) {
			input.problem("slug", "A microconference or track of this event already has this slug.");
		}
		String name = track.name() == null ? "" : track.name().strip();
		if (name.isEmpty()) {
			input.problem("name", "This field is required.");
		}
		else if (name.length() > NewPlainTrack.MAX_NAME_LENGTH) {
			input.problem("name", "At most " + NewPlainTrack.MAX_NAME_LENGTH + " characters fit.");
		}
		CallOverride own = new CallOverride(input.instant("opensAt", track.opensAt(), false),
				input.instant("closesAt", track.closesAt(), false),
				input.durations("durations", track.durations(), true), 1);
		CallDefaults defaults = defaults(event.id());
		input.closesAfterOpening("closesAt", own.opensAt() != null ? own.opensAt() : defaults.opensAt(),
				own.closesAt() != null ? own.closesAt() : defaults.closesAt());
		input.throwIfAny();
		long id;
		try {
			id = repository.insertPlainTrack(event.id(), slug, name, own);
		}
		catch (DuplicateKeyException sameSlugMeanwhile) {
			input.problem("slug", "A track of this event already has this slug.");
			input.throwIfAny();
			throw sameSlugMeanwhile;
		}
		Map<String, Object> after = settings(own.opensAt(), own.closesAt(), own.durations());
		after.put("slug", slug);
		after.put("name", name);
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "plain-track", Long.toString(id), "created", null,
				after, null));
		return ofTrack(repository.plainTrack(id).orElseThrow(), defaults);
	}

	private boolean slugTaken(long eventId, String slug) {
		return microconferences.find(eventId, slug).isPresent()
				|| repository.plainTracks(eventId).stream().anyMatch(track -> track.slug().equals(slug));
	}

	/** An insert of a first row, false if another organiser inserted it meanwhile. */
	private static boolean insertOnce(Runnable insert) {
		try {
			insert.run();
			return true;
		}
		catch (DuplicateKeyException insertedMeanwhile) {
			return false;
		}
	}

	private static Map<String, Object> ownSettings(TopicCall call) {
		return settings(call.ownOpening() ? call.opensAt() : null, call.ownDeadline() ? call.closesAt() : null,
				call.ownDurations() ? call.durations() : null);
	}

	private static Map<String, Object> settings(Instant opensAt, Instant closesAt, List<Integer> durations) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("opensAt", opensAt == null ? null : opensAt.toString());
		settings.put("closesAt", closesAt == null ? null : closesAt.toString());
		settings.put("durations", durations);
		return settings;
	}

	private static TopicCall ofMicroconference(long eventId, Microconference mc, CallOverride own,
			CallDefaults defaults) {
		return call(eventId, mc.slug(), mc.title(), mc.id(), null, own, defaults);
	}

	private static TopicCall ofTrack(PlainTrackRow track, CallDefaults defaults) {
		return call(track.eventId(), track.slug(), track.name(), null, track.id(), track.settings(), defaults);
	}

	private static TopicCall call(long eventId, String slug, String name, Long mcId, Long trackId, CallOverride own,
			CallDefaults defaults) {
		return new TopicCall(eventId, slug, name, mcId, trackId,
				own.opensAt() != null ? own.opensAt() : defaults.opensAt(),
				own.closesAt() != null ? own.closesAt() : defaults.closesAt(),
				own.durations() != null ? own.durations() : defaults.durations(), own.opensAt() != null,
				own.closesAt() != null, own.durations() != null, own.version());
	}

}
