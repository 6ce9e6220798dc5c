package org.plumbline.export.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.event.Room;
import org.plumbline.export.api.ApiJson.PersonJson;
import org.plumbline.export.api.ApiJson.RoomJson;
import org.plumbline.export.api.ApiJson.RoomRefJson;
import org.plumbline.export.api.ApiJson.ScheduleJson;
import org.plumbline.export.api.ApiJson.SessionJson;
import org.plumbline.export.api.ApiJson.SpeakerJson;
import org.plumbline.export.api.ApiJson.TalkJson;
import org.plumbline.export.api.ApiJson.TrackJson;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ReleasedTalkPage;
import org.plumbline.schedule.ScheduledPerson;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.SessionKind;

/**
 * A released version of the timetable as the API writes it: the whole schedule, a page of
 * its talks in time order, and the people who speak or lead in it.
 */
final class ReleasedJson {

	private ReleasedJson() {
	}

	static ScheduleJson schedule(ReleasedSchedule release) {
		ZoneId zone = release.event().timeZone();
		List<SessionJson> sessions = release.sessions()
			.stream()
			.map(session -> new SessionJson(session.guid(), session.exportNumber(), session.kind().name(),
					session.title(), track(session), roomRef(session.room()), at(session.startsAt(), zone),
					at(session.endsAt(), zone), people(session.leads()),
					session.talks().stream().map(talk -> talk(session, talk, zone)).toList()))
			.toList();
		return new ScheduleJson(release.event().slug(), release.number(), at(release.releasedAt(), zone),
				release.changeNote(), zone.getId(), rooms(release.rooms()), sessions);
	}

	/** The page's talks, by start, then room, as the sessions order them. */
	static List<TalkJson> talks(ReleasedTalkPage page) {
		ZoneId zone = page.event().timeZone();
		return page.sessions()
			.stream()
			.flatMap(session -> session.talks().stream().map(talk -> talk(session, talk, zone)))
			.sorted(Comparator.comparing(TalkJson::startsAt, Comparator.comparing(OffsetDateTime::toInstant)))
			.toList();
	}

	/**
	 * The speakers and MC session leads of the version, each once under the name written
	 * where they first appear, ordered by that name.
	 */
	static List<SpeakerJson> speakers(ReleasedSchedule release) {
		Map<UUID, Appearances> byGuid = new LinkedHashMap<>();
		for (ScheduledSession session : release.sessions()) {
			for (ScheduledPerson lead : session.leads()) {
				Appearances seen = byGuid.computeIfAbsent(lead.guid(), guid -> new Appearances(lead.nameAsWritten()));
				if (session.trackSlug() != null && !seen.leads.contains(session.trackSlug())) {
					seen.leads.add(session.trackSlug());
				}
			}
			for (ScheduledTalk talk : session.talks()) {
				for (ScheduledPerson speaker : talk.speakers()) {
					byGuid.computeIfAbsent(speaker.guid(), guid -> new Appearances(speaker.nameAsWritten())).talks
						.add(talk.guid());
				}
			}
		}
		return byGuid.entrySet()
			.stream()
			.map(entry -> new SpeakerJson(entry.getKey(), entry.getValue().name, List.copyOf(entry.getValue().talks),
					List.copyOf(entry.getValue().leads)))
			.sorted(Comparator.comparing(SpeakerJson::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(SpeakerJson::guid))
			.toList();
	}

	static List<RoomJson> rooms(List<Room> rooms) {
		return rooms.stream().map(room -> new RoomJson(room.guid(), room.name(), room.capacity())).toList();
	}

	private static TalkJson talk(ScheduledSession session, ScheduledTalk talk, ZoneId zone) {
		return new TalkJson(talk.guid(), talk.exportNumber(), talk.title(), talk.abstractText(),
				people(talk.speakers()), track(session), roomRef(session.room()), session.guid(),
				at(talk.startsAt(), zone), at(talk.endsAt(), zone), talk.duration().toMinutes());
	}

	private static TrackJson track(ScheduledSession session) {
		return session.kind() == SessionKind.BREAK ? null
				: new TrackJson(session.kind().name(), session.trackSlug(), session.title());
	}

	private static RoomRefJson roomRef(Room room) {
		return room == null ? null : new RoomRefJson(room.guid(), room.name());
	}

	private static List<PersonJson> people(List<ScheduledPerson> people) {
		return people.stream().map(person -> new PersonJson(person.guid(), person.nameAsWritten())).toList();
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}

	/** Where one person appears in a version, under the first name written for them. */
	private static final class Appearances {

		private final String name;

		private final List<UUID> talks = new ArrayList<>();

		private final List<String> leads = new ArrayList<>();

		private Appearances(String name) {
			this.name = name;
		}

	}

}
