package org.plumbline.people;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.plumbline.people.domain.PersonReferenceCatalogue;
import org.plumbline.people.domain.ReferenceColumn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A merge moves every reference to a person, so none can be forgotten (DOMAIN.md, L14):
 * the columns that reference {@code person(id)} are read from the database (through
 * JDBC's metadata, independently of the merge's own {@code INFORMATION_SCHEMA} query) and
 * must be exactly those of {@link #FIXTURES}; each fixture inserts a row that references
 * the merged person, and after the merge every such row names the kept one. A table added
 * later without a fixture fails the first test, which says what to add.
 * {@link PersonMergeCataloguePostgresTest} runs the same on PostgreSQL.
 */
class PersonMergeCatalogueTest extends PeopleDatabaseTest {

	/**
	 * For each {@code table.column} that references a person: inserts a row that
	 * references the merged person and returns how to read the person that row names.
	 */
	static final Map<String, Fixture> FIXTURES = Map.ofEntries(entry("account.person_id", world -> {
		long account = world.rows().account(world.merged().id());
		return () -> world.single("SELECT person_id FROM account WHERE id = ?", account);
	}), entry("conflict_mark.person_id", world -> {
		long reviewer = world.rows().account(world.earlier().id());
		world.jdbc()
			.sql("""
					INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_at)
					SELECT event_id, ?, ?, 'Catalogue', CURRENT_TIMESTAMP FROM microconference WHERE id = ?""")
			.params(reviewer, world.merged().id(), world.microconferenceId())
			.update();
		return () -> world.single("SELECT person_id FROM conflict_mark WHERE account_id = ?", reviewer);
	}), entry("duplicate_suggestion.first_person_id", world -> {
		long suggestion = world.rows().suggestion(world.merged().id(), world.later().id());
		return () -> world.single("""
				SELECT CASE WHEN first_person_id = ? THEN second_person_id ELSE first_person_id END
				FROM duplicate_suggestion WHERE id = ?""", world.later().id(), suggestion);
	}), entry("duplicate_suggestion.second_person_id", world -> {
		long suggestion = world.rows().suggestion(world.earlier().id(), world.merged().id());
		return () -> world.single("""
				SELECT CASE WHEN first_person_id = ? THEN second_person_id ELSE first_person_id END
				FROM duplicate_suggestion WHERE id = ?""", world.earlier().id(), suggestion);
	}), entry("mc_key_attendee.person_id", world -> {
		world.rows().keyAttendee(world.microconferenceId(), 1, world.merged().id(), "Merged Person");
		return () -> world.single("SELECT person_id FROM mc_key_attendee WHERE microconference_id = ?",
				world.microconferenceId());
	}), entry("mc_lead.person_id", world -> {
		world.rows().lead(world.microconferenceId(), 1, world.merged().id(), "Merged Person");
		return () -> world.single("SELECT person_id FROM mc_lead WHERE microconference_id = ?",
				world.microconferenceId());
	}), entry("mc_proposal_lead.person_id", world -> {
		world.jdbc().sql("""
				INSERT INTO mc_proposal (microconference_id, event_id, submission_key, created_at, updated_at)
				SELECT id, event_id, 'catalogue', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM microconference
				WHERE id = ?""").param(world.microconferenceId()).update();
		world.jdbc()
			.sql("""
					INSERT INTO mc_proposal_lead (microconference_id, position, person_id, name_as_written, email)
					VALUES (?, 1, ?, 'Merged Person', 'merged@example.org')""")
			.params(world.microconferenceId(), world.merged().id())
			.update();
		return () -> world.single("SELECT person_id FROM mc_proposal_lead WHERE microconference_id = ?",
				world.microconferenceId());
	}), entry("topic_speaker.person_id", world -> {
		world.jdbc()
			.sql("""
					INSERT INTO topic (guid, event_id, microconference_id, state, title, submission_key, created_at,
					                   updated_at)
					SELECT ?, event_id, id, 'DRAFT', 'Catalogue topic', 'catalogue', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
					FROM microconference WHERE id = ?""")
			.params(java.util.UUID.randomUUID(), world.microconferenceId())
			.update();
		long topic = world.single("SELECT id FROM topic WHERE submission_key = ?", "catalogue");
		world.jdbc()
			.sql("INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written) VALUES (?, 1, ?, ?)")
			.params(topic, world.merged().id(), "Merged Person")
			.update();
		return () -> world.single("SELECT person_id FROM topic_speaker WHERE topic_id = ?", topic);
	}), entry("topic_confirmation.person_id", world -> {
		world.jdbc()
			.sql("""
					INSERT INTO topic (guid, event_id, microconference_id, state, title, abstract, duration_minutes,
					                   submission_key, created_at, updated_at, submitted_at)
					SELECT ?, event_id, id, 'ACCEPTED', 'Accepted topic', 'About it.', 30, 'confirmation',
					       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
					FROM microconference WHERE id = ?""")
			.params(java.util.UUID.randomUUID(), world.microconferenceId())
			.update();
		long topic = world.single("SELECT id FROM topic WHERE submission_key = ?", "confirmation");
		world.jdbc()
			.sql("""
					INSERT INTO topic_confirmation (topic_id, person_id, token_hash, announced_at)
					VALUES (?, ?, 'catalogue-token-hash', CURRENT_TIMESTAMP)""")
			.params(topic, world.merged().id())
			.update();
		return () -> world.single("SELECT person_id FROM topic_confirmation WHERE topic_id = ?", topic);
	}), entry("unavailability.person_id", world -> {
		world.jdbc().sql("""
				INSERT INTO unavailability (event_id, person_id, starts_at, ends_at, reason)
				SELECT event_id, ?, TIMESTAMP WITH TIME ZONE '2030-06-03 10:00:00+00',
				       TIMESTAMP WITH TIME ZONE '2030-06-03 12:00:00+00', 'catalogue'
				FROM microconference WHERE id = ?""").params(world.merged().id(), world.microconferenceId()).update();
		return () -> world.single("SELECT person_id FROM unavailability WHERE reason = ?", "catalogue");
	}), entry("person.merged_into_id", world -> {
		// a person merged into this one before stays a pointer, one step further from the
		// kept person
		PersonSummary mergedBefore = world.rows().person("Merged Before");
		world.jdbc()
			.sql("UPDATE person SET merged_into_id = ? WHERE id = ?")
			.params(world.merged().id(), mergedBefore.id())
			.update();
		return () -> world.directory().findByGuid(mergedBefore.guid()).orElseThrow().id();
	}), entry("person_email.person_id", world -> {
		world.rows().email(world.merged().id(), "merged@example.org", true);
		return () -> world.single("SELECT person_id FROM person_email WHERE address = ?", "merged@example.org");
	}), entry("person_name_variant.person_id", world -> {
		world.directory().rememberSpellings(world.merged().id(), List.of("Only The Merged Spelling"));
		return () -> world.single("SELECT person_id FROM person_name_variant WHERE name = ?",
				"Only The Merged Spelling");
	}));

	@Autowired
	DataSource dataSource;

	@Autowired
	PersonReferenceCatalogue catalogue;

	@Test
	void everyColumnThatReferencesAPersonHasAFixture() throws SQLException {
		Set<String> referencing = columnsReferencingPersonFromJdbcMetadata();

		Set<String> withoutFixture = new TreeSet<>(referencing);
		withoutFixture.removeAll(FIXTURES.keySet());
		assertThat(withoutFixture).as("""
				These columns reference person but have no fixture in PersonMergeCatalogueTest.FIXTURES. A merge \
				moves their rows already (it reads the catalogue); add a fixture that inserts a row referencing the \
				merged person and reads which person the row names, so that this test proves it. If the column is \
				part of a UNIQUE constraint, a row of the merged person that the kept person has an equivalent of \
				is deleted and reported instead: make sure that is right for the new table (PersonMerger).""")
			.isEmpty();
		Set<String> staleFixtures = new TreeSet<>(FIXTURES.keySet());
		staleFixtures.removeAll(referencing);
		assertThat(staleFixtures).as("fixtures for columns that no longer reference person: remove them").isEmpty();
		assertThat(this.catalogue.columnsReferencingPerson()).as("what the merge reads from INFORMATION_SCHEMA")
			.extracting(ReferenceColumn::qualifiedName)
			.containsExactlyInAnyOrderElementsOf(referencing);
	}

	@Test
	void afterAMergeEveryRowThatReferencedTheMergedPersonNamesTheKeptOne() {
		PersonSummary earlier = this.rows.person("Earlier Person");
		PersonSummary kept = this.rows.person("Kept Person");
		PersonSummary merged = this.rows.person("Merged Person");
		PersonSummary later = this.rows.person("Later Person");
		World world = new World(this.rows, this.jdbc, this.directory, earlier, kept, merged, later,
				this.rows.microconference("catalogue"));
		Map<String, LongSupplier> namedPerson = new TreeMap<>();
		FIXTURES.forEach((column, fixture) -> namedPerson.put(column, fixture.insertReferencingMerged(world)));
		namedPerson.forEach((column, read) -> assertThat(read.getAsLong()).as("%s before the merge", column)
			.isEqualTo(merged.id()));

		MergeResult result = this.duplicates.merge(
				new MergeRequest(kept.id(), 0, merged.id(), 0, ValueFrom.KEPT, ValueFrom.KEPT, ValueFrom.KEPT),
				this.organiser);

		namedPerson.forEach((column, read) -> assertThat(read.getAsLong()).as(column).isEqualTo(kept.id()));
		assertThat(result.droppedRows()).isEmpty();
		assertThat(result.movedRows()).as("every column but the merged person's own pointer")
			.containsOnlyKeys(
					FIXTURES.keySet().stream().filter(column -> !column.equals("person.merged_into_id")).toList())
			.allSatisfy((column, moved) -> assertThat(moved).as("%s: at least the fixture's row", column).isPositive());
	}

	/** {@code table.column} of every foreign key to {@code person}, in this schema. */
	private Set<String> columnsReferencingPersonFromJdbcMetadata() throws SQLException {
		Set<String> columns = new TreeSet<>();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			String person = metadata.storesUpperCaseIdentifiers() ? "PERSON" : "person";
			try (ResultSet keys = metadata.getExportedKeys(connection.getCatalog(), connection.getSchema(), person)) {
				while (keys.next()) {
					if (Objects.equals(keys.getString("FKTABLE_SCHEM"), connection.getSchema())) {
						columns.add(keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT) + "."
								+ keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return columns;
	}

	@FunctionalInterface
	interface Fixture {

		LongSupplier insertReferencingMerged(World world);

	}

	/**
	 * The persons around a merge: {@code earlier} has a lower id than the merged person
	 * and {@code later} a higher one, so that the merged person stands in either column
	 * of a suggestion's ordered pair.
	 */
	record World(PeopleRows rows, JdbcClient jdbc, PersonDirectory directory, PersonSummary earlier, PersonSummary kept,
			PersonSummary merged, PersonSummary later, long microconferenceId) {

		long single(String sql, Object... params) {
			return jdbc().sql(sql).params(params).query(Long.class).single();
		}

	}

}
