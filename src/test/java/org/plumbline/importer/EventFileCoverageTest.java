package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plumbline.people.domain.PersonReferenceCatalogue;
import org.plumbline.people.domain.ReferenceColumn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Nothing of an event is lost in silence by {@code import --replace} (issue 15, point 8):
 * every table that holds part of an event, read from the database's catalogue (a foreign
 * key to {@code event}, or to a table that has one), is carried by the event data file,
 * or holds no event data that a replace deletes. A table added later fails here until it
 * is put in one of the lists. {@link EventFileCoveragePostgresTest} reads PostgreSQL's
 * catalogue.
 */
class EventFileCoverageTest extends EventFileDatabaseTest {

	/**
	 * Tables the file carries; {@code call_topic_count},
	 * {@code registration_change_count}, {@code reviewed_topic}, {@code interest_count}
	 * and {@code interest_pair_count} are not written in it but counted again as the
	 * topics, registrations, reviews, conflicts and interest marks it carries are
	 * imported, and the two {@code *_version} tables of the solver's weights and the MCs'
	 * time preferences (the versions their forms lock on, not a history) are made again
	 * at a first save's version as the weights and preferences it carries are imported.
	 */
	static final Set<String> CARRIED_BY_THE_FILE = Set.of("event", "room", "time_block", "sponsor_tier", "sponsor",
			"ticket_type", "ticket_type_code", "topic_call_defaults", "mc_topic_call", "microconference", "mc_lead",
			"mc_key_attendee", "mc_section", "mc_section_entry", "plain_track", "call_question", "topic",
			"topic_speaker", "topic_answer", "event_role", "review", "talk_material", "talk_material_chunk",
			"session_recording", "talk_recording_offset", "mc_pass_quota", "mc_pass", "registration",
			"registration_question", "registration_answer", "waiting_tier_list", "waiting_tier",
			"waiting_tier_placement", "timetable", "timetable_session", "timetable_talk", "timetable_change",
			"schedule_export_number", "conflict_mark", "declared_conflict", "call_topic_count",
			"registration_change_count", "reviewed_topic", "topic_confirmation", "review_phase_defaults",
			"review_phase", "registration_settings", "mc_call", "mc_proposal", "mc_proposal_lead", "mc_proposal_review",
			"schedule_setting", "schedule_rule_policy", "schedule_constraint_weight",
			"schedule_constraint_weight_version", "microconference_time_preference",
			"microconference_time_preference_version", "unavailability", "role_invitation", "mc_proposal_invitation",
			"co_speaker_invitation", "agenda_feed", "bank_statement", "mail_template", "talk_feedback", "interest_mark",
			"interest_count", "interest_pair_count", "scheduling_run", "scheduling_run_progress");

	/**
	 * Their foreign key to the event is {@code ON DELETE SET NULL}: deleting the event
	 * keeps their rows.
	 */
	static final Set<String> KEPT_WHEN_THE_EVENT_IS_DELETED = Set.of("audit_entry", "mail_outbox");

	@Autowired
	PersonReferenceCatalogue references;

	@Test
	void everyTableThatHoldsPartOfAnEventIsCarriedOrKeptWhenTheEventIsDeleted() {
		Set<String> holdingEventData = tablesReferringToEvent();
		Set<String> listed = Stream.of(CARRIED_BY_THE_FILE, KEPT_WHEN_THE_EVENT_IS_DELETED)
			.flatMap(Set::stream)
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(difference(holdingEventData, listed))
			.as("tables that hold part of an event but are not carried by the event data file: carry them, and "
					+ "list them")
			.isEmpty();
		assertThat(difference(listed, holdingEventData)).as("listed tables that hold no part of an event").isEmpty();
	}

	@Test
	void everyTableWithAnEventIdColumnIsFoundThroughItsForeignKey() {
		Set<String> withEventId = new TreeSet<>(jdbc.sql("""
				SELECT LOWER(table_name) FROM information_schema.columns
				WHERE table_schema = CURRENT_SCHEMA AND LOWER(column_name) = 'event_id'""").query(String.class).list());

		assertThat(difference(withEventId, tablesReferringToEvent()))
			.as("tables with an event_id column but no foreign key to the event")
			.isEmpty();
	}

	@Test
	void everyColumnOfACarriedTableWasConsideredForTheFile() throws IOException {
		Map<String, Set<String>> considered = new TreeMap<>();
		try (InputStream listed = new ClassPathResource("importer/carried-table-columns.txt").getInputStream()) {
			new String(listed.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.forEach(line -> considered.put(line.substring(0, line.indexOf(':')),
						new TreeSet<>(List.of(line.substring(line.indexOf(':') + 1).strip().split(" ")))));
		}
		Map<String, Set<String>> columns = new TreeMap<>();
		for (String table : CARRIED_BY_THE_FILE) {
			columns.put(table,
					new TreeSet<>(jdbc.sql("""
							SELECT LOWER(column_name) FROM information_schema.columns
							WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = ?""")
						.param(table)
						.query(String.class)
						.list()));
		}

		assertThat(columns)
			.as("the columns of the tables the event data file carries: a new one must be carried (export, import, "
					+ "schema, a round-trip test) or found to need no carrying, then listed in "
					+ "importer/carried-table-columns.txt")
			.isEqualTo(considered);
	}

	/** {@code event} and every table with a foreign key to one of these, transitively. */
	private Set<String> tablesReferringToEvent() {
		Set<String> found = new TreeSet<>(Set.of("event"));
		Deque<String> next = new ArrayDeque<>(found);
		while (!next.isEmpty()) {
			references.columnsReferencing(next.pop())
				.stream()
				.map(ReferenceColumn::table)
				.filter(found::add)
				.forEach(next::add);
		}
		return found;
	}

	private static Set<String> difference(Set<String> from, Set<String> without) {
		Set<String> left = new TreeSet<>(from);
		left.removeAll(without);
		return left;
	}

}
