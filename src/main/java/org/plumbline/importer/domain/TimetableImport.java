package org.plumbline.importer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.importer.EventFileException;
import org.plumbline.importer.domain.EventFileContent.FileBreak;
import org.plumbline.importer.domain.EventFileContent.FileChange;
import org.plumbline.importer.domain.EventFileContent.FileRelease;
import org.plumbline.importer.domain.EventFileContent.FileSession;
import org.plumbline.importer.domain.EventFileContent.FileTalk;
import org.plumbline.importer.domain.EventFileContent.FileTimetable;
import org.plumbline.schedule.SessionKind;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableBackups;
import org.plumbline.schedule.TimetableChange;
import org.plumbline.schedule.TimetableRefusedException;
import org.plumbline.schedule.TimetableSession;
import org.plumbline.schedule.TimetableTalk;
import org.plumbline.schedule.TimetableVersion;
import org.springframework.stereotype.Component;

/**
 * Puts a file's timetables in place as they were: every released version under its number
 * and instant, with its talks and its changelog (computed against the version before when
 * the file carries none), and the draft (the latest release again when the file carries
 * none, so organisers edit on from it). A release the schedule refuses (a lead in two
 * places at once) fails the whole import, which the caller's transaction then rolls back.
 */
@Component
class TimetableImport {

	static final String ACTOR = "import";

	private final EventCatalog catalog;

	private final TimetableBackups backups;

	TimetableImport(EventCatalog catalog, TimetableBackups backups) {
		this.catalog = catalog;
		this.backups = backups;
	}

	/**
	 * @param ids the stored MCs, plain tracks and topics of the file
	 * @throws EventFileException if the schedule refuses a release
	 */
	void write(Event event, List<FileRelease> releases, FileTimetable draft, StoredIds ids, LocatedJson source) {
		Places places = new Places(event.timeZone(),
				catalog.rooms(event.id()).stream().collect(Collectors.toMap(Room::name, Room::id)),
				catalog.timeBlocks(event.id())
					.stream()
					.collect(Collectors.toMap(block -> BlockName.of(block, event.timeZone()), block -> block,
							(first, second) -> first)),
				ids);
		List<TimetableVersion> versions = new ArrayList<>();
		for (FileRelease release : releases) {
			Timetable timetable = new Timetable(0, event.id(), release.number(), release.changeNote(),
					release.releasedAt(), 0, places.sessions(release.timetable()));
			List<TimetableChange> changes = release.changes() == null ? null
					: release.changes().stream().map(ids::change).toList();
			versions.add(new TimetableVersion(timetable, changes));
		}
		Timetable draftTimetable = draft == null ? null : new Timetable(0, event.id(), null, null, null,
				draft.version() == null ? TimetableBackups.VERSION_NOT_GIVEN : draft.version(), places.sessions(draft));
		try {
			backups.restore(event, ACTOR, versions, draftTimetable);
		}
		catch (TimetableRefusedException ex) {
			int index = versionIndex(releases, ex);
			throw new EventFileException(
					source.problem("/timetable/releases/" + index, "not released: " + ex.getMessage()));
		}
	}

	/** The release a refusal names ("Version 3 has ..."), else the latest. */
	private static int versionIndex(List<FileRelease> releases, TimetableRefusedException ex) {
		for (int i = 0; i < releases.size(); i++) {
			if (ex.getMessage().startsWith("Version " + releases.get(i).number() + " ")) {
				return i;
			}
		}
		return releases.size() - 1;
	}

	/**
	 * The stored ids of what a file's timetables name: MCs and plain tracks by slug,
	 * topics by GUID.
	 */
	record StoredIds(Map<String, Long> microconferences, Map<String, Long> plainTracks, Map<UUID, Long> topics,
			Map<UUID, Integer> topicExportNumbers) {

		TimetableChange change(FileChange change) {
			return new TimetableChange(change.kind(), change.subject(),
					change.topic() == null ? null : topics.get(change.topic()), change.words());
		}

	}

	private record Places(ZoneId zone, Map<String, Long> rooms, Map<BlockName, TimeBlock> blocks, StoredIds ids) {

		List<TimetableSession> sessions(FileTimetable timetable) {
			List<TimetableSession> sessions = new ArrayList<>();
			for (FileSession session : timetable.sessions()) {
				TimeBlock block = blocks.get(new BlockName(session.date(), session.block()));
				boolean mc = session.microconference() != null;
				List<TimetableTalk> talks = session.talks().stream().map(talk -> talk(session.date(), talk)).toList();
				sessions.add(new TimetableSession(0, guid(session.guid()), number(session.exportNumber()),
						mc ? SessionKind.MICROCONFERENCE : SessionKind.TRACK,
						mc ? ids.microconferences().get(session.microconference()) : null,
						mc ? null : ids.plainTracks().get(session.track()), null, rooms.get(session.room()),
						session.part().startsAt(block), session.part().endsAt(block), 0, session.pinned(), talks));
			}
			for (FileBreak fileBreak : timetable.breaks()) {
				sessions.add(new TimetableSession(0, guid(fileBreak.guid()), number(fileBreak.exportNumber()),
						SessionKind.BREAK, null, null, fileBreak.title(),
						fileBreak.room() == null ? null : rooms.get(fileBreak.room()),
						onTheClock(fileBreak.date(), fileBreak.start()), onTheClock(fileBreak.date(), fileBreak.end()),
						0, false, List.of()));
			}
			return sessions;
		}

		private TimetableTalk talk(LocalDate day, FileTalk talk) {
			return new TimetableTalk(0, 0, ids.topics().get(talk.topic()), talk.topic(),
					number(ids.topicExportNumbers().get(talk.topic())), onTheClock(day, talk.start()),
					onTheClock(day, talk.end()), 0);
		}

		private Instant onTheClock(LocalDate day, LocalTime time) {
			return day.atTime(time).atZone(zone).toInstant();
		}

		private static UUID guid(UUID given) {
			return given != null ? given : UUID.randomUUID();
		}

		/** 0 for none given: the schedule hands out the next free number. */
		private static int number(Integer given) {
			return given == null ? 0 : given;
		}

	}

	/**
	 * A time block as a file names it: its local date in the event's zone and its label.
	 */
	record BlockName(LocalDate date, String label) {

		static BlockName of(TimeBlock block, ZoneId zone) {
			return new BlockName(block.startsAt().atZone(zone).toLocalDate(), block.label());
		}

	}

}
