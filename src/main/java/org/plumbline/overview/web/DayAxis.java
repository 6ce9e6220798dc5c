package org.plumbline.overview.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;

/**
 * A horizontal axis of calendar days and a vertical one of counts, mapped onto a plot
 * area of an SVG's view box; coordinates are printed with one decimal.
 */
public record DayAxis(LocalDate from, LocalDate to, int max, double left, double right, double top, double bottom) {

	/** An axis over the days given, its count axis up to {@code max} (at least 1). */
	static DayAxis over(Collection<LocalDate> days, int max, double left, double right, double top, double bottom) {
		LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow();
		LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow();
		return new DayAxis(from, to, Math.max(1, max), left, right, top, bottom);
	}

	public String x(LocalDate day) {
		long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		return number(left + (right - left) * ChronoUnit.DAYS.between(from, day) / span);
	}

	public String y(int count) {
		return number(bottom - (bottom - top) * count / max);
	}

	public String leftEdge() {
		return number(left);
	}

	public String rightEdge() {
		return number(right);
	}

	public String topEdge() {
		return number(top);
	}

	public String bottomEdge() {
		return number(bottom);
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
