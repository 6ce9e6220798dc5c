package org.plumbline.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.event.Event;
import org.plumbline.validation.InvalidFields;

/**
 * What an organiser asks a solver run for.
 *
 * @param day the one day whose talks it places, or {@code null} for every day
 * @param seed the seed of the first solver; the others take the next numbers
 * @param seconds how long it solves, 1 to {@value #MAX_SECONDS}
 * @param threads how many solvers run side by side, 1 to {@value #MAX_THREADS}
 */
public record RunRequest(LocalDate day, long seed, int seconds, int threads) {

	public static final int MAX_SECONDS = 3600;

	public static final int MAX_THREADS = 8;

	/**
	 * The request as a form sends it, each field as typed; a blank day is every day, a
	 * blank seed 0.
	 * @throws InvalidFields naming each field that is not a number or out of range
	 */
	public static RunRequest read(Event event, String day, String seed, String seconds, String threads) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate onDay = null;
		if (day != null && !day.isBlank()) {
			try {
				onDay = LocalDate.parse(day.strip());
			}
			catch (DateTimeParseException malformed) {
				problems.put("day", dayMessage(event));
			}
		}
		Long seedNumber = seed == null || seed.isBlank() ? Long.valueOf(0) : number(seed);
		if (seedNumber == null) {
			problems.put("seed", "Give a whole number, such as 0 or 42.");
		}
		Long secondsNumber = number(seconds);
		Long threadsNumber = number(threads);
		RunRequest request = new RunRequest(onDay, seedNumber == null ? 0 : seedNumber,
				secondsNumber == null ? 0 : (int) Math.clamp(secondsNumber, Integer.MIN_VALUE, Integer.MAX_VALUE),
				threadsNumber == null ? 0 : (int) Math.clamp(threadsNumber, Integer.MIN_VALUE, Integer.MAX_VALUE));
		request.problems(event).forEach(problems::putIfAbsent);
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
		return request;
	}

	/**
	 * @throws InvalidFields naming each field out of range for this event
	 */
	public void check(Event event) {
		Map<String, String> problems = problems(event);
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
	}

	private Map<String, String> problems(Event event) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (day != null && !EventDays.of(event).contain(day)) {
			problems.put("day", dayMessage(event));
		}
		if (seconds < 1 || seconds > MAX_SECONDS) {
			problems.put("seconds", "Give a number of seconds from 1 to " + MAX_SECONDS + " (an hour).");
		}
		if (threads < 1 || threads > MAX_THREADS) {
			problems.put("threads", "Give from 1 to " + MAX_THREADS + " solvers side by side.");
		}
		return problems;
	}

	private static String dayMessage(Event event) {
		return "Choose a day from " + event.startDate() + " to " + event.endDate() + ", or every day.";
	}

	private static Long number(String text) {
		try {
			return Long.valueOf(text == null ? "" : text.strip());
		}
		catch (NumberFormatException malformed) {
			return null;
		}
	}

}
