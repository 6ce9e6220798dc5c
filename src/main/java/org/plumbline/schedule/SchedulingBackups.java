package org.plumbline.schedule;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.schedule.BackedUpSchedulerInputs.Period;
import org.plumbline.schedule.BackedUpSchedulerInputs.Preference;
import org.plumbline.schedule.BackedUpSchedulerInputs.Weight;
import org.plumbline.schedule.domain.ConstraintWeightRepository;
import org.plumbline.schedule.domain.RulePolicyRepository;
import org.plumbline.schedule.domain.ScheduleSettingRepository;
import org.plumbline.schedule.domain.SchedulingRunRepository;
import org.plumbline.schedule.domain.TimePreferenceRepository;
import org.plumbline.schedule.domain.UnavailabilityRepository;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an event's timetable checks and its scheduler read besides the timetable, for its
 * backup in an event data file, and written back as it was: the release switch, the
 * conflict policies, the solver's weights, the MCs' preferred blocks and the declared
 * unavailability; and the solver runs made from them, with their files and progress. A
 * restore is audited and mails nobody. The versions the organisers' forms lock on are not
 * backed up: a restored choice is at the version a first save gives it, so a form opened
 * on the defaults before it is stale.
 */
@Service
public class SchedulingBackups {

	/** Why a run that was going when its event was backed up failed on its restore. */
	public static final String INTERRUPTED_BY_RESTORE = "interrupted by the restore of the event from an event data "
			+ "file, which was made while the run was queued or running: start a new run";

	private final ScheduleSettingRepository settings;

	private final RulePolicyRepository policies;

	private final ConstraintWeightRepository weights;

	private final TimePreferenceRepository preferences;

	private final UnavailabilityRepository intervals;

	private final SchedulingRunRepository runs;

	private final AuditLog audit;

	private final Clock clock;

	SchedulingBackups(ScheduleSettingRepository settings, RulePolicyRepository policies,
			ConstraintWeightRepository weights, TimePreferenceRepository preferences,
			UnavailabilityRepository intervals, SchedulingRunRepository runs, AuditLog audit, Clock clock) {
		this.runs = runs;
		this.clock = clock;
		this.settings = settings;
		this.policies = policies;
		this.weights = weights;
		this.preferences = preferences;
		this.intervals = intervals;
		this.audit = audit;
	}

	/**
	 * What the event chose for its timetable's checks and its scheduler. A weight stored
	 * for a constraint the solver no longer has, or cannot weigh, is left out: the
	 * weights page and the solver ignore it too.
	 */
	@Transactional(readOnly = true)
	public BackedUpSchedulerInputs inputs(long eventId) {
		Map<ConflictKind, RulePolicy> chosen = new EnumMap<>(ConflictKind.class);
		policies.ofEvent(eventId)
			.forEach(row -> chosen.put(ConflictKind.valueOf(row.rule()), RulePolicy.valueOf(row.policy())));
		List<Weight> weighed = weights.ofEvent(eventId)
			.stream()
			.flatMap(row -> weighable(row.constraintName())
				.map(constraint -> new Weight(constraint.name(), ConflictLevel.valueOf(row.level()), row.weight()))
				.stream())
			.sorted(Comparator.comparing(weight -> ScheduleConstraint.valueOf(weight.constraint())))
			.toList();
		List<Preference> preferred = preferences.ofEvent(eventId)
			.stream()
			.map(row -> new Preference(row.microconferenceId(), row.timeBlockId(),
					TimePreference.valueOf(row.preference())))
			.toList();
		List<Period> periods = intervals.ofEvent(eventId)
			.stream()
			.map(row -> new Period(row.personId(), row.roomId(), row.startsAt(), row.endsAt(), row.reason()))
			.toList();
		return new BackedUpSchedulerInputs(
				settings.find(eventId).map(ScheduleSettingRepository.Row::releaseAcceptedTalks).orElse(null), chosen,
				weighed, preferred, periods);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreReleaseSetting(Event event, String systemActor, boolean releaseAcceptedTalks) {
		settings.save(event.id(), releaseAcceptedTalks, 0, false);
		audit.record(new AuditEntry(event.id(), null, systemActor, "schedule-setting", "release-accepted-talks",
				"restored", null, Map.of("releaseAcceptedTalks", releaseAcceptedTalks), null));
	}

	/**
	 * @throws IllegalArgumentException for a policy the kind does not offer
	 * @throws org.springframework.dao.DuplicateKeyException for a second policy of a kind
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restorePolicy(Event event, String systemActor, ConflictKind kind, RulePolicy policy) {
		if (!kind.choices().contains(policy)) {
			throw new IllegalArgumentException(kind + " may not be " + policy);
		}
		policies.save(event.id(), kind.name(), policy.name(), 0, false);
		audit.record(new AuditEntry(event.id(), null, systemActor, "schedule-policy", kind.name(), "restored", null,
				Map.of("policy", policy.name()), null));
	}

	/**
	 * @throws IllegalArgumentException for a constraint that cannot be weighed
	 * @throws org.springframework.dao.DataIntegrityViolationException for a second weight
	 * of a constraint or a negative one
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, Weight weight) {
		if (weighable(weight.constraint()).isEmpty()) {
			throw new IllegalArgumentException("no constraint " + weight.constraint() + " can be weighed");
		}
		if (weights.version(event.id()) == 0) {
			weights.advance(event.id(), 0);
		}
		weights.insert(event.id(), weight.constraint(), weight.level().name(), weight.weight());
		audit.record(new AuditEntry(event.id(), null, systemActor, "scheduler-weight", weight.constraint(), "restored",
				null, Map.of("level", weight.level().name(), "weight", weight.weight()), null));
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException for a second
	 * preference of an MC for one block
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, Preference preference) {
		if (preferences.version(preference.microconferenceId()) == 0) {
			preferences.advance(preference.microconferenceId(), 0);
		}
		preferences.insert(preference.microconferenceId(), preference.timeBlockId(), preference.preference().name());
		audit.record(new AuditEntry(event.id(), null, systemActor, "microconference",
				Long.toString(preference.microconferenceId()), "time-preference-restored", null,
				Map.of(Long.toString(preference.timeBlockId()), preference.preference().name()), null));
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException for an interval
	 * that ends before it starts or names both or neither of a person and a room
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, Period period) {
		long id = intervals.add(event.id(), period.personId(), period.roomId(), period.startsAt(), period.endsAt(),
				period.reason());
		Map<String, Object> restored = new LinkedHashMap<>();
		restored.put(period.personId() != null ? "person" : "room",
				period.personId() != null ? period.personId() : period.roomId());
		restored.put("startsAt", period.startsAt().toString());
		restored.put("endsAt", period.endsAt().toString());
		restored.put("reason", period.reason() == null ? "" : period.reason());
		audit.record(new AuditEntry(event.id(), null, systemActor, "unavailability", Long.toString(id), "restored",
				null, restored, null));
	}

	/**
	 * Every solver run of the event, the first requested first, with its progress; its
	 * files name persons and blocks by their ids here ({@link RunFileKeys}).
	 */
	@Transactional(readOnly = true)
	public List<BackedUpRun> runs(long eventId) {
		return runs.backup(eventId);
	}

	/**
	 * Writes a run back, its files naming persons and blocks by their ids here. A run
	 * that was queued or running when its backup was made comes back failed, saying so:
	 * the database it was made in may still be solving it, and solving it here again
	 * would take the event's one place for a going run from the run the organiser starts
	 * on the restored draft, which is what they expect to do; queued again, it would also
	 * start unasked on a server they may not know of yet. Its progress so far is kept.
	 * @return its id
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a failed run without an error, a time limit out of range)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restore(Event event, String systemActor, BackedUpRun run) {
		BackedUpRun restored = run.state().going() ? interrupted(run) : run;
		long id = runs.restore(event.id(), restored);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("state", restored.state().name());
		after.put("stateWhenBackedUp", run.state().name());
		after.put("progressPoints", run.progress().size());
		audit.record(new AuditEntry(event.id(), null, systemActor, "scheduling-run", Long.toString(id), "restored",
				null, after, null));
		return id;
	}

	private BackedUpRun interrupted(BackedUpRun run) {
		return new BackedUpRun(RunState.FAILED, run.day(), run.seed(), run.seconds(), run.threads(), run.draftVersion(),
				run.files(), run.bestScore(), INTERRUPTED_BY_RESTORE, run.stopRequested(), run.spentMillis(),
				run.requestedBy(), run.requestedAt(), run.startedAt(), run.heartbeatAt(), clock.instant(),
				run.claimedBy(), run.version(), run.progress());
	}

	private static Optional<ScheduleConstraint> weighable(String name) {
		return Arrays.stream(ScheduleConstraint.values())
			.filter(constraint -> constraint.name().equals(name) && constraint.weighable())
			.findFirst();
	}

}
