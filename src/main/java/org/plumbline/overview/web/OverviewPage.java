package org.plumbline.overview.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.overview.EventOverview;
import org.plumbline.overview.SessionFill;

/**
 * The overview page: the large charts show at most {@value #LIMIT} calls, MCs or sessions
 * (the most topics, the most interest, the fullest), or, for a day chosen, that day's MCs
 * and sessions in the draft timetable.
 *
 * @param chosenDay the day chosen, or {@code null} for all days
 * @param dayProblem why the day asked for was not taken, or {@code null}
 */
public record OverviewPage(EventOverview overview, List<LocalDate> days, LocalDate chosenDay, String dayProblem,
		SubmissionCharts submissions, ReviewChart reviews, RegistrationCharts registrations, MatrixChart audience,
		FillChart roomFill) {

	public static final int LIMIT = 30;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

	/** The page of an overview whose matrix the choice narrowed already. */
	static OverviewPage of(EventOverview overview, DayChoice choice) {
		Event event = overview.event();
		LocalDate day = choice.day();
		List<SessionFill> sessions = day == null ? overview.roomFill()
				: overview.roomFill()
					.stream()
					.filter(session -> LocalDate.ofInstant(session.startsAt(), event.timeZone()).equals(day))
					.toList();
		return new OverviewPage(overview, choice.days(), day, choice.problem(),
				SubmissionCharts.of(overview.submissions(), event.timeZone(), LIMIT),
				ReviewChart.of(overview.reviews()), RegistrationCharts.of(overview.registrations()),
				MatrixChart.of(overview.audience()),
				FillChart.of(overview.roomFill(), sessions, day == null ? LIMIT : sessions.size()));
	}

	public Event event() {
		return overview.event();
	}

	public String base() {
		return "/manage/" + event().slug() + "/overview";
	}

	public String shownDay(LocalDate day) {
		return DAY.format(day);
	}

	public String shownInstant(java.time.Instant instant) {
		return EventTimes.shown(instant, event().timeZone());
	}

	public String sessionTime(SessionFill session) {
		return TIME.withZone(event().timeZone()).format(session.startsAt());
	}

	/** A number with its noun: "1 session", "4 sessions". */
	public static String counted(long number, String one, String many) {
		return number + " " + (number == 1 ? one : many);
	}

}
