package org.plumbline.importer.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.event.Event;
import org.plumbline.event.TimeBlock;
import org.plumbline.importer.ExportedEventFile.LeftOut;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.SessionKind;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableChange;
import org.plumbline.schedule.TimetableSession;
import org.plumbline.schedule.TimetableTalk;
import org.plumbline.schedule.TimetableVersion;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code timetable} of an export: every released version, oldest first, with
 * its changelog, and the draft; each session named by its MC or plain track, its block's
 * date and label and the part of the block it takes, with its talks and export number;
 * breaks in local times. A session that no longer fills a block nor half of one is
 * counted, so that the user is told what the file lacks.
 */
final class TimetableJson {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private TimetableJson() {
	}

	/**
	 * @param names the slugs of the event's MCs and plain tracks, and the GUIDs of its
	 * topics, by id
	 */
	static LeftOut write(ObjectNode root, Event event, List<TimetableVersion> releases, Optional<Timetable> draft,
			List<TimeBlock> blocks, Names names) {
		if (releases.isEmpty() && draft.isEmpty()) {
			return LeftOut.NOTHING;
		}
		ObjectNode timetable = root.putObject("timetable");
		ArrayNode versions = timetable.putArray("releases");
		LeftOut leftOut = LeftOut.NOTHING;
		for (TimetableVersion version : releases) {
			Timetable release = version.timetable();
			ObjectNode node = versions.addObject();
			node.put("number", release.number());
			node.put("releasedAt", release.releasedAt().toString());
			if (release.changeNote() != null) {
				node.put("changeNote", release.changeNote());
			}
			leftOut = leftOut.plus(sessions(node, release, event.timeZone(), blocks, names));
			ArrayNode changes = node.putArray("changes");
			for (TimetableChange change : version.changes()) {
				ObjectNode line = changes.addObject()
					.put("kind", change.kind().name())
					.put("subject", change.subjectGuid().toString());
				if (change.topicId() != null && names.topics().containsKey(change.topicId())) {
					line.put("topic", names.topics().get(change.topicId()));
				}
				line.put("words", change.words());
			}
		}
		if (draft.isPresent()) {
			ObjectNode node = timetable.putObject("draft").put("version", draft.get().version());
			leftOut = leftOut.plus(sessions(node, draft.get(), event.timeZone(), blocks, names));
		}
		return leftOut;
	}

	/**
	 * The stored ids a timetable names, as a file names them.
	 *
	 * @param microconferences each MC's slug, by id
	 * @param plainTracks each plain track's slug, by id
	 * @param rooms each room's name, by id
	 * @param topics each topic's GUID, by id
	 */
	record Names(Map<Long, String> microconferences, Map<Long, String> plainTracks, Map<Long, String> rooms,
			Map<Long, String> topics) {
	}

	private static LeftOut sessions(ObjectNode version, Timetable timetable, ZoneId zone, List<TimeBlock> blocks,
			Names names) {
		ArrayNode sessions = version.putArray("sessions");
		ArrayNode breaks = version.arrayNode();
		int offTheBlocks = 0;
		int talksInThem = 0;
		for (TimetableSession session : timetable.sessions()) {
			if (session.kind() == SessionKind.BREAK) {
				breaks.add(timetableBreak(session, zone, names, version));
				continue;
			}
			Optional<ObjectNode> written = session(session, zone, blocks, names, version);
			written.ifPresent(sessions::add);
			if (written.isEmpty()) {
				offTheBlocks++;
				talksInThem += session.talks().size();
			}
		}
		if (!breaks.isEmpty()) {
			version.set("breaks", breaks);
		}
		return new LeftOut(offTheBlocks, talksInThem);
	}

	/** The session, or none when it fills no block nor half of one. */
	private static Optional<ObjectNode> session(TimetableSession session, ZoneId zone, List<TimeBlock> blocks,
			Names names, ObjectNode parent) {
		for (TimeBlock block : blocks) {
			BlockPart part = BlockPart.of(block, session.startsAt(), session.endsAt());
			if (part != null) {
				ObjectNode node = parent.objectNode();
				if (session.microconferenceId() != null) {
					node.put("microconference", names.microconferences().get(session.microconferenceId()));
				}
				else {
					node.put("track", names.plainTracks().get(session.plainTrackId()));
				}
				node.put("room", names.rooms().get(session.roomId()))
					.put("date", block.startsAt().atZone(zone).toLocalDate().toString())
					.put("block", block.label());
				if (part != BlockPart.WHOLE) {
					node.put("part", part.name());
				}
				node.put("guid", session.guid().toString()).put("exportNumber", session.exportNumber());
				if (session.pinned()) {
					node.put("pinned", true);
				}
				if (!session.talks().isEmpty()) {
					ArrayNode talks = node.putArray("talks");
					for (TimetableTalk talk : session.talks()) {
						talks.addObject()
							.put("topic", talk.topicGuid().toString())
							.put("start", HOURS_MINUTES.format(talk.startsAt().atZone(zone)))
							.put("end", HOURS_MINUTES.format(talk.endsAt().atZone(zone)));
					}
				}
				return Optional.of(node);
			}
		}
		return Optional.empty();
	}

	private static ObjectNode timetableBreak(TimetableSession session, ZoneId zone, Names names, ObjectNode parent) {
		ObjectNode node = parent.objectNode();
		node.put("title", session.title())
			.put("date", session.startsAt().atZone(zone).toLocalDate().toString())
			.put("start", HOURS_MINUTES.format(session.startsAt().atZone(zone)))
			.put("end", HOURS_MINUTES.format(session.endsAt().atZone(zone)));
		if (session.roomId() != null) {
			node.put("room", names.rooms().get(session.roomId()));
		}
		return node.put("guid", session.guid().toString()).put("exportNumber", session.exportNumber());
	}

}
