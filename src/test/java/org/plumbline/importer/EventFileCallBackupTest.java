package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The calls' settings through an event's data file and back: the event's default call for
 * topics (window, durations, minutes budget, reminder), each MC's own window, durations
 * and budget, a setting it does not give left to the default, and a plain track's own
 * budget.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileCallBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String MC_DEADLINE = "\"closesAt\": \"2026-02-20T12:00:00.500Z\"";

	@BeforeEach
	void anEventWithItsCallsSet() {
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		jdbc.sql(
				"""
						INSERT INTO topic_call_defaults (event_id, opens_at, closes_at, durations, minutes_budget, reminder_days,
						                                 version)
						VALUES (?, TIMESTAMP WITH TIME ZONE '2026-01-10 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-01 23:59:00+00',
						        '25,45', 240, 5, 3)""")
			.param(event)
			.update();
		mcCall(event, "iommu",
				"INSERT INTO mc_topic_call (microconference_id, opens_at, closes_at, durations, "
						+ "minutes_budget) VALUES (?, TIMESTAMP WITH TIME ZONE '2026-01-15 09:30:00+00', "
						+ "TIMESTAMP WITH TIME ZONE '2026-02-20 12:00:00.5+00', '20,30,40', 150)");
		mcCall(event, "tracing", "INSERT INTO mc_topic_call (microconference_id, minutes_budget) VALUES (?, 90)");
		jdbc.sql("UPDATE plain_track SET minutes_budget = 60 WHERE event_id = ?").param(event).update();
	}

	@AfterEach
	void removeEvent() {
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));
	}

	@Test
	void theEventsDefaultCallAndEachMcsOwnSettingsComeBackFieldByField() {
		List<String> before = calls();
		ExportedEventFile exported = files.export(EVENT);
		removeEvent();

		files.importFile(exported.json(), false);

		assertThat(calls()).isEqualTo(before)
			.containsExactly("event 2026-01-10T10:00:00Z 2026-03-01T23:59:00Z 25,45 240 5",
					"iommu 2026-01-15T09:30:00Z 2026-02-20T12:00:00.500Z 20,30,40 150", "tracing null null null 90",
					"refereed budget 60");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void aFileWithoutTheCallsImportsWithNoneAndAWindowClosingBeforeItOpensIsRefusedWithNothingWritten() {
		String exported = TestFiles.text(files.export(EVENT).json());
		assertThat(exported).contains(MC_DEADLINE);
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		assertThat(calls()).as("a file of before the calls were carried").containsExactly("refereed budget null");
		removeEvent();
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> files.importFile(exported.replace(MC_DEADLINE, "\"closesAt\": \"2026-01-15T09:30:00Z\"")
					.getBytes(StandardCharsets.UTF_8), false));

		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/microconferences/0/call/closesAt"))
			.satisfies(problem -> assertThat(problem.message())
				.isEqualTo("the call's deadline must be after its opening (2026-01-15T09:30:00Z)"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private void mcCall(long event, String slug, String insert) {
		long mc = jdbc.sql("SELECT id FROM microconference WHERE event_id = ? AND slug = ?")
			.params(event, slug)
			.query(Long.class)
			.single();
		jdbc.sql(insert).param(mc).update();
	}

	/**
	 * Every stored setting of the event's calls: the default, the MCs' by slug, then the
	 * plain tracks' budgets.
	 */
	private List<String> calls() {
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		List<String> calls = new ArrayList<>(jdbc.sql("""
				SELECT opens_at, closes_at, durations, minutes_budget, reminder_days
				FROM topic_call_defaults WHERE event_id = ?""")
			.param(event)
			.query((rs, row) -> "event " + instant(rs.getObject(1, OffsetDateTime.class)) + " "
					+ instant(rs.getObject(2, OffsetDateTime.class)) + " " + rs.getString(3) + " " + rs.getInt(4) + " "
					+ rs.getInt(5))
			.list());
		calls.addAll(jdbc.sql("""
				SELECT m.slug, c.opens_at, c.closes_at, c.durations, c.minutes_budget
				FROM mc_topic_call c JOIN microconference m ON m.id = c.microconference_id
				WHERE m.event_id = ? ORDER BY m.slug""")
			.param(event)
			.query((rs, row) -> rs.getString(1) + " " + instant(rs.getObject(2, OffsetDateTime.class)) + " "
					+ instant(rs.getObject(3, OffsetDateTime.class)) + " " + rs.getString(4) + " " + rs.getObject(5))
			.list());
		calls.addAll(jdbc.sql("SELECT slug, minutes_budget FROM plain_track WHERE event_id = ? ORDER BY slug")
			.param(event)
			.query((rs, row) -> rs.getString(1) + " budget " + rs.getObject(2))
			.list());
		return calls;
	}

	private static String instant(OffsetDateTime time) {
		return time == null ? "null" : time.toInstant().toString();
	}

}
