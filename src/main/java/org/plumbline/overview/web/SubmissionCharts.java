package org.plumbline.overview.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.overview.CallSubmissions;

/**
 * Topics submitted per call over time: one small step chart per call on a shared day and
 * count axis, its deadline marked, for the calls with most topics in page order.
 *
 * @param axis {@code null} while no call has topics or a deadline
 * @param hidden how many calls the page leaves out (their figures are in the CSV file)
 */
public record SubmissionCharts(List<Plot> plots, DayAxis axis, int hidden) {

	public static final int WIDTH = 320;

	static SubmissionCharts of(List<CallSubmissions> calls, ZoneId zone, int limit) {
		List<CallSubmissions> shown = calls.stream()
			.sorted(Comparator.comparingInt(CallSubmissions::total).reversed())
			.limit(limit)
			.toList();
		shown = calls.stream().filter(shown::contains).toList();
		List<LocalDate> days = new ArrayList<>();
		int most = 0;
		for (CallSubmissions call : shown) {
			call.days().forEach(tally -> days.add(tally.day()));
			if (call.deadline() != null) {
				days.add(LocalDate.ofInstant(call.deadline(), zone));
			}
			most = Math.max(most, call.total());
		}
		if (days.isEmpty()) {
			return new SubmissionCharts(List.of(), null, calls.size() - shown.size());
		}
		DayAxis axis = DayAxis.over(days, most, 36, WIDTH - 8, 8, 62);
		List<Plot> plots = new ArrayList<>();
		for (CallSubmissions call : shown) {
			Map<LocalDate, Integer> totals = new LinkedHashMap<>();
			call.days().forEach(tally -> totals.put(tally.day(), tally.total()));
			plots.add(new Plot(call, StepLine.path(axis, totals),
					call.deadline() == null ? null : axis.x(LocalDate.ofInstant(call.deadline(), zone))));
		}
		return new SubmissionCharts(plots, axis, calls.size() - shown.size());
	}

	/**
	 * @param deadlineX where the deadline's day is, or {@code null} without one
	 */
	public record Plot(CallSubmissions call, String path, String deadlineX) {

	}

}
