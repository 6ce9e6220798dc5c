package org.plumbline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log through its facade: entries commit and roll back with the change they
 * record, are read back filtered and page by page, outlive their event and actor, and
 * show what changed. Time moves only through the {@link MutableClock}.
 * {@link AuditLogPostgresTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@Import(AuditLogTest.ClockConfiguration.class) // imported, not nested-detected, so
												// subclasses get it too
class AuditLogTest {

	static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

	@Autowired
	AuditLog auditLog;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	TransactionTemplate transactions;

	long lpc;

	long summit;

	long jane;

	long john;

	@BeforeEach
	void emptyLogWithTwoEventsAndTwoAccounts() {
		this.transactions = new TransactionTemplate(this.transactionManager);
		this.jdbc.sql("DELETE FROM audit_entry").update();
		this.jdbc.sql("DELETE FROM account").update();
		this.jdbc.sql("DELETE FROM event").update();
		this.clock.set(START);
		this.lpc = insertEvent("lpc2026", "Linux Plumbers 2026");
		this.summit = insertEvent("summit2026", "Maintainers Summit 2026");
		this.jane = insertAccount("jane@example.org", "Jane Organiser");
		this.john = insertAccount("john@example.org", "John Lead");
	}

	@Test
	void recordedEntryIsReadBackWithTheEventSlugTheActorsNameTheTimeAndTheObjectAsJson() {
		long id = record(new AuditEntry(this.lpc, this.jane, null, "microconference", "12", "accepted",
				new Mc("VFIO", "PROPOSED", List.of("Alex"), null), new Mc("VFIO", "ACCEPTED", List.of("Alex"), null),
				"accepted after the deadline: the leads asked in time by mail"));

		List<AuditRecord> found = this.auditLog.find(AuditQuery.ofEvent(this.lpc));

		assertThat(found).singleElement().satisfies(entry -> {
			assertThat(entry.id()).isEqualTo(id);
			assertThat(entry.eventId()).isEqualTo(this.lpc);
			assertThat(entry.eventSlug()).isEqualTo("lpc2026");
			assertThat(entry.occurredAt()).isEqualTo(START);
			assertThat(entry.actorAccountId()).isEqualTo(this.jane);
			assertThat(entry.actorLabel()).isEqualTo("Jane Organiser");
			assertThat(entry.objectType()).isEqualTo("microconference");
			assertThat(entry.objectId()).isEqualTo("12");
			assertThat(entry.action()).isEqualTo("accepted");
			assertThat(entry.beforeJson())
				.isEqualTo("{\"title\":\"VFIO\",\"status\":\"PROPOSED\",\"leads\":[\"Alex\"],\"room\":null}");
			assertThat(entry.afterJson())
				.isEqualTo("{\"title\":\"VFIO\",\"status\":\"ACCEPTED\",\"leads\":[\"Alex\"],\"room\":null}");
			assertThat(entry.reason()).isEqualTo("accepted after the deadline: the leads asked in time by mail");
			assertThat(entry.changes()).containsExactly(new AuditChange("status", "PROPOSED", "ACCEPTED"));
		});
	}

	@Test
	void entryOfTheSystemKeepsItsNameAndHasNoAccount() {
		record(new AuditEntry(this.lpc, null, "command line", "event", "lpc2026", "imported", null, null, null));

		assertThat(this.auditLog.find(AuditQuery.ofEvent(this.lpc))).singleElement().satisfies(entry -> {
			assertThat(entry.actorAccountId()).isNull();
			assertThat(entry.actorLabel()).isEqualTo("command line");
			assertThat(entry.beforeJson()).isNull();
			assertThat(entry.afterJson()).isNull();
			assertThat(entry.changes()).isEmpty();
		});
	}

	@Test
	void entryRecordedInATransactionThatRollsBackIsGoneWithTheChange() {
		this.transactions.executeWithoutResult(status -> {
			renameEvent(this.lpc, "Renamed");
			this.auditLog.record(entry(this.lpc, this.jane, "event", "lpc2026", "renamed"));
			status.setRollbackOnly();
		});

		assertThat(count()).isZero();
		assertThat(eventName(this.lpc)).isEqualTo("Linux Plumbers 2026");
	}

	@Test
	void recordOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> this.auditLog.record(entry(this.lpc, this.jane, "event", "lpc2026", "renamed")))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(count()).isZero();
	}

	@Test
	void eachFilterAloneFindsOnlyItsEntriesNewestFirst() {
		long mcAccepted = record(entry(this.lpc, this.jane, "microconference", "12", "accepted"));
		this.clock.advance(Duration.ofHours(1));
		long topicAccepted = record(entry(this.lpc, this.john, "topic", "7", "accepted"));
		this.clock.advance(Duration.ofHours(1));
		long mcRenamed = record(entry(this.lpc, this.john, "microconference", "12", "renamed"));
		this.clock.advance(Duration.ofHours(1));
		long otherMc = record(entry(this.lpc, this.jane, "microconference", "13", "rejected"));
		long otherEvent = record(entry(this.summit, this.jane, "microconference", "12", "accepted"));
		long siteLevel = record(entry(null, this.jane, "account", "99", "role-granted"));

		assertThat(ids(AuditQuery.ofEvent(this.lpc))).containsExactly(otherMc, mcRenamed, topicAccepted, mcAccepted);
		assertThat(ids(AuditQuery.ofEvent(this.summit))).containsExactly(otherEvent);
		assertThat(ids(AuditQuery.ofSite())).containsExactly(siteLevel);
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withActor(this.john))).containsExactly(mcRenamed, topicAccepted);
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withObject("microconference", null))).containsExactly(otherMc,
				mcRenamed, mcAccepted);
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withObject("microconference", "12"))).containsExactly(mcRenamed,
				mcAccepted);
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withAction("accepted"))).containsExactly(topicAccepted, mcAccepted);
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withPeriod(START.plus(Duration.ofHours(1)), null)))
			.as("from is inclusive")
			.containsExactly(otherMc, mcRenamed, topicAccepted);
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withPeriod(null, START.plus(Duration.ofHours(2)))))
			.as("to is exclusive")
			.containsExactly(topicAccepted, mcAccepted);
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withOlderThan(mcRenamed))).containsExactly(topicAccepted,
				mcAccepted);
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withLimit(2))).containsExactly(otherMc, mcRenamed);
	}

	@Test
	void filtersCombinedFindOnlyTheEntriesThatMatchThemAll() {
		long first = record(entry(this.lpc, this.jane, "microconference", "12", "accepted"));
		this.clock.advance(Duration.ofHours(1));
		record(entry(this.lpc, this.john, "microconference", "12", "accepted"));
		long second = record(entry(this.lpc, this.jane, "microconference", "12", "accepted"));
		record(entry(this.lpc, this.jane, "microconference", "12", "renamed"));
		record(entry(this.lpc, this.jane, "microconference", "13", "accepted"));
		record(entry(this.lpc, this.jane, "topic", "12", "accepted"));
		record(entry(this.summit, this.jane, "microconference", "12", "accepted"));
		this.clock.advance(Duration.ofHours(1));
		record(entry(this.lpc, this.jane, "microconference", "12", "accepted"));

		AuditQuery query = AuditQuery.ofEvent(this.lpc)
			.withActor(this.jane)
			.withObject("microconference", "12")
			.withAction("accepted")
			.withPeriod(START, START.plus(Duration.ofHours(2)));

		assertThat(ids(query)).containsExactly(second, first);
		assertThat(ids(query.withOlderThan(second))).containsExactly(first);
		assertThat(ids(query.withLimit(1))).containsExactly(second);
		assertThat(ids(query.withActor(this.john).withAction("renamed"))).isEmpty();
	}

	@Test
	void keysetPagingReturnsEveryEntryOnceNewestFirst() {
		List<Long> written = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			written.add(record(
					entry(this.lpc, (i % 3 == 0) ? this.john : this.jane, "topic", Integer.toString(i), "accepted")));
			record(entry(this.summit, this.jane, "topic", Integer.toString(i), "accepted"));
		}

		List<Long> paged = new ArrayList<>();
		List<Integer> pageSizes = new ArrayList<>();
		AuditQuery query = AuditQuery.ofEvent(this.lpc).withLimit(5);
		List<AuditRecord> page = this.auditLog.find(query);
		while (!page.isEmpty()) {
			pageSizes.add(page.size());
			page.forEach(entry -> paged.add(entry.id()));
			page = this.auditLog.find(query.withOlderThan(page.getLast().id()));
		}

		assertThat(pageSizes).containsExactly(5, 5, 5, 5, 3);
		assertThat(paged).containsExactlyElementsOf(written.reversed());

		List<Long> johnsPaged = new ArrayList<>();
		AuditQuery johns = AuditQuery.ofEvent(this.lpc).withActor(this.john).withLimit(3);
		for (page = this.auditLog.find(johns); !page.isEmpty(); page = this.auditLog
			.find(johns.withOlderThan(page.getLast().id()))) {
			page.forEach(entry -> johnsPaged.add(entry.id()));
		}
		assertThat(johnsPaged).hasSize(8).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void changesListChangedAddedRemovedAndNestedFieldsAsText() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("title", "A");
		before.put("capacity", 120);
		before.put("venue", "Hall 1");
		before.put("room", Map.of("name", "Room 1", "capacity", 200));
		before.put("leads", List.of("Jane"));
		before.put("note", null);
		before.put("unchanged", true);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", "B");
		after.put("capacity", 150);
		after.put("room", Map.of("name", "Room 1", "capacity", 250, "floor", 2));
		after.put("leads", List.of("Jane", "John"));
		after.put("unchanged", true);
		after.put("starts", Instant.parse("2026-11-13T15:00:00Z"));

		record(new AuditEntry(this.lpc, this.jane, null, "microconference", "12", "edited", before, after, null));

		assertThat(single().changes()).containsExactlyInAnyOrder(new AuditChange("title", "A", "B"),
				new AuditChange("capacity", "120", "150"), new AuditChange("venue", "Hall 1", null),
				new AuditChange("room.capacity", "200", "250"), new AuditChange("room.floor", null, "2"),
				new AuditChange("leads", "[\"Jane\"]", "[\"Jane\",\"John\"]"),
				new AuditChange("starts", null, "2026-11-13T15:00:00Z"));
	}

	@Test
	void changesFollowTheObjectsFieldOrderAndNameEveryFieldOfACreatedOrDeletedObject() {
		Mc created = new Mc("VFIO", "PROPOSED", List.of("Alex", "Joerg"), new Room("Room 2", 120));
		record(new AuditEntry(this.lpc, this.jane, null, "microconference", "12", "created", null, created, null));
		record(new AuditEntry(this.lpc, this.jane, null, "microconference", "12", "moved", created,
				new Mc("VFIO", "PROPOSED", List.of("Alex", "Joerg"), null), null));
		record(new AuditEntry(this.lpc, this.jane, null, "microconference", "12", "deleted", created, null, null));

		List<AuditRecord> found = this.auditLog.find(AuditQuery.ofEvent(this.lpc));

		assertThat(found.get(2).changes()).containsExactly(new AuditChange("title", null, "VFIO"),
				new AuditChange("status", null, "PROPOSED"), new AuditChange("leads", null, "[\"Alex\",\"Joerg\"]"),
				new AuditChange("room.name", null, "Room 2"), new AuditChange("room.capacity", null, "120"));
		assertThat(found.get(1).changes()).as("a nested object that went away lists its fields as removed")
			.containsExactly(new AuditChange("room.name", "Room 2", null),
					new AuditChange("room.capacity", "120", null));
		assertThat(found.get(0).changes()).extracting(AuditChange::field, AuditChange::newValue)
			.containsExactly(tuple("title", null), tuple("status", null), tuple("leads", null),
					tuple("room.name", null), tuple("room.capacity", null));
	}

	@Test
	void aFieldThatBecomesAnObjectOrStopsBeingOneIsOneChangeShownAsJson() {
		record(new AuditEntry(this.lpc, this.jane, null, "topic", "7", "edited", Map.of("speaker", "Jane"),
				Map.of("speaker", Map.of("name", "Jane")), null));

		assertThat(single().changes()).containsExactly(new AuditChange("speaker", "Jane", "{\"name\":\"Jane\"}"));
	}

	@Test
	void deletingTheEventKeepsItsEntriesUnderItsSlugAndAReplacingEventSeesThem() {
		long beforeDeletion = record(entry(this.lpc, this.jane, "microconference", "12", "accepted"));

		this.jdbc.sql("DELETE FROM event WHERE id = ?").param(this.lpc).update();

		assertThat(this.jdbc.sql("SELECT event_id, event_slug FROM audit_entry WHERE id = ?")
			.param(beforeDeletion)
			.query((rs, row) -> tuple(rs.getObject("event_id"), rs.getString("event_slug")))
			.single()).isEqualTo(tuple(null, "lpc2026"));
		assertThat(ids(AuditQuery.ofSite())).as("not a site-level entry").isEmpty();

		long replacement = insertEvent("lpc2026", "Linux Plumbers 2026, imported again");
		long afterImport = record(
				new AuditEntry(replacement, null, "command line", "event", "lpc2026", "imported", null, null, null));

		List<AuditRecord> history = this.auditLog.find(AuditQuery.ofEvent(replacement));
		assertThat(history).extracting(AuditRecord::id, AuditRecord::eventId, AuditRecord::eventSlug)
			.containsExactly(tuple(afterImport, replacement, "lpc2026"), tuple(beforeDeletion, null, "lpc2026"));
		assertThat(ids(AuditQuery.ofEvent(this.summit))).isEmpty();
		assertThat(this.auditLog.actions(replacement, List.of())).containsExactly("accepted", "imported");
	}

	@Test
	void deletingTheActorsAccountKeepsTheirNameOnTheirEntries() {
		record(entry(this.lpc, this.john, "topic", "7", "accepted"));

		this.jdbc.sql("DELETE FROM account WHERE id = ?").param(this.john).update();

		assertThat(single().actorAccountId()).isNull();
		assertThat(single().actorLabel()).isEqualTo("John Lead");
	}

	@Test
	void theActorsNameIsTheOneTheAccountHadWhenTheyActed() {
		record(entry(this.lpc, this.john, "topic", "7", "accepted"));
		this.jdbc.sql("UPDATE account SET display_name = 'John Q. Lead' WHERE id = ?").param(this.john).update();
		record(entry(this.lpc, this.john, "topic", "7", "confirmed"));

		assertThat(this.auditLog.find(AuditQuery.ofEvent(this.lpc))).extracting(AuditRecord::actorLabel)
			.containsExactly("John Q. Lead", "John Lead");
	}

	@Test
	void dropDownsListTheDistinctActionsAndObjectTypesOfOneEventOrOfTheSite() {
		record(entry(this.lpc, this.jane, "topic", "7", "rejected"));
		record(entry(this.lpc, this.jane, "topic", "8", "accepted"));
		record(entry(this.lpc, this.jane, "microconference", "12", "accepted"));
		record(entry(this.summit, this.jane, "sponsor", "3", "added"));
		record(entry(null, this.jane, "account", "99", "role-granted"));

		assertThat(this.auditLog.actions(this.lpc, List.of())).containsExactly("accepted", "rejected");
		assertThat(this.auditLog.objectTypes(this.lpc, List.of())).containsExactly("microconference", "topic");
		assertThat(this.auditLog.actions(this.summit, List.of())).containsExactly("added");
		assertThat(this.auditLog.siteLevelActions()).containsExactly("role-granted");
		assertThat(this.auditLog.siteLevelObjectTypes()).containsExactly("account");
		assertThat(this.auditLog.actions(this.lpc, List.of(new AuditExclusion("topic", Set.of("7")))))
			.as("an action only on entries hidden from the reader is not offered to them")
			.containsExactly("accepted");
	}

	@Test
	void badEntryIsRefusedWithAMessageNamingTheProblemAndTheChangeRollsBackWithIt() {
		assertRefused(new AuditEntry(this.lpc, this.jane, null, "topic", "7", null, null, null, null),
				"action must not be blank");
		assertRefused(new AuditEntry(this.lpc, this.jane, null, " ", "7", "accepted", null, null, null),
				"objectType must not be blank");
		assertRefused(new AuditEntry(this.lpc, this.jane, null, "topic", "7".repeat(65), "accepted", null, null, null),
				"objectId must be at most 64 characters, not 65");
		assertRefused(new AuditEntry(this.lpc, this.jane, null, "topic", "7", "a".repeat(65), null, null, null),
				"action must be at most 64 characters, not 65");
		assertRefused(new AuditEntry(this.lpc, this.jane, null, "topic", "7", "Role Granted", null, null, null),
				"action must be a lower-case code of letters, digits and hyphens, such as role-granted, not 'Role Granted'");
		assertRefused(new AuditEntry(this.lpc, this.jane, null, "topic", "7", "accepted", null, null, "x".repeat(2001)),
				"reason must be at most 2000 characters, not 2001");
		assertRefused(new AuditEntry(this.lpc, this.jane, null, "topic", "7", "accepted", null, null, "  "),
				"reason must not be blank");
		assertRefused(new AuditEntry(this.lpc, null, null, "topic", "7", "accepted", null, null, null),
				"an entry needs an actor: an account id, or a system actor such as 'command line'");
		assertRefused(new AuditEntry(this.lpc, this.jane, "command line", "topic", "7", "accepted", null, null, null),
				"an entry has one actor: an account id or a system actor, not both");
		assertRefused(new AuditEntry(this.lpc, null, "s".repeat(201), "topic", "7", "accepted", null, null, null),
				"systemActor must be at most 200 characters, not 201");
		assertRefused(new AuditEntry(this.lpc, this.jane, null, "topic", "7", "edited", "A", "B", null),
				"before must be a record or a map (a JSON object), not a JSON string");
		assertRefused(new AuditEntry(this.lpc, this.jane, null, "topic", "7", "edited", null, List.of("B"), null),
				"after must be a record or a map (a JSON object), not a JSON array");
		assertRefused(
				new AuditEntry(this.lpc, this.jane, null, "topic", "7", "edited", null,
						Map.of("abstract", "x".repeat(100_000)), null),
				"after must be at most 100000 characters as JSON, not 100015");
		assertRefused(
				new AuditEntry(this.lpc + this.summit, this.jane, null, "topic", "7", "accepted", null, null, null),
				"no event has the id " + (this.lpc + this.summit));
		assertRefused(new AuditEntry(this.lpc, this.jane + this.john, null, "topic", "7", "accepted", null, null, null),
				"no account has the id " + (this.jane + this.john));
	}

	@Test
	void badQueryIsRefusedWithAMessageNamingTheProblem() {
		AuditQuery lpcQuery = AuditQuery.ofEvent(this.lpc);
		assertThatThrownBy(() -> this.auditLog
			.find(new AuditQuery(null, false, null, null, null, null, null, null, null, AuditQuery.DEFAULT_LIMIT)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("a query needs an event, unless it is a site-level query");
		assertThatThrownBy(() -> this.auditLog
			.find(new AuditQuery(this.lpc, true, null, null, null, null, null, null, null, AuditQuery.DEFAULT_LIMIT)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("a site-level query must not name an event");
		assertThatThrownBy(() -> this.auditLog.find(AuditQuery.ofEvent(this.lpc + this.summit)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no event has the id " + (this.lpc + this.summit));
		assertThatThrownBy(() -> this.auditLog.find(lpcQuery.withObject(null, "12")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("an objectId filter needs an objectType: ids are unique only within a type");
		assertThatThrownBy(() -> this.auditLog.find(lpcQuery.withAction("")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("action filter must be null (any) or not blank");
		assertThatThrownBy(() -> this.auditLog.find(lpcQuery.withObject("t".repeat(65), null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("objectType filter must be at most 64 characters, not 65");
		assertThatThrownBy(() -> this.auditLog.find(lpcQuery.withPeriod(START, START)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("from (2026-11-25T09:00:00Z) must be before to (2026-11-25T09:00:00Z)");
		assertThatThrownBy(() -> this.auditLog.find(lpcQuery.withOlderThan(0L)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("olderThan must be an entry id (1 or more), not 0");
		assertThatThrownBy(() -> this.auditLog.find(lpcQuery.withLimit(0))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("limit must be between 1 and 500, not 0");
		assertThatThrownBy(() -> this.auditLog.find(lpcQuery.withLimit(501)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("limit must be between 1 and 500, not 501");
		assertThatThrownBy(() -> this.auditLog.actions(this.lpc + this.summit, List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no event has the id " + (this.lpc + this.summit));
	}

	@Test
	void entryFieldsAreStoredWithoutSurroundingSpaces() {
		record(new AuditEntry(this.lpc, null, " command line ", " topic ", " 7 ", " accepted ", null, null,
				" asked by mail "));

		assertThat(single())
			.extracting(AuditRecord::actorLabel, AuditRecord::objectType, AuditRecord::objectId, AuditRecord::action,
					AuditRecord::reason)
			.containsExactly("command line", "topic", "7", "accepted", "asked by mail");
		assertThat(ids(AuditQuery.ofEvent(this.lpc).withObject(" topic ", " 7 ").withAction(" accepted "))).hasSize(1);
	}

	/**
	 * Records a bad entry after a change in one transaction, and checks that the message
	 * is the expected one and that neither the change nor any entry was written.
	 */
	private void assertRefused(AuditEntry entry, String message) {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			renameEvent(this.lpc, "Renamed");
			this.auditLog.record(entry);
		})).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
		assertThat(count()).isZero();
		assertThat(eventName(this.lpc)).isEqualTo("Linux Plumbers 2026");
	}

	private long record(AuditEntry entry) {
		return this.transactions.execute(status -> this.auditLog.record(entry));
	}

	private static AuditEntry entry(Long eventId, long accountId, String objectType, String objectId, String action) {
		return new AuditEntry(eventId, accountId, null, objectType, objectId, action, null, null, null);
	}

	private List<Long> ids(AuditQuery query) {
		return this.auditLog.find(query).stream().map(AuditRecord::id).toList();
	}

	private AuditRecord single() {
		List<AuditRecord> all = this.auditLog.find(AuditQuery.ofEvent(this.lpc));
		assertThat(all).hasSize(1);
		return all.getFirst();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	private long insertEvent(String slug, String name) {
		this.jdbc.sql("""
				INSERT INTO event (slug, name, start_date, end_date, time_zone)
				VALUES (?, ?, DATE '2026-11-13', DATE '2026-11-15', 'America/New_York')""").params(slug, name).update();
		return this.jdbc.sql("SELECT id FROM event WHERE slug = ?").param(slug).query(Long.class).single();
	}

	private long insertAccount(String email, String displayName) {
		this.jdbc.sql("""
				INSERT INTO account (email, email_key, password_hash, display_name, created_at)
				VALUES (?, ?, 'not-a-hash', ?, TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00')""")
			.params(email, email, displayName)
			.update();
		return this.jdbc.sql("SELECT id FROM account WHERE email_key = ?").param(email).query(Long.class).single();
	}

	private void renameEvent(long eventId, String name) {
		this.jdbc.sql("UPDATE event SET name = ? WHERE id = ?").params(name, eventId).update();
	}

	private String eventName(long eventId) {
		return this.jdbc.sql("SELECT name FROM event WHERE id = ?").param(eventId).query(String.class).single();
	}

	/** A microconference as a feature would record it. */
	record Mc(String title, String status, List<String> leads, Room room) {
	}

	record Room(String name, int capacity) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

	}

}
