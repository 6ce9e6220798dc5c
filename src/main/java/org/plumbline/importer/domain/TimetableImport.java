package org.plumbline.importer.domain;

import java.time.LocalDate;
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
import org.plumbline.importer.domain.EventFileContent.FileRelease;
import org.plumbline.importer.domain.EventFileContent.FileSession;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.NewBreak;
import org.plumbline.schedule.TimetableRefusedException;
import org.plumbline.schedule.TimetableReleases;
import org.springframework.stereotype.Component;

/**
 * Puts a file's released timetable in place the way organisers would: its sessions and
 * breaks into the event's draft, then the draft released under the file's number and
 * instant, so the draft equals the release. A release the schedule refuses (a lead in two
 * places at once) fails the whole import, which the caller's transaction then rolls back.
 */
@Component
class TimetableImport {

	static final String ACTOR = "import";

	private final EventCatalog catalog;

	private final DraftEditor editor;

	private final TimetableReleases releases;

	TimetableImport(EventCatalog catalog, DraftEditor editor, TimetableReleases releases) {
		this.catalog = catalog;
		this.editor = editor;
		this.releases = releases;
	}

	/**
	 * @param microconferenceIds the stored MCs by slug
	 * @throws EventFileException if the schedule refuses a session, a break or the
	 * release
	 */
	void write(Event event, FileRelease release, Map<String, Long> microconferenceIds, LocatedJson source) {
		Map<String, Long> rooms = catalog.rooms(event.id()).stream().collect(Collectors.toMap(Room::name, Room::id));
		Map<BlockName, Long> blocks = catalog.timeBlocks(event.id())
			.stream()
			.collect(Collectors.toMap(block -> BlockName.of(block, event), TimeBlock::id, (first, second) -> first));
		String pointer = "/timetable/releases/0";
		List<FileSession> sessions = release.sessions();
		for (int i = 0; i < sessions.size(); i++) {
			FileSession session = sessions.get(i);
			UUID guid = session.guid() != null ? session.guid() : UUID.randomUUID();
			try {
				editor.placeMcAs(ACTOR, event, microconferenceIds.get(session.microconference()),
						rooms.get(session.room()), blocks.get(new BlockName(session.date(), session.block())),
						session.part(), guid);
			}
			catch (TimetableRefusedException ex) {
				throw new EventFileException(
						source.problem(pointer + "/sessions/" + i, "not placed: " + ex.getMessage()));
			}
		}
		List<FileBreak> breaks = release.breaks();
		for (int i = 0; i < breaks.size(); i++) {
			FileBreak fileBreak = breaks.get(i);
			UUID guid = fileBreak.guid() != null ? fileBreak.guid() : UUID.randomUUID();
			Long roomId = fileBreak.room() == null ? null : rooms.get(fileBreak.room());
			try {
				editor.addBreakAs(ACTOR, event,
						new NewBreak(fileBreak.title(), fileBreak.date(), fileBreak.start(), fileBreak.end(), roomId),
						guid);
			}
			catch (TimetableRefusedException ex) {
				throw new EventFileException(source.problem(pointer + "/breaks/" + i, "not added: " + ex.getMessage()));
			}
		}
		try {
			releases.releaseAs(event, ACTOR, release.changeNote(), release.number(), release.releasedAt());
		}
		catch (TimetableRefusedException ex) {
			throw new EventFileException(source.problem(pointer, "not released: " + ex.getMessage()));
		}
	}

	/**
	 * A time block as a file names it: its local date in the event's zone and its label.
	 */
	private record BlockName(LocalDate date, String label) {

		static BlockName of(TimeBlock block, Event event) {
			return new BlockName(block.startsAt().atZone(event.timeZone()).toLocalDate(), block.label());
		}

	}

}
