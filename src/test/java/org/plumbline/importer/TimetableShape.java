package org.plumbline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledPerson;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableReleases;
import org.plumbline.schedule.TimetableSession;
import org.plumbline.schedule.TimetableTalk;
import org.springframework.context.ApplicationContext;

/**
 * An event's timetables as the schedule pages, the exports and the organisers' draft read
 * them, one line per session, talk and changelog line, with GUIDs, export numbers, names
 * and instants but no row ids: two events with the same lines show the same schedules.
 */
final class TimetableShape {

	private TimetableShape() {
	}

	static List<String> of(ApplicationContext context, String slug) {
		Event event = context.getBean(EventCatalog.class).findBySlug(slug).orElseThrow();
		TimetableReleases releases = context.getBean(TimetableReleases.class);
		PublishedSchedule published = context.getBean(PublishedSchedule.class);
		List<String> lines = new ArrayList<>();
		for (Timetable head : releases.releases(event).reversed()) {
			ReleasedSchedule release = published.version(event, head.number()).orElseThrow();
			lines.add("version " + release.number() + " " + release.releasedAt() + " " + release.changeNote());
			for (ScheduledSession session : release.sessions()) {
				lines.add("  " + session.guid() + " #" + session.exportNumber() + " " + session.kind() + " "
						+ session.title() + " (" + session.trackSlug() + ") in "
						+ (session.room() == null ? "every room" : session.room().name()) + " " + session.startsAt()
						+ "-" + session.endsAt() + " led by " + names(session.leads()));
				for (ScheduledTalk talk : session.talks()) {
					lines.add("    " + talk.guid() + " #" + talk.exportNumber() + " " + talk.title() + " ["
							+ talk.abstractText() + "] " + talk.startsAt() + "-" + talk.endsAt() + " by "
							+ names(talk.speakers()));
				}
			}
			releases.changes(event, release.number())
				.forEach(change -> lines.add("  change " + change.kind() + " " + change.subjectGuid() + " "
						+ (change.topicId() != null) + " " + change.words()));
		}
		Map<Long, String> rooms = context.getBean(EventCatalog.class)
			.rooms(event.id())
			.stream()
			.collect(Collectors.toMap(Room::id, Room::name));
		Map<Long, String> mcs = context.getBean(Microconferences.class)
			.forEvent(event.id())
			.stream()
			.collect(Collectors.toMap(Microconference::id, Microconference::slug));
		Timetable draft = context.getBean(DraftTimetables.class).draft(event.id());
		lines.add("draft");
		for (TimetableSession session : draft.sessions()) {
			lines.add("  " + session.guid() + " #" + session.exportNumber() + " " + session.kind() + " "
					+ mcs.get(session.microconferenceId()) + " " + (session.plainTrackId() != null) + " "
					+ session.title() + " in " + rooms.get(session.roomId()) + " " + session.startsAt() + "-"
					+ session.endsAt() + (session.pinned() ? " pinned" : ""));
			for (TimetableTalk talk : session.talks()) {
				lines.add("    " + talk.topicGuid() + " #" + talk.exportNumber() + " " + talk.startsAt() + "-"
						+ talk.endsAt());
			}
		}
		return lines;
	}

	private static String names(List<ScheduledPerson> people) {
		return people.stream()
			.map(person -> person.nameAsWritten() + " <" + person.guid() + ">")
			.collect(Collectors.joining(", "));
	}

}
