package org.plumbline.export;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.plumbline.event.Event;
import org.plumbline.export.domain.CalendarEntry;
import org.plumbline.export.domain.CalendarWriter;
import org.plumbline.export.domain.ScheduleEntries;
import org.plumbline.export.domain.ScheduleEntry;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SessionKind;
import org.springframework.stereotype.Service;

/**
 * A released version, or a part of it, as an iCalendar file (RFC 5545). The whole
 * schedule has the same events at the same times as the XML and JSON exports; a personal
 * agenda passes the GUIDs of the talks and MC sessions it holds to {@link #chosen}.
 */
@Service
public class ScheduleCalendars {

	private final ScheduleEntries entries;

	private final CalendarWriter writer;

	ScheduleCalendars(ScheduleEntries entries, CalendarWriter writer) {
		this.entries = entries;
		this.writer = writer;
	}

	/** Every talk, and every MC session with no talks yet. */
	public String wholeSchedule(ReleasedSchedule schedule) {
		return write(schedule, schedule.event().name(), entries.of(schedule).stream().map(CalendarEntry::of).toList());
	}

	/** One talk, by its GUID (the topic's); empty if the version does not hold it. */
	public Optional<String> talk(ReleasedSchedule schedule, UUID talkGuid) {
		return entries.of(schedule)
			.stream()
			.filter(entry -> entry.guid().equals(talkGuid) && !isSession(schedule, entry.guid()))
			.findFirst()
			.map(entry -> write(schedule, entry.title(), List.of(CalendarEntry.of(entry))));
	}

	/** One MC session as a single block listing its talks; empty if there is none. */
	public Optional<String> session(ReleasedSchedule schedule, UUID sessionGuid) {
		return mcSessions(schedule).filter(session -> session.guid().equals(sessionGuid))
			.findFirst()
			.map(session -> write(schedule, session.title(), List.of(wholeSession(schedule, session))));
	}

	/**
	 * The talks and MC sessions whose GUIDs are given, in time order; a GUID the version
	 * does not hold is left out.
	 * @param name the calendar's name, as calendar apps show a subscribed feed
	 */
	public String chosen(ReleasedSchedule schedule, String name, Collection<UUID> guids) {
		Set<UUID> wanted = Set.copyOf(guids);
		Stream<CalendarEntry> talks = entries.of(schedule)
			.stream()
			.filter(entry -> wanted.contains(entry.guid()) && !isSession(schedule, entry.guid()))
			.map(CalendarEntry::of);
		Stream<CalendarEntry> sessions = mcSessions(schedule).filter(session -> wanted.contains(session.guid()))
			.map(session -> wholeSession(schedule, session));
		return write(schedule, name,
				Stream.concat(talks, sessions).sorted(Comparator.comparing(CalendarEntry::startsAt)).toList());
	}

	private CalendarEntry wholeSession(ReleasedSchedule schedule, ScheduledSession session) {
		ScheduleEntry entry = entries.wholeSession(schedule.event(), session);
		return CalendarEntry.wholeSession(entry, session, schedule.event().timeZone());
	}

	private static Stream<ScheduledSession> mcSessions(ReleasedSchedule schedule) {
		return schedule.sessions().stream().filter(session -> session.kind() == SessionKind.MICROCONFERENCE);
	}

	private static boolean isSession(ReleasedSchedule schedule, UUID guid) {
		return schedule.sessions().stream().anyMatch(session -> session.guid().equals(guid));
	}

	private String write(ReleasedSchedule schedule, String name, List<CalendarEntry> calendarEntries) {
		Event event = schedule.event();
		return writer.write(event, name, schedule.releasedAt(), calendarEntries);
	}

}
