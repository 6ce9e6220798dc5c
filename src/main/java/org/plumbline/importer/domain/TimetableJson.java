package org.plumbline.importer.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.plumbline.event.Event;
import org.plumbline.event.TimeBlock;
import org.plumbline.importer.ExportedEventFile.LeftOut;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code timetable} of an export: the event's latest released version, each MC
 * session named by its block's date and label and the part of the block it takes, and its
 * breaks in local times. What the format does not carry (talks, plain tracks' sessions)
 * is counted, so that the user is told what the file lacks.
 */
final class TimetableJson {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private TimetableJson() {
	}

	static LeftOut write(ObjectNode root, Event event, ReleasedSchedule release, List<TimeBlock> blocks) {
		ObjectNode version = root.putObject("timetable").putArray("releases").addObject();
		version.put("number", release.number());
		version.put("releasedAt", release.releasedAt().toString());
		if (release.changeNote() != null) {
			version.put("changeNote", release.changeNote());
		}
		ArrayNode sessions = version.putArray("sessions");
		ArrayNode breaks = root.arrayNode();
		int trackSessions = 0;
		int mcSessionsOffTheBlocks = 0;
		for (ScheduledSession session : release.sessions()) {
			switch (session.kind()) {
				case MICROCONFERENCE -> {
					Optional<ObjectNode> written = mcSession(session, event.timeZone(), blocks, root);
					written.ifPresent(sessions::add);
					mcSessionsOffTheBlocks += written.isEmpty() ? 1 : 0;
				}
				case BREAK -> breaks.add(timetableBreak(session, event.timeZone(), root));
				case TRACK -> trackSessions++;
			}
		}
		if (!breaks.isEmpty()) {
			version.set("breaks", breaks);
		}
		int talks = release.sessions().stream().mapToInt(session -> session.talks().size()).sum();
		return new LeftOut(talks, trackSessions, mcSessionsOffTheBlocks);
	}

	/** The session, or none when it fills no block nor half of one. */
	private static Optional<ObjectNode> mcSession(ScheduledSession session, ZoneId zone, List<TimeBlock> blocks,
			ObjectNode root) {
		for (TimeBlock block : blocks) {
			BlockPart part = BlockPart.of(block, session.startsAt(), session.endsAt());
			if (part != null) {
				ObjectNode node = root.objectNode();
				node.put("microconference", session.trackSlug())
					.put("room", session.room().name())
					.put("date", block.startsAt().atZone(zone).toLocalDate().toString())
					.put("block", block.label());
				if (part != BlockPart.WHOLE) {
					node.put("part", part.name());
				}
				return Optional.of(node.put("guid", session.guid().toString()));
			}
		}
		return Optional.empty();
	}

	private static ObjectNode timetableBreak(ScheduledSession session, ZoneId zone, ObjectNode root) {
		ObjectNode node = root.objectNode();
		node.put("title", session.title())
			.put("date", session.startsAt().atZone(zone).toLocalDate().toString())
			.put("start", HOURS_MINUTES.format(session.startsAt().atZone(zone)))
			.put("end", HOURS_MINUTES.format(session.endsAt().atZone(zone)));
		if (session.room() != null) {
			node.put("room", session.room().name());
		}
		return node.put("guid", session.guid().toString());
	}

}
