package org.plumbline.schedule.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledPerson;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableSession;
import org.plumbline.schedule.TimetableTalk;
import org.springframework.stereotype.Component;

/**
 * A stored timetable with its names filled in: places and lengths as stored; MC titles,
 * talk titles, abstracts and names read as they are now (DOMAIN.md: released versions).
 * Talks whose topics are no longer placeable (withdrawn, canceled) are left out.
 */
@Component
public class ScheduleResolver {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final TopicCalls calls;

	private final PlaceableTopics topics;

	private final PersonDirectory people;

	ScheduleResolver(EventCatalog events, Microconferences microconferences, TopicCalls calls, PlaceableTopics topics,
			PersonDirectory people) {
		this.events = events;
		this.microconferences = microconferences;
		this.calls = calls;
		this.topics = topics;
		this.people = people;
	}

	public ReleasedSchedule resolve(Event event, Timetable timetable) {
		return resolve(event, timetable, false);
	}

	/**
	 * As {@link #resolve}, but a talk whose topic has left the timetable since
	 * (withdrawn, declined, canceled) is kept under its title, without speakers: a
	 * changelog names its removal.
	 */
	public ReleasedSchedule resolveWithFormerTalks(Event event, Timetable timetable) {
		return resolve(event, timetable, true);
	}

	/**
	 * Reads the MCs and topics the timetable holds, not the event's others: a schedule
	 * page costs as much at an event with a hundred thousand topics as at one with a
	 * hundred.
	 */
	private ReleasedSchedule resolve(Event event, Timetable timetable, boolean withFormerTalks) {
		List<Room> rooms = events.rooms(event.id());
		List<ScheduledSession> sessions = sessions(event, timetable.sessions(), rooms, withFormerTalks);
		int number = timetable.number() == null ? 0 : timetable.number();
		return new ReleasedSchedule(event, number, timetable.releasedAt(), timetable.changeNote(), rooms, sessions);
	}

	/**
	 * Some sessions of a stored timetable with their names filled in, as {@link #resolve}
	 * fills them: for a page of a released version's talks, which reads the MCs and
	 * topics of that page only.
	 */
	public List<ScheduledSession> resolveSessions(Event event, List<TimetableSession> sessions) {
		return sessions(event, sessions, events.rooms(event.id()), false);
	}

	private List<ScheduledSession> sessions(Event event, List<TimetableSession> stored, List<Room> roomList,
			boolean withFormerTalks) {
		Set<Long> mcIds = new HashSet<>();
		Set<Long> topicIds = new HashSet<>();
		for (TimetableSession session : stored) {
			if (session.microconferenceId() != null) {
				mcIds.add(session.microconferenceId());
			}
			session.talks().forEach(talk -> topicIds.add(talk.topicId()));
		}
		Map<Long, Room> rooms = ById.of(roomList, Room::id);
		Map<Long, Microconference> mcs = microconferences.ofIds(event.id(), mcIds);
		Map<Long, TopicCall> tracks = calls.plainTracks(event.id());
		Map<Long, PlaceableTopic> placeable = topics.ofTopics(event.id(), topicIds);
		Map<Long, String> formerTitles = withFormerTalks ? topics.titlesOf(event.id(), topicIds) : Map.of();
		Map<Long, PersonSummary> leads = people.findAll(leadIds(stored, mcs));
		return stored.stream()
			.map(session -> session(session, rooms, mcs, tracks, talks(placeable, formerTitles), leads))
			.toList();
	}

	/**
	 * A stored talk as read now: by its placeable topic, else under its former title,
	 * else none.
	 */
	private static Function<TimetableTalk, Optional<ScheduledTalk>> talks(Map<Long, PlaceableTopic> placeable,
			Map<Long, String> formerTitles) {
		return talk -> {
			PlaceableTopic topic = placeable.get(talk.topicId());
			if (topic != null) {
				return Optional.of(talk(talk, topic));
			}
			return Optional.ofNullable(formerTitles.get(talk.topicId()))
				.map(title -> new ScheduledTalk(talk.topicGuid(), talk.exportNumber(), talk.topicId(), title, null,
						talk.startsAt(), talk.endsAt(), List.of()));
		};
	}

	private static ScheduledSession session(TimetableSession session, Map<Long, Room> rooms,
			Map<Long, Microconference> mcs, Map<Long, TopicCall> tracks,
			Function<TimetableTalk, Optional<ScheduledTalk>> readTalk, Map<Long, PersonSummary> leadPeople) {
		Room room = session.roomId() == null ? null : rooms.get(session.roomId());
		List<ScheduledTalk> talks = session.talks().stream().map(readTalk).flatMap(Optional::stream).toList();
		return switch (session.kind()) {
			case MICROCONFERENCE -> {
				Microconference mc = mcs.get(session.microconferenceId());
				List<ScheduledPerson> leads = mc.leads()
					.stream()
					.map(lead -> new ScheduledPerson(lead.personId(), leadPeople.get(lead.personId()).guid(),
							lead.nameAsWritten()))
					.toList();
				yield new ScheduledSession(session.guid(), session.exportNumber(), session.kind(), mc.title(),
						mc.slug(), room, session.startsAt(), session.endsAt(), leads, talks);
			}
			case TRACK -> {
				TopicCall track = tracks.get(session.plainTrackId());
				yield new ScheduledSession(session.guid(), session.exportNumber(), session.kind(), track.name(),
						track.slug(), room, session.startsAt(), session.endsAt(), List.of(), talks);
			}
			case BREAK -> new ScheduledSession(session.guid(), session.exportNumber(), session.kind(), session.title(),
					null, room, session.startsAt(), session.endsAt(), List.of(), List.of());
		};
	}

	private static ScheduledTalk talk(TimetableTalk talk, PlaceableTopic topic) {
		return new ScheduledTalk(talk.topicGuid(), talk.exportNumber(), topic.id(), topic.title(), topic.abstractText(),
				talk.startsAt(), talk.endsAt(),
				topic.speakers()
					.stream()
					.map(speaker -> new ScheduledPerson(speaker.personId(), speaker.personGuid(),
							speaker.nameAsWritten()))
					.toList());
	}

	private static Collection<Long> leadIds(List<TimetableSession> sessions, Map<Long, Microconference> mcs) {
		Set<Long> ids = new HashSet<>();
		sessions.stream()
			.filter(session -> session.microconferenceId() != null)
			.forEach(session -> mcs.get(session.microconferenceId()).leads().forEach(lead -> ids.add(lead.personId())));
		return ids;
	}

}
