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
		long person = id("SELECT MIN(person_id) FROM topic_speaker s JOIN topic t ON t.id = s.topic_id"
				+ " WHERE t.event_id = ?", event);
		insert("""
				INSERT INTO role_invitation (event_id, email, email_key, role, scope_key, token_hash, created_at, expires_at)
				VALUES (?, 'new@notcarried.test', 'new@notcarried.test', 'ORGANISER', 'event', ?, %s, %s)"""
			.formatted(AT, AT), event, "a".repeat(64));
		insert("""
				INSERT INTO co_speaker_invitation (topic_id, email, email_key, token_hash, created_at, expires_at)
				VALUES (?, 'co@notcarried.test', 'co@notcarried.test', ?, %s, %s)""".formatted(AT, AT), topic,
				"b".repeat(64));
		insert("INSERT INTO mc_topic_call (microconference_id, opens_at, closes_at) VALUES (?, %s, %s)".formatted(AT,
				"TIMESTAMP '2026-02-10 10:00:00'"), mc);
		insert("""
				INSERT INTO review_phase (event_id, microconference_id, call_key, opens_at, closes_at)
				VALUES (?, ?, ?, %s, TIMESTAMP '2026-02-10 10:00:00')""".formatted(AT), event, mc, "mc:" + mc);
		insert("INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_at) VALUES (?, ?, ?, 'Same team', %s)"
			.formatted(AT), event, account, person);
		insert("INSERT INTO declared_conflict (topic_id, account_id, declared_at) VALUES (?, ?, %s)".formatted(AT),
				topic, account);
		insert("""
				INSERT INTO bank_statement (event_id, file_name, content, uploaded_at)
				VALUES (?, 'camt.053.xml', '<Document/>', %s)""".formatted(AT), event);
		insert("""
				INSERT INTO talk_feedback (event_id, topic_id, account_id, rating, created_at, updated_at)
				VALUES (?, ?, ?, 4, %s, %s)""".formatted(AT, AT), event, topic, account);

		ExportedEventFile exported = files.export(EVENT);
		String held = "1 pending role invitation, 1 pending co-speaker invitation, 1 MC call window, 1 review phase, "
				+ "1 conflict mark, 1 declared conflict, 1 bank statement, 1 feedback rating";
		assertThat(exported.notCarried().describe()).isEqualTo(held);
		Map<String, Long> before = TableCounts.of(jdbc);

		Throwable refused = catchThrowable(() -> files.importFile(exported.json(), true));

		assertThat(refused).isInstanceOf(UnexportedDataException.class).hasMessageEndingWith(held);
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private long id(String sql, long event) {
		return jdbc.sql(sql).param(event).query(Long.class).single();
	}

	private void insert(String sql, Object... params) {
		assertThat(jdbc.sql(sql).params(params).update()).as(sql).isEqualTo(1);
	}

}
