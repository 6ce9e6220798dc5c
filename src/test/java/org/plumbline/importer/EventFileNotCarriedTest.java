package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an event holds that its event data file does not carry is counted by the features
 * that own it, so an export names it and a replacing import refuses to lose it.
 */
class EventFileNotCarriedTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String AT = "TIMESTAMP '2026-01-10 10:00:00'";

	@BeforeEach
	@AfterEach
	void removeEvent() {
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));
	}

	@Test
	void anExportCountsEachKindTheFileLeavesOutAndAReplacingImportIsRefusedOverIt() {
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		assertThat(files.export(EVENT).notCarried().isEmpty()).as("an imported event holds only what its file carries")
			.isTrue();
		insert("""
				INSERT INTO scheduling_run (event_id, state, seed, seconds, threads, draft_version, instance_json,
				                            requested_at)
				VALUES (?, 'DISCARDED', 1, 10, 1, 1, '{}', %s)""".formatted(AT), event);

		ExportedEventFile exported = files.export(EVENT);
		String held = "1 solver run";
		assertThat(exported.notCarried().describe()).isEqualTo(held);
		Map<String, Long> before = TableCounts.of(jdbc);

		Throwable refused = catchThrowable(() -> files.importFile(exported.json(), true));

		assertThat(refused).isInstanceOf(UnexportedDataException.class).hasMessageEndingWith(held);
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private void insert(String sql, Object... params) {
		assertThat(jdbc.sql(sql).params(params).update()).as(sql).isEqualTo(1);
	}

}
