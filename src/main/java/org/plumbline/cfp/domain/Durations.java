package org.plumbline.cfp.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The durations a call offers, as minutes: written by organisers as "30, 45", stored as
 * "30,45".
 */
public final class Durations {

	public static final int MAX_OPTIONS = 10;

	public static final int MAX_MINUTES = 600;

	private Durations() {
	}

	/** The stored text as minutes; {@code null} stays null. */
	public static List<Integer> parseStored(String stored) {
		if (stored == null) {
			return null;
		}
		return Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
	}

	public static String stored(List<Integer> minutes) {
		return minutes == null ? null : minutes.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** As a form shows them: "30, 45". */
	public static String shown(List<Integer> minutes) {
		return minutes == null ? "" : minutes.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/**
	 * The minutes an organiser typed, in the order typed, or the problem with them.
	 * @return the minutes, or empty with the problem given to {@code problem}
	 */
	public static Optional<List<Integer>> parse(String typed, java.util.function.Consumer<String> problem) {
		List<Integer> minutes = new ArrayList<>();
		for (String part : typed.split("[,\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			int value;
			try {
				value = Integer.parseInt(part);
			}
			catch (NumberFormatException notANumber) {
				problem.accept("Give minutes separated by commas, such as 30, 45; \"" + part + "\" is not a number.");
				return Optional.empty();
			}
			if (value < 5 || value > MAX_MINUTES) {
				problem.accept("Each duration is 5 to " + MAX_MINUTES + " minutes; " + value + " is not.");
				return Optional.empty();
			}
			if (!minutes.contains(value)) {
				minutes.add(value);
			}
		}
		if (minutes.isEmpty()) {
			problem.accept("Give at least one duration in minutes, such as 30, 45.");
			return Optional.empty();
		}
		if (minutes.size() > MAX_OPTIONS) {
			problem.accept("At most " + MAX_OPTIONS + " durations can be offered.");
			return Optional.empty();
		}
		return Optional.of(List.copyOf(minutes));
	}

}
