package org.plumbline.site.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.plumbline.event.Event;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledPerson;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.SessionKind;
import org.plumbline.site.web.SessionView.BreakEntry;
import org.plumbline.site.web.SessionView.Entry;
import org.plumbline.site.web.SessionView.PersonLink;
import org.plumbline.site.web.SessionView.TalkEntry;
import org.springframework.web.util.UriUtils;

/**
 * A released schedule as its pages show it: each session as a box with its talks and the
 * breaks inside it (its time block's break, and any break in every room that falls within
 * it), times in the event's zone, and the addresses of the schedule's pages.
 */
final class ScheduleViews {

	static final String BLOCK_BREAK_TITLE = "Break";

	/** A session with the box that shows it. */
	record Shown(ScheduledSession session, SessionView view) {

		LocalDate day(ZoneId zone) {
			return session.startsAt().atZone(zone).toLocalDate();
		}

	}

	private final Event event;

	private final List<Shown> sessions;

	private final Map<String, Long> microconferenceIds;

	/**
	 * @param microconferenceIds the event's published MCs' ids by slug, for the boxes'
	 * "Interested" buttons
	 */
	ScheduleViews(ReleasedSchedule schedule, List<TimeBlock> blocks, Map<String, Long> microconferenceIds) {
		this.event = schedule.event();
		this.microconferenceIds = Map.copyOf(microconferenceIds);
		List<ScheduledSession> everyRoomBreaks = schedule.sessions()
			.stream()
			.filter(session -> session.kind() == SessionKind.BREAK && session.room() == null)
			.toList();
		this.sessions = schedule.sessions()
			.stream()
			.map(session -> new Shown(session, view(session, blocks, everyRoomBreaks)))
			.toList();
	}

	List<Shown> sessions() {
		return sessions;
	}

	/** The sessions by the event day they start on, in time order. */
	Map<LocalDate, List<Shown>> byDay() {
		return byDay(session -> true);
	}

	/** The sessions that pass a test by the event day they start on, in time order. */
	Map<LocalDate, List<Shown>> byDay(Predicate<ScheduledSession> wanted) {
		Map<LocalDate, List<Shown>> days = new LinkedHashMap<>();
		sessions.stream()
			.filter(candidate -> wanted.test(candidate.session()))
			.sorted(Comparator.comparing((Shown shown) -> shown.session().startsAt())
				.thenComparing(shown -> shown.session().room() == null ? -1 : shown.session().room().position()))
			.forEach(shown -> days.computeIfAbsent(shown.day(event.timeZone()), day -> new ArrayList<>()).add(shown));
		return days;
	}

	static String schedulePath(Event event) {
		return "/" + event.slug() + "/schedule";
	}

	static String listPath(Event event) {
		return schedulePath(event) + "/list";
	}

	static String roomPath(Event event, Room room) {
		return schedulePath(event) + "/rooms/" + room.guid();
	}

	static String talkPath(Event event, UUID topicGuid) {
		return "/" + event.slug() + "/talks/" + topicGuid;
	}

	static String speakerPath(Event event, UUID personGuid) {
		return "/" + event.slug() + "/speakers/" + personGuid;
	}

	static String mcPath(Event event, String mcSlug) {
		return "/" + event.slug() + "/microconferences/" + UriUtils.encodePathSegment(mcSlug, "UTF-8");
	}

	static String sessionId(UUID guid) {
		return "session_" + guid;
	}

	static List<PersonLink> people(Event event, List<ScheduledPerson> people) {
		return people.stream()
			.map(person -> new PersonLink(person.nameAsWritten(), speakerPath(event, person.guid())))
			.toList();
	}

	private SessionView view(ScheduledSession session, List<TimeBlock> blocks, List<ScheduledSession> everyRoomBreaks) {
		ZoneId zone = event.timeZone();
		LocalDate day = session.startsAt().atZone(zone).toLocalDate();
		List<Entry> entries = new ArrayList<>();
		for (ScheduledTalk talk : session.talks()) {
			entries.add(new TalkEntry(talk.title(), talkPath(event, talk.guid()), talk.topicId(),
					Moment.clock(talk.startsAt(), zone, day), Moment.clock(talk.endsAt(), zone, day),
					people(event, talk.speakers())));
		}
		if (session.kind() != SessionKind.BREAK) {
			entries.addAll(breaksWithin(session, blocks, everyRoomBreaks, day));
		}
		entries.sort(Comparator.comparing(entry -> Instant.parse(entry.startsAt().iso())));
		boolean mc = session.kind() == SessionKind.MICROCONFERENCE;
		String path = mc ? mcPath(event, session.trackSlug()) : null;
		Room room = session.room();
		return new SessionView(sessionId(session.guid()), session.kind(), session.title(), path,
				mc ? microconferenceIds.get(session.trackSlug()) : null, room == null ? null : room.name(),
				room == null ? null : roomPath(event, room), Moment.clock(session.startsAt(), zone, day),
				Moment.clock(session.endsAt(), zone, day), people(event, session.leads()), List.copyOf(entries));
	}

	/**
	 * The breaks a session's box lists: its time block's own break, and every break in
	 * every room that overlaps it (one entry per time span, the break's own words first).
	 */
	private List<Entry> breaksWithin(ScheduledSession session, List<TimeBlock> blocks,
			List<ScheduledSession> everyRoomBreaks, LocalDate day) {
		ZoneId zone = event.timeZone();
		Map<String, Entry> breaks = new LinkedHashMap<>();
		for (ScheduledSession pause : everyRoomBreaks) {
			if (pause.startsAt().isBefore(session.endsAt()) && session.startsAt().isBefore(pause.endsAt())) {
				breaks.putIfAbsent(span(pause.startsAt(), pause.endsAt()), new BreakEntry(pause.title(),
						Moment.clock(pause.startsAt(), zone, day), Moment.clock(pause.endsAt(), zone, day)));
			}
		}
		for (TimeBlock block : blocks) {
			if (block.breakStartsAt() != null && !block.breakStartsAt().isBefore(session.startsAt())
					&& !block.breakEndsAt().isAfter(session.endsAt())) {
				breaks.putIfAbsent(span(block.breakStartsAt(), block.breakEndsAt()), new BreakEntry(BLOCK_BREAK_TITLE,
						Moment.clock(block.breakStartsAt(), zone, day), Moment.clock(block.breakEndsAt(), zone, day)));
			}
		}
		return List.copyOf(breaks.values());
	}

	private static String span(Instant start, Instant end) {
		return start + "/" + end;
	}

}
