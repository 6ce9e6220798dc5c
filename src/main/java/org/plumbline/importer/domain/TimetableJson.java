package org.plumbline.importer.domain;

import java.util.List;
import java.util.Optional;

import org.plumbline.event.Event;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SessionKind;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code timetable} of an export: the event's latest released version, each MC
 * session that fills one whole time block named by the block's date and label. What the
 * format does not carry yet is left out: talks, breaks, plain-track sessions and MC
 * sessions over part of a block (docs/event-data-file.md).
 */
final class TimetableJson {

	private TimetableJson() {
	}

	static void write(ObjectNode root, Event event, ReleasedSchedule release, List<TimeBlock> blocks) {
		ObjectNode version = root.putObject("timetable").putArray("releases").addObject();
		version.put("number", release.number());
		version.put("releasedAt", release.releasedAt().toString());
		if (release.changeNote() != null) {
			version.put("changeNote", release.changeNote());
		}
		ArrayNode sessions = version.putArray("sessions");
		for (ScheduledSession session : release.sessions()) {
			if (session.kind() != SessionKind.MICROCONFERENCE) {
				continue;
			}
			wholeBlock(session, blocks).ifPresent(block -> sessions.addObject()
				.put("microconference", session.trackSlug())
				.put("room", session.room().name())
				.put("date", block.startsAt().atZone(event.timeZone()).toLocalDate().toString())
				.put("block", block.label())
				.put("guid", session.guid().toString()));
		}
	}

	private static Optional<TimeBlock> wholeBlock(ScheduledSession session, List<TimeBlock> blocks) {
		return blocks.stream()
			.filter(block -> block.startsAt().equals(session.startsAt()) && block.endsAt().equals(session.endsAt()))
			.findFirst();
	}

}
