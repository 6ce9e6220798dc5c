package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.BackedUpSchedulerInputs;
import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.McTimePreferences;
import org.plumbline.schedule.Placement;
import org.plumbline.schedule.PolicedConflict;
import org.plumbline.schedule.RulePolicy;
import org.plumbline.schedule.SchedulePolicies;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SchedulerWeights;
import org.plumbline.schedule.SchedulingBackups;
import org.plumbline.schedule.TimetableConflicts;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.Weight;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduler's inputs through the event data file and back: the release switch, the
 * conflict policies, the solver's weights, the MCs' preferred and avoided blocks and the
 * declared unavailability of people and rooms. A restore that lost them would hand the
 * solver and the conflict checker an event its organisers never set up: leads scheduled
 * while away, a release switch off, weights back to their defaults.
 */
// Each import leaves persons behind its deleted event that the schedule import tests,
// sharing the server, would match speakers against: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileSchedulerBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String PERIOD_ENDS = "\"endsAt\": \"2024-03-04T10:30:00Z\"";

	@Autowired
	SchedulingBackups schedulingBackups;

	@Autowired
	TimetableConflicts conflicts;

	@Autowired
	SchedulerWeights weights;

	@Autowired
	SchedulePolicies policies;

	@Autowired
	McTimePreferences timePreferences;

	@BeforeEach
	void anEventWithItsSchedulerSetUp() {
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		long event = eventId();
		long iommu = mcId(event, "iommu");
		long tracing = mcId(event, "tracing");
		update("INSERT INTO schedule_setting (event_id, release_accepted_talks, version) VALUES (?, TRUE, 3)", event);
		update("INSERT INTO schedule_rule_policy (event_id, rule, policy, version) VALUES (?, 'UNAVAILABLE', 'BLOCK_CHANGE', 2)",
				event);
		update("INSERT INTO schedule_rule_policy (event_id, rule, policy, version) VALUES (?, 'ROOM_TOO_SMALL', 'IGNORE', 1)",
				event);
		update("INSERT INTO schedule_constraint_weight (event_id, constraint_name, level, weight) VALUES (?, 'TALK_ORDER', 'SOFT', 7)",
				event);
		update("""
				INSERT INTO schedule_constraint_weight (event_id, constraint_name, level, weight)
				VALUES (?, 'PERSON_UNAVAILABLE', 'MEDIUM', 50)""", event);
		update("INSERT INTO schedule_constraint_weight_version (event_id, version) VALUES (?, 4)", event);
		preference(tracing, block(event, "Morning"), "AVOIDED");
		preference(iommu, block(event, "Afternoon"), "PREFERRED");
		update("INSERT INTO microconference_time_preference_version (microconference_id, version) VALUES (?, 2)",
				iommu);
		update("INSERT INTO microconference_time_preference_version (microconference_id, version) VALUES (?, 5)",
				tracing);
		long joerg = jdbc.sql("SELECT person_id FROM mc_lead WHERE microconference_id = ?")
			.param(iommu)
			.query(Long.class)
			.single();
		update("""
				INSERT INTO unavailability (event_id, person_id, starts_at, ends_at, reason, version)
				VALUES (?, ?, TIMESTAMP WITH TIME ZONE '2024-03-04 09:00:00+00', TIMESTAMP WITH TIME ZONE '2024-03-04 10:30:00+00',
				        'flight', 3)""",
				event, joerg);
		long roomB = jdbc.sql("SELECT id FROM room WHERE event_id = ? AND name = 'Room B'")
			.param(event)
			.query(Long.class)
			.single();
		update("""
				INSERT INTO unavailability (event_id, room_id, starts_at, ends_at)
				VALUES (?, ?, TIMESTAMP WITH TIME ZONE '2024-03-05 14:00:00+00', TIMESTAMP WITH TIME ZONE '2024-03-05 15:00:00+00')""",
				event, roomB);
	}

	@AfterEach
	void removeEvent() {
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));
	}

	@Test
	void theReleaseSwitchPoliciesWeightsPreferredBlocksAndUnavailabilityComeBackFieldByField() {
		List<String> before = inputs();
		ExportedEventFile exported = files.export(EVENT);
		removeEvent();

		files.importFile(exported.json(), false);

		assertThat(inputs()).isEqualTo(before)
			.containsExactly("release accepted talks: true", "UNAVAILABLE: BLOCK_CHANGE", "ROOM_TOO_SMALL: IGNORE",
					"PERSON_UNAVAILABLE: MEDIUM 50", "TALK_ORDER: SOFT 7", "iommu prefers 2024-03-05 Afternoon",
					"tracing avoids 2024-03-04 Morning",
					"Joerg Roedel away 2024-03-04T09:00:00Z to 2024-03-04T10:30:00Z (flight)",
					"Room B away 2024-03-05T14:00:00Z to 2024-03-05T15:00:00Z (null)");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void afterARestoreTheConflictCheckerReportsTheLeadAwayUnderTheRestoredPolicyAndTheWeightsPageShowsTheWeights() {
		byte[] exported = files.export(EVENT).json();
		removeEvent();
		files.importFile(exported, false);
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		long roomA = catalog.rooms(event.id())
			.stream()
			.filter(room -> room.name().equals("Room A"))
			.mapToLong(Room::id)
			.findFirst()
			.orElseThrow();

		List<PolicedConflict> found = conflicts.policed(event.id(),
				List.of(new Placement(mcId(event.id(), "iommu"), roomA, block(event.id(), "Morning"))));

		assertThat(found).as("the lead declared away during the IOMMU session, blocking a change as the event chose")
			.singleElement()
			.satisfies(conflict -> assertThat(conflict.kind()).isEqualTo(ConflictKind.UNAVAILABLE))
			.satisfies(conflict -> assertThat(conflict.policy()).isEqualTo(RulePolicy.BLOCK_CHANGE))
			.satisfies(conflict -> assertThat(conflict.words())
				.startsWith("Joerg Roedel is unavailable Mon 10:00–11:30 (flight): IOMMU"));
		Map<ScheduleConstraint, Weight> shown = weights.ofEvent(event.id());
		assertThat(shown.get(ScheduleConstraint.TALK_ORDER)).isEqualTo(new Weight(ConflictLevel.SOFT, 7));
		assertThat(shown.get(ScheduleConstraint.PERSON_UNAVAILABLE)).isEqualTo(new Weight(ConflictLevel.MEDIUM, 50));
		assertThat(weights.version(event.id())).as("a form opened on the defaults is stale").isEqualTo(1);
		assertThat(policies.releaseSetting(event.id()).acceptedTalks()).isTrue();
		assertThat(timePreferences.version(mcId(event.id(), "tracing"))).isEqualTo(1);
	}

	@Test
	void aFileWithoutThemImportsOnTheDefaultsAndAPeriodEndingBeforeItStartsIsRefusedWithNothingWritten() {
		String exported = TestFiles.text(files.export(EVENT).json());
		assertThat(exported).contains(PERIOD_ENDS);
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		assertThat(inputs()).as("a file of before the scheduler's inputs were carried").isEmpty();
		removeEvent();
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class, () -> files.importFile(
				exported.replace(PERIOD_ENDS, "\"endsAt\": \"2024-03-04T08:00:00Z\"").getBytes(StandardCharsets.UTF_8),
				false));

		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/unavailability/0/endsAt"))
			.satisfies(problem -> assertThat(problem.message())
				.isEqualTo("an unavailable period must end after it starts (2024-03-04T09:00:00Z)"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	/**
	 * A release is checked on restore against the policies the event chose, not the
	 * defaults: one whose lead is in two places, which the event chose to be warned of,
	 * comes back; the same file without that policy is refused at the release.
	 */
	@Test
	void aReleaseWithAConflictTheEventsPolicyOnlyWarnsOfIsRestored() {
		long event = eventId();
		long tracing = mcId(event, "tracing");
		update("DELETE FROM mc_key_attendee WHERE microconference_id = ?", tracing);
		update("""
				INSERT INTO mc_lead (microconference_id, name_as_written, person_id, position)
				SELECT ?, name_as_written, person_id, 5 FROM mc_lead WHERE microconference_id = ?""", tracing,
				mcId(event, "iommu"));
		update("INSERT INTO schedule_rule_policy (event_id, rule, policy, version) VALUES (?, 'PERSON_IN_TWO_PLACES', 'WARN', 1)",
				event);
		ObjectNode file = (ObjectNode) JsonMapper.shared().readTree(files.export(EVENT).json());
		((ArrayNode) file.at("/timetable/releases/1/sessions")).addObject()
			.put("microconference", "tracing")
			.put("room", "Room B")
			.put("date", "2024-03-04")
			.put("block", "Morning");
		removeEvent();
		ObjectNode withoutThePolicy = file.deepCopy();
		((ArrayNode) withoutThePolicy.get("conflictPolicies")).remove(0);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> files.importFile(JsonMapper.shared().writeValueAsBytes(withoutThePolicy), false));
		files.importFile(JsonMapper.shared().writeValueAsBytes(file), false);

		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/timetable/releases/1"))
			.satisfies(problem -> assertThat(problem.message()).contains("Joerg Roedel"));
		assertThat(schedule.latest(catalog.findBySlug(EVENT).orElseThrow()).orElseThrow().sessions())
			.extracting(ScheduledSession::title)
			.contains("Tracing");
	}

	/**
	 * The event's scheduler inputs as their owner reads them for a backup, MCs by slug,
	 * blocks by date and label, people and rooms by name.
	 */
	private List<String> inputs() {
		long event = eventId();
		ZoneId zone = catalog.findBySlug(EVENT).orElseThrow().timeZone();
		Map<Long, String> mcs = new HashMap<>();
		microconferences.forEvent(event).forEach(mc -> mcs.put(mc.id(), mc.slug()));
		Map<Long, String> blocks = new HashMap<>();
		for (TimeBlock block : catalog.timeBlocks(event)) {
			blocks.put(block.id(), block.startsAt().atZone(zone).toLocalDate() + " " + block.label());
		}
		Map<Long, String> rooms = new HashMap<>();
		catalog.rooms(event).forEach(room -> rooms.put(room.id(), room.name()));
		BackedUpSchedulerInputs backedUp = schedulingBackups.inputs(event);
		List<String> inputs = new ArrayList<>();
		if (backedUp.releaseAcceptedTalks() != null) {
			inputs.add("release accepted talks: " + backedUp.releaseAcceptedTalks());
		}
		backedUp.policies()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(policy -> inputs.add(policy.getKey() + ": " + policy.getValue()));
		backedUp.weights()
			.forEach(weight -> inputs.add(weight.constraint() + ": " + weight.level() + " " + weight.weight()));
		backedUp.preferences()
			.stream()
			.map(preference -> mcs.get(preference.microconferenceId()) + " "
					+ (preference.preference().name().equals("PREFERRED") ? "prefers " : "avoids ")
					+ blocks.get(preference.timeBlockId()))
			.sorted()
			.forEach(inputs::add);
		backedUp.unavailability()
			.forEach(period -> inputs.add((period.personId() != null
					? directory.findAll(List.of(period.personId())).get(period.personId()).displayName()
					: rooms.get(period.roomId())) + " away " + period.startsAt() + " to " + period.endsAt() + " ("
					+ period.reason() + ")"));
		return inputs;
	}

	private void preference(long mc, long block, String preference) {
		update("INSERT INTO microconference_time_preference (microconference_id, time_block_id, preference) VALUES (?, ?, ?)",
				mc, block, preference);
	}

	private long block(long event, String label) {
		return jdbc.sql("SELECT id FROM time_block WHERE event_id = ? AND label = ?")
			.params(event, label)
			.query(Long.class)
			.single();
	}

	private long eventId() {
		return catalog.findBySlug(EVENT).orElseThrow().id();
	}

	private long mcId(long event, String slug) {
		return jdbc.sql("SELECT id FROM microconference WHERE event_id = ? AND slug = ?")
			.params(event, slug)
			.query(Long.class)
			.single();
	}

	private void update(String sql, Object... params) {
		assertThat(jdbc.sql(sql).params(params).update()).as(sql).isEqualTo(1);
	}

}
