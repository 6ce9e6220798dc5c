package org.plumbline.site.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.event.Event;
import org.plumbline.schedule.AgendaItem;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.SessionKind;

/**
 * One event day of a personal agenda as its page shows it: the items that start on it in
 * time order, each with its times in the event's zone, its room, links to its talk and MC
 * pages, and what its "Unmark" button takes away.
 */
public record AgendaDay(String id, String heading, List<Entry> entries) {

	/**
	 * An item of the agenda.
	 *
	 * @param path the talk's page, or the MC's page for a whole session
	 * @param within the MC or plain track a talk is part of; {@code null} for a session
	 * @param withinPath that MC's page; {@code null} for a plain track
	 * @param microconferenceId the MC that "Unmark" unmarks, for a whole session
	 * @param topicId the talk that "Unmark" unmarks, for a talk
	 */
	public record Entry(String title, String path, String within, String withinPath, String roomName, String roomPath,
			Moment startsAt, Moment endsAt, Long microconferenceId, Long topicId) {
	}

	/**
	 * @param items the agenda in the released version, in time order
	 * @param microconferenceIds the event's published MCs' ids by slug
	 */
	static List<AgendaDay> of(ReleasedSchedule schedule, List<AgendaItem> items, Map<String, Long> microconferenceIds) {
		Event event = schedule.event();
		ZoneId zone = event.timeZone();
		Map<UUID, ScheduledSession> sessions = new HashMap<>();
		Map<UUID, ScheduledSession> sessionOfTalk = new HashMap<>();
		Map<UUID, ScheduledTalk> talks = new HashMap<>();
		for (ScheduledSession session : schedule.sessions()) {
			sessions.put(session.guid(), session);
			for (ScheduledTalk talk : session.talks()) {
				sessionOfTalk.put(talk.guid(), session);
				talks.put(talk.guid(), talk);
			}
		}
		Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
		for (AgendaItem item : items) {
			LocalDate day = item.startsAt().atZone(zone).toLocalDate();
			Moment startsAt = Moment.clock(item.startsAt(), zone, day);
			Moment endsAt = Moment.clock(item.endsAt(), zone, day);
			String roomName = item.room() == null ? null : item.room().name();
			String roomPath = item.room() == null ? null : ScheduleViews.roomPath(event, item.room());
			Entry entry;
			if (item.wholeSession()) {
				ScheduledSession session = sessions.get(item.guid());
				entry = new Entry(item.title(), ScheduleViews.mcPath(event, session.trackSlug()), null, null, roomName,
						roomPath, startsAt, endsAt, microconferenceIds.get(session.trackSlug()), null);
			}
			else {
				ScheduledSession session = sessionOfTalk.get(item.guid());
				String withinPath = session.kind() == SessionKind.MICROCONFERENCE
						? ScheduleViews.mcPath(event, session.trackSlug()) : null;
				entry = new Entry(item.title(), ScheduleViews.talkPath(event, item.guid()), item.trackTitle(),
						withinPath, roomName, roomPath, startsAt, endsAt, null, talks.get(item.guid()).topicId());
			}
			byDay.computeIfAbsent(day, unused -> new ArrayList<>()).add(entry);
		}
		List<AgendaDay> days = new ArrayList<>();
		byDay.forEach((day, entries) -> days
			.add(new AgendaDay(ScheduleGrid.dayId(day), ScheduleGrid.DAY_HEADING.format(day), List.copyOf(entries))));
		return List.copyOf(days);
	}

}
