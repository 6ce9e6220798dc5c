package org.plumbline.schedule.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plumbline.event.Event;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.EventConstraintInputs;
import org.plumbline.schedule.SchedulerWeights;
import org.plumbline.schedule.TimePreference;
import org.plumbline.schedule.WeightInput;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.Weight;
import org.plumbline.validation.FormErrors;

/**
 * The scheduler's weights page: one row per constraint showing what is saved, or after a
 * refused form what was typed, with its errors; and every MC's preferred times, as the
 * scheduler reads them.
 */
public record WeightsPage(Event event, List<Row> rows, int version, FormErrors errors, PreferencesTable preferences) {

	public static final String VERSION_FIELD = "version";

	/**
	 * @param level the level's name as saved or as sent
	 * @param weight the weight as saved or as typed
	 */
	public record Row(ScheduleConstraint constraint, String level, String weight) {

		public String levelField() {
			return SchedulerWeights.levelField(constraint);
		}

		public String weightField() {
			return SchedulerWeights.weightField(constraint);
		}

		/**
		 * What the constraint reads of the event when its problem is read from the draft,
		 * or that it reads nothing there.
		 */
		public String onThisEvent() {
			return EventConstraintInputs.words(constraint);
		}

		/** Whether it shows the constraint's default. */
		public boolean isDefault() {
			Weight defaults = constraint.defaultWeight();
			return defaults.level().name().equals(level) && Long.toString(defaults.weight()).equals(weight);
		}

	}

	/** Every MC's preferences: one line per MC, one cell per time block. */
	public record PreferencesTable(List<String> blocks, List<McLine> mcs) {
	}

	/** An MC and, per block in the table's order, what its leads said of it. */
	public record McLine(String title, List<String> cells) {
	}

	static WeightsPage saved(Event event, Map<ScheduleConstraint, Weight> saved, int version,
			PreferencesTable preferences) {
		return new WeightsPage(event, Arrays.stream(ScheduleConstraint.values()).map(constraint -> {
			Weight weight = saved.get(constraint);
			return new Row(constraint, weight.level().name(), Long.toString(weight.weight()));
		}).toList(), version, FormErrors.NONE, preferences);
	}

	static WeightsPage typed(Event event, Map<ScheduleConstraint, WeightInput> typed, int version, FormErrors errors,
			PreferencesTable preferences) {
		return new WeightsPage(event, Arrays.stream(ScheduleConstraint.values()).map(constraint -> {
			WeightInput input = typed.get(constraint);
			Weight defaults = constraint.defaultWeight();
			return input == null ? new Row(constraint, defaults.level().name(), Long.toString(defaults.weight()))
					: new Row(constraint, input.level(), input.weight());
		}).toList(), version, errors, preferences);
	}

	static PreferencesTable preferences(List<TimeBlock> blocks, ZoneId zone, List<Microconference> mcs,
			Map<Long, Map<Long, TimePreference>> chosen) {
		return new PreferencesTable(blocks.stream().map(block -> BlockLabels.of(block, zone)).toList(),
				mcs.stream().map(mc -> {
					Map<Long, TimePreference> own = chosen.getOrDefault(mc.id(), Map.of());
					return new McLine(mc.title(), blocks.stream().map(block -> shown(own.get(block.id()))).toList());
				}).toList());
	}

	public static List<ConflictLevel> levels() {
		return List.of(ConflictLevel.values());
	}

	/** What an organiser reads for a level: "hard". */
	public static String label(ConflictLevel level) {
		return level.name().toLowerCase(Locale.ROOT);
	}

	private static String shown(TimePreference preference) {
		if (preference == null) {
			return "fine";
		}
		return switch (preference) {
			case PREFERRED -> "Preferred";
			case AVOIDED -> "Avoid";
		};
	}

}
