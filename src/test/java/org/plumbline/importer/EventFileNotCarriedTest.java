package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What an event holds that its event data file does not carry is counted by the features
 * that own it, so an export names it and a replacing import refuses to lose it.
 */
// Its account outlives the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileNotCarriedTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String AT = "TIMESTAMP '2026-01-10 10:00:00'";

	@Autowired
	PasswordEncoder passwords;

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
		long account = new AccountFixture(jdbc, directory, passwords).account("kept@notcarried.test", "Kept");
		long mc = id("SELECT id FROM microconference WHERE event_id = ? AND slug = 'iommu'", event);
		long topic = id("SELECT MIN(id) FROM topic WHERE event_id = ?", event);
		insert("""
				INSERT INTO bank_statement (event_id, file_name, content, uploaded_at)
				VALUES (?, 'camt.053.xml', '<Document/>', %s)""".formatted(AT), event);
		insert("""
				INSERT INTO talk_feedback (event_id, topic_id, account_id, rating, created_at, updated_at)
				VALUES (?, ?, ?, 4, %s, %s)""".formatted(AT, AT), event, topic, account);

		insertScheduling(event, mc, account);
		insertMailTexts(event);

		ExportedEventFile exported = files.export(EVENT);
		String held = "1 bank statement, 1 feedback rating, 1 solver run, 1 interest mark, 1 mail template";
		assertThat(exported.notCarried().describe()).isEqualTo(held);
		Map<String, Long> before = TableCounts.of(jdbc);

		Throwable refused = catchThrowable(() -> files.importFile(exported.json(), true));

		assertThat(refused).isInstanceOf(UnexportedDataException.class).hasMessageEndingWith(held);
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	/** The event's mail texts. */
	private void insertMailTexts(long event) {
		insert("""
				INSERT INTO mail_template (event_id, scope_key, purpose, subject, body, version, updated_at)
				VALUES (?, ?, 'TOPIC_ACCEPTED', 'Accepted', 'Welcome', 1, %s)""".formatted(AT), event,
				"event:" + event);
	}

	/** A solver run and attendees' marks. */
	private void insertScheduling(long event, long mc, long account) {
		insert("""
				INSERT INTO scheduling_run (event_id, state, seed, seconds, threads, draft_version, instance_json,
				                            requested_at)
				VALUES (?, 'DISCARDED', 1, 10, 1, 1, '{}', %s)""".formatted(AT), event);
		insert("INSERT INTO interest_mark (event_id, account_id, microconference_id, created_at) VALUES (?, ?, ?, %s)"
			.formatted(AT), event, account, mc);
	}

	private long id(String sql, long event) {
		return jdbc.sql(sql).param(event).query(Long.class).single();
	}

	private void insert(String sql, Object... params) {
		assertThat(jdbc.sql(sql).params(params).update()).as(sql).isEqualTo(1);
	}

}
