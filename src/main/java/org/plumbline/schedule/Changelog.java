package org.plumbline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.plumbline.schedule.TimetableChange.Kind;

/**
 * What a release changes against the version before it (DOMAIN.md L10): sessions and
 * talks matched by GUID and compared by room, start and length, in the new version's
 * order, removals last.
 */
final class Changelog {

	private Changelog() {
	}

	/**
	 * @param previous the version before, or {@code null} for the first release
	 */
	static List<TimetableChange> between(ReleasedSchedule previous, ReleasedSchedule next) {
		ZoneId zone = next.event().timeZone();
		Map<UUID, Entry> before = previous == null ? Map.of() : entries(previous);
		Map<UUID, Entry> after = entries(next);
		List<TimetableChange> changes = new ArrayList<>();
		after.forEach((guid, now) -> {
			Entry then = before.get(guid);
			if (then == null) {
				changes.add(new TimetableChange(Kind.ADDED, guid, now.topicId(), "Added: " + now.placed(zone)));
			}
			else if (!Objects.equals(then.roomName(), now.roomName()) || !then.startsAt().equals(now.startsAt())) {
				changes.add(moved(guid, then, now, zone));
			}
			else if (!then.length().equals(now.length())) {
				changes.add(new TimetableChange(Kind.RESIZED, guid, now.topicId(),
						"Length changed: " + now.placed(zone) + ", " + minutes(then, now)));
			}
		});
		before.forEach((guid, then) -> {
			if (!after.containsKey(guid)) {
				changes.add(new TimetableChange(Kind.REMOVED, guid, then.topicId(), "Removed: " + then.placed(zone)));
			}
		});
		return changes;
	}

	/**
	 * One line, so that a speaker reads one change of their talk once: one that also
	 * changed in length says so in its words, as its kind can name only one of the two.
	 */
	private static TimetableChange moved(UUID guid, Entry then, Entry now, ZoneId zone) {
		String fromTo = now.title() + " from " + then.where(zone) + " to " + now.where(zone);
		String words = then.length().equals(now.length()) ? "Moved: " + fromTo
				: "Moved and length changed: " + fromTo + ", " + minutes(then, now);
		return new TimetableChange(Kind.MOVED, guid, now.topicId(), words);
	}

	/** "30 → 45 min". */
	private static String minutes(Entry then, Entry now) {
		return then.length().toMinutes() + " → " + now.length().toMinutes() + " min";
	}

	private static Map<UUID, Entry> entries(ReleasedSchedule schedule) {
		Map<UUID, Entry> entries = new LinkedHashMap<>();
		for (ScheduledSession session : schedule.sessions()) {
			String roomName = session.room() == null ? null : session.room().name();
			entries.put(session.guid(),
					new Entry(session.title(), null, roomName, session.startsAt(), session.endsAt()));
			for (ScheduledTalk talk : session.talks()) {
				entries.put(talk.guid(),
						new Entry(talk.title(), talk.topicId(), roomName, talk.startsAt(), talk.endsAt()));
			}
		}
		return entries;
	}

	/**
	 * A session or talk of one version: its title, room (none: every room) and interval.
	 */
	private record Entry(String title, Long topicId, String roomName, Instant startsAt, Instant endsAt) {

		Duration length() {
			return Duration.between(startsAt, endsAt);
		}

		/** "Room 2, Mon 10:00–13:30". */
		String where(ZoneId zone) {
			return (roomName == null ? "every room" : roomName) + ", " + TimeSpans.of(startsAt, endsAt, zone);
		}

		/** "Tracing (Room 2), Mon 10:00–13:30". */
		String placed(ZoneId zone) {
			return title + " (" + (roomName == null ? "every room" : roomName) + "), "
					+ TimeSpans.of(startsAt, endsAt, zone);
		}

	}

}
