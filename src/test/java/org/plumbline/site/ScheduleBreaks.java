package org.plumbline.site;

import java.time.ZoneOffset;
import java.util.UUID;

import org.plumbline.schedule.DraftTimetables;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Breaks in every room of {@link ScheduleFixture}'s draft, written directly: placing
 * breaks belongs to the organisers' editor, not to the pages these tests read.
 */
final class ScheduleBreaks {

	private ScheduleBreaks() {
	}

	static void inEveryRoom(JdbcClient jdbc, DraftTimetables drafts, ScheduleFixture fixture, String title,
			String localStart, String localEnd) {
		long eventId = fixture.event().id();
		long draft = drafts.draft(eventId).id();
		UUID guid = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO schedule_export_number (event_id, guid, number)
				SELECT ?, ?, COALESCE(MAX(number), 0) + 1 FROM schedule_export_number WHERE event_id = ?""")
			.params(eventId, guid, eventId)
			.update();
		jdbc.sql("""
				INSERT INTO timetable_session (timetable_id, guid, kind, title, starts_at, ends_at)
				VALUES (?, ?, 'BREAK', ?, ?, ?)""")
			.params(draft, guid, title, ScheduleFixture.at(localStart).atOffset(ZoneOffset.UTC),
					ScheduleFixture.at(localEnd).atOffset(ZoneOffset.UTC))
			.update();
	}

}
