package org.plumbline.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.domain.ById;
import org.springframework.stereotype.Component;

/**
 * A stored timetable as the conflict checker sees it: each MC session needs its MC's
 * leads and key attendees for its whole block, each talk its speakers for its own time
 * inside the session. A plain track's session needs nobody but holds its room, so an MC
 * placed over it is a room used twice even before it has talks. Breaks need nobody and
 * use no room of their own, so they are left out; so are talks whose topics are no longer
 * placeable (withdrawn, canceled). It reads only the MCs, topics and interest the
 * timetable holds, so that what a draft edit pays for its conflicts grows with the
 * timetable, not with the event's calls and marks.
 */
@Component
class StoredSessions {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final PlaceableTopics topics;

	private final InterestMarks interest;

	private final TopicCalls calls;

	StoredSessions(EventCatalog events, Microconferences microconferences, PlaceableTopics topics,
			InterestMarks interest, TopicCalls calls) {
		this.interest = interest;
		this.calls = calls;
		this.events = events;
		this.microconferences = microconferences;
		this.topics = topics;
	}

	List<PlacedSession> of(Timetable timetable) {
		Set<Long> mcIds = new HashSet<>();
		Set<Long> topicIds = new HashSet<>();
		for (TimetableSession session : timetable.sessions()) {
			if (session.microconferenceId() != null) {
				mcIds.add(session.microconferenceId());
			}
			session.talks().forEach(talk -> topicIds.add(talk.topicId()));
		}
		Map<Long, Room> rooms = ById.of(events.rooms(timetable.eventId()), Room::id);
		Map<Long, Microconference> mcs = microconferences.ofIds(timetable.eventId(), mcIds);
		Map<Long, PlaceableTopic> placeable = topics.ofTopics(timetable.eventId(), topicIds);
		InterestCounts counts = interest.counts(timetable.eventId(), mcIds, topicIds);
		Map<Long, TopicCall> tracks = calls.plainTracks(timetable.eventId());
		List<PlacedSession> placed = new ArrayList<>();
		for (TimetableSession session : timetable.sessions()) {
			if (session.roomId() == null) {
				continue;
			}
			Room room = rooms.get(session.roomId());
			PlacedRoom placedRoom = new PlacedRoom(room.id(), room.name(), room.position(), room.capacity());
			String key = "session-" + session.guid();
			if (session.microconferenceId() != null) {
				Microconference mc = mcs.get(session.microconferenceId());
				placed.add(PlacedSession
					.mcSession(key, mc.title(), placedRoom, session.startsAt(), session.endsAt(), McSessions.people(mc))
					.withInterest(counts.ofMicroconference(mc.id())));
			}
			else if (session.plainTrackId() != null) {
				placed.add(PlacedSession.trackSession(key, tracks.get(session.plainTrackId()).name(), placedRoom,
						session.startsAt(), session.endsAt()));
			}
			for (TimetableTalk talk : session.talks()) {
				PlaceableTopic topic = placeable.get(talk.topicId());
				if (topic != null) {
					placed.add(
							PlacedSession
								.talk("talk-" + talk.topicGuid(), topic.title(), placedRoom, talk.startsAt(),
										talk.endsAt(), speakers(topic), key)
								.withInterest(counts.ofTopic(topic.id())));
				}
			}
		}
		return placed;
	}

	private static List<NeededPerson> speakers(PlaceableTopic topic) {
		return topic.speakers()
			.stream()
			.map(speaker -> new NeededPerson(speaker.personId(), speaker.nameAsWritten(), SessionRole.SPEAKER))
			.toList();
	}

}
