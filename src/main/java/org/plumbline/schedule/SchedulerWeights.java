package org.plumbline.schedule;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.ConstraintWeightRepository;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.Weight;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The level and weight each of the solver's constraints has for an event (issue 12, point
 * 2): an organiser's choice, or the constraint's default. A weight of 0 switches a
 * constraint off and any may be made hard; the two that keep a timetable possible
 * ({@link ScheduleConstraint#weighable()} false) keep their defaults. The weights are
 * saved all at once over one version per event, and each change is audited.
 */
@Service
public class SchedulerWeights {

	static final String STALE = "Someone else changed these weights since you opened the page.";

	/**
	 * The largest weight taken: a score adds up weight times count over a whole
	 * timetable, and must stay far from overflowing.
	 */
	static final long MOST = 1_000_000_000L;

	private final ConstraintWeightRepository weights;

	private final EditorRights rights;

	private final AuditLog audit;

	SchedulerWeights(ConstraintWeightRepository weights, EditorRights rights, AuditLog audit) {
		this.weights = weights;
		this.rights = rights;
		this.audit = audit;
	}

	/** Every constraint's weight for the event, its default where none was chosen. */
	@Transactional(readOnly = true)
	public Map<ScheduleConstraint, Weight> ofEvent(long eventId) {
		Map<ScheduleConstraint, Weight> chosen = new EnumMap<>(ScheduleConstraint.class);
		for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
			chosen.put(constraint, constraint.defaultWeight());
		}
		for (ConstraintWeightRepository.Row row : weights.ofEvent(eventId)) {
			known(row.constraintName()).filter(ScheduleConstraint::weighable)
				.ifPresent(constraint -> chosen.put(constraint,
						new Weight(ConflictLevel.valueOf(row.level()), row.weight())));
		}
		return chosen;
	}

	/** The version a form of the event's weights sends back: 0 until first saved. */
	@Transactional(readOnly = true)
	public int version(long eventId) {
		return weights.version(eventId);
	}

	/**
	 * Saves the levels and weights an organiser typed, all or none; a constraint not in
	 * {@code typed} keeps its weight.
	 * @param version the version the form was opened at
	 * @throws TimetableNotFoundException if the account does not organise the event
	 * @throws InvalidFields for a level that is not hard, medium or soft (under
	 * {@link #levelField}), a weight that is not a whole number from 0 to {@value #MOST},
	 * or a change to a constraint that cannot be weighted (under {@link #weightField})
	 * @throws OptimisticLockingFailureException if the weights were saved since the form
	 * was opened
	 */
	@Transactional
	public void save(long actorAccountId, Event event, Map<ScheduleConstraint, WeightInput> typed, int version) {
		rights.requireOrganiser(actorAccountId, event);
		Map<ScheduleConstraint, Weight> chosen = new EnumMap<>(ofEvent(event.id()));
		chosen.putAll(checked(typed));
		apply(actorAccountId, event, chosen, version);
	}

	/**
	 * Gives every constraint its default again.
	 * @throws TimetableNotFoundException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if the weights were saved since the form
	 * was opened
	 */
	@Transactional
	public void reset(long actorAccountId, Event event, int version) {
		rights.requireOrganiser(actorAccountId, event);
		Map<ScheduleConstraint, Weight> defaults = new EnumMap<>(ScheduleConstraint.class);
		Arrays.stream(ScheduleConstraint.values())
			.forEach(constraint -> defaults.put(constraint, constraint.defaultWeight()));
		apply(actorAccountId, event, defaults, version);
	}

	/** The form field of a constraint's level. */
	public static String levelField(ScheduleConstraint constraint) {
		return "level_" + constraint.name();
	}

	/** The form field of a constraint's weight. */
	public static String weightField(ScheduleConstraint constraint) {
		return "weight_" + constraint.name();
	}

	private void apply(long actorAccountId, Event event, Map<ScheduleConstraint, Weight> chosen, int version) {
		long eventId = event.id();
		if (version != weights.version(eventId)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Map<ScheduleConstraint, Weight> current = ofEvent(eventId);
		Map<ScheduleConstraint, Weight> changed = new EnumMap<>(ScheduleConstraint.class);
		chosen.forEach((constraint, weight) -> {
			if (!weight.equals(current.get(constraint))) {
				changed.put(constraint, weight);
			}
		});
		if (changed.isEmpty()) {
			return;
		}
		if (!weights.advance(eventId, version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		changed.forEach((constraint, weight) -> {
			if (weight.equals(constraint.defaultWeight())) {
				weights.remove(eventId, constraint.name());
			}
			else {
				weights.put(eventId, constraint.name(), weight.level().name(), weight.weight());
			}
			audit.record(new AuditEntry(eventId, actorAccountId, null, "scheduler-weight", constraint.name(),
					"scheduler-weight-set", audited(current.get(constraint)), audited(weight), null));
		});
	}

	private static Map<ScheduleConstraint, Weight> checked(Map<ScheduleConstraint, WeightInput> typed) {
		Map<ScheduleConstraint, Weight> chosen = new EnumMap<>(ScheduleConstraint.class);
		Map<String, String> problems = new LinkedHashMap<>();
		typed.forEach((constraint, input) -> {
			ConflictLevel level = level(input.level());
			if (level == null) {
				problems.put(levelField(constraint), "Choose hard, medium or soft.");
			}
			Optional<String> weightProblem = weightProblem(input.weight());
			weightProblem.ifPresent(problem -> problems.put(weightField(constraint), problem));
			if (level == null || weightProblem.isPresent()) {
				return;
			}
			Weight weight = new Weight(level, Long.parseLong(input.weight().strip()));
			if (!constraint.weighable() && !weight.equals(constraint.defaultWeight())) {
				problems.put(weightField(constraint),
						"This one keeps the timetable possible, so it stays as it is and cannot be weighted.");
				return;
			}
			chosen.put(constraint, weight);
		});
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
		return chosen;
	}

	private static ConflictLevel level(String typed) {
		return Arrays.stream(ConflictLevel.values())
			.filter(level -> level.name().equals(typed == null ? "" : typed.strip()))
			.findFirst()
			.orElse(null);
	}

	private static Optional<String> weightProblem(String typed) {
		String digits = typed == null ? "" : typed.strip();
		if (digits.matches("-[0-9]+")) {
			return Optional.of("A weight cannot be negative; 0 switches the constraint off.");
		}
		if (!digits.matches("[0-9]+")) {
			return Optional.of("Give a whole number such as 1; 0 switches the constraint off.");
		}
		if (digits.length() > 10 || Long.parseLong(digits) > MOST) {
			return Optional.of("At most " + MOST + ".");
		}
		return Optional.empty();
	}

	private static Optional<ScheduleConstraint> known(String name) {
		return Arrays.stream(ScheduleConstraint.values())
			.filter(constraint -> constraint.name().equals(name))
			.findFirst();
	}

	private static Map<String, Object> audited(Weight weight) {
		return Map.of("level", weight.level().name(), "weight", weight.weight());
	}

}
