package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.schedule.Proposal;
import org.plumbline.schedule.ProposalOutdatedException;
import org.plumbline.schedule.RunState;
import org.plumbline.schedule.SchedulingBackups;
import org.plumbline.schedule.SchedulingProposals;
import org.plumbline.schedule.SchedulingProposals.ProblemFile;
import org.plumbline.schedule.SchedulingRun;
import org.plumbline.schedule.SchedulingRuns;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SolveResult;
import org.plumbline.schedule.solver.Termination;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Solver runs through the event data file and back (issue 15, point 8): every column of a
 * run and its best scores come back, its files naming the restored persons, and its
 * result still opens and applies to the restored draft as the runs page does it, while a
 * run read from an older draft stays outdated. A run that was going when the file was
 * made comes back failed, interrupted by the restore, so no server starts it again.
 */
// Each import leaves persons behind its deleted event that the schedule import tests,
// sharing the server, would match speakers against: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileSolverRunBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String ORGANISER = "olga@runs.test";

	private static final long CURRENT = 7;

	private static final long OUTDATED = 8;

	private static final long NEVER_BEGAN = 9;

	private static final long GOING = 10;

	private static final Pattern STORED_ID = Pattern.compile("\"(person|account)-(\\d+)\"");

	@Autowired
	SchedulingProposals proposals;

	@Autowired
	SchedulingRuns runs;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	InterestMarks interest;

	long organiser;

	Event event;

	ProblemFile problem;

	@BeforeEach
	void anEventWithAFinishedRunAnOutdatedOneAndOneStoppedBeforeItBegan() {
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		event = catalog.findBySlug(EVENT).orElseThrow();
		organiser = new AccountFixture(jdbc, directory, passwords).account(ORGANISER, "Olga Organiser");
		new AccountFixture(jdbc, directory, passwords).grant(event.id(), organiser, EventRole.ORGANISER, null);
		long tracing = microconferences.forEvent(event.id())
			.stream()
			.filter(mc -> mc.slug().equals("tracing"))
			.findFirst()
			.orElseThrow()
			.id();
		interest.mark(event.id(), InterestMarker.account(organiser), InterestSubject.microconference(tracing));
		interest.mark(event.id(), InterestMarker.visitor(InterestMarker.newVisitorId()),
				InterestSubject.microconference(tracing));
		update("UPDATE timetable SET version = 5 WHERE draft_of = ?", event.id());
		problem = proposals.problemFile(organiser, event, null);
		SolveResult solved = ScheduleSolver.solve(SchedulingFiles.readInstance(problem.instanceJson()),
				Termination.steps(200), CURRENT, 1);
		String solution = new String(SchedulingFiles.writeSolution(solved.placements()), StandardCharsets.UTF_8);
		String report = new String(SchedulingFiles.writeReport(solved.report()), StandardCharsets.UTF_8);
		long current = insertRun(new Stored(CURRENT, "FINISHED", problem.draftVersion(), organiser, "server-a", false,
				solution, report, solved.score().toString()));
		update("""
				INSERT INTO scheduling_run_progress (run_id, position, spent_millis, hard, medium, soft)
				VALUES (?, 0, 12, -3, -1, -40), (?, 1, 480, 0, -1, -25), (?, 2, 9100, 0, 0, -25)""", current, current,
				current);
		insertRun(new Stored(OUTDATED, "STOPPED", problem.draftVersion() - 1, organiser, "server-a", true, solution,
				report, solved.score().toString()));
		insertRun(new Stored(NEVER_BEGAN, "STOPPED", problem.draftVersion() - 1, null, null, true, null, null, null));
	}

	@AfterEach
	void removeEvent() {
		catalog.findBySlug(EVENT).ifPresent(stored -> setup.delete(stored.id()));
	}

	@Test
	void everyColumnOfTheRunsAndTheirProgressComesBackAndTheFilesNameTheSamePersons() {
		List<Map<String, Object>> before = storedRuns();
		String instanceBefore = instanceOf(CURRENT);
		int draftVersion = draftVersion();
		ExportedEventFile exported = files.export(EVENT);
		assertThat(TestFiles.text(exported.json())).contains("\"solverRuns\"")
			.contains("\"requestedBy\": \"" + ORGANISER + "\"")
			.doesNotContainPattern(STORED_ID.pattern());

		restoreIntoAnEmptiedSite(exported.json());

		assertThat(instanceOf(CURRENT)).as("the persons have other ids here").isNotEqualTo(instanceBefore);
		assertThat(draftVersion()).as("the draft the runs were read from, at its version").isEqualTo(draftVersion);
		assertThat(storedRuns()).isEqualTo(before).hasSize(3);
		assertThat(before.getFirst().get("instance_json").toString())
			.as("its persons are named by their GUIDs, the attendees with an account by its address")
			.contains("\"person-" + guidOf("Joerg Roedel") + "\"", "\"account-" + ORGANISER + "\"", "\"visitor-");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void aRestoredRunsResultOpensAndAppliesToTheRestoredDraftAsBeforeAndAnOutdatedRunStaysOutdated() {
		Proposal proposed = proposals.proposalOfRun(organiser, event, run(CURRENT)).orElseThrow();
		assertThat(proposed.changes()).as("the solver moves sessions of the draft").isNotEmpty();
		assertThat(proposed.refusal()).isNull();
		assertThat(catchThrowableOfType(ProposalOutdatedException.class,
				() -> proposals.proposalOfRun(organiser, event, run(OUTDATED))))
			.isNotNull();
		byte[] exported = files.export(EVENT).json();
		List<String> asImported = draftPlaces();
		proposals.applyRun(organiser, event, run(CURRENT), run(CURRENT).version());
		List<String> appliedBeforeTheRestore = draftPlaces();
		restoreIntoAnEmptiedSite(exported);

		Proposal restored = proposals.proposalOfRun(organiser, event, run(CURRENT)).orElseThrow();
		assertThat(restored.changes()).isEqualTo(proposed.changes());
		assertThat(restored.unchanged()).isEqualTo(proposed.unchanged());
		assertThat(restored.report().score()).isEqualTo(proposed.report().score());
		assertThat(runs.report(event, run(CURRENT).id()).orElseThrow().score()).isEqualTo(proposed.report().score());
		assertThat(catchThrowableOfType(ProposalOutdatedException.class,
				() -> proposals.proposalOfRun(organiser, event, run(OUTDATED))))
			.as("read from an older draft, before the restore and after it")
			.isNotNull();
		assertThat(draftPlaces()).isEqualTo(asImported);

		proposals.applyRun(organiser, event, run(CURRENT), run(CURRENT).version());

		assertThat(run(CURRENT).state()).isEqualTo(RunState.APPLIED);
		assertThat(draftPlaces()).as("the restored draft as applying the run made it before the restore")
			.isEqualTo(appliedBeforeTheRestore)
			.isNotEqualTo(asImported);
	}

	@Test
	void aDraftReadButNeverEditedComesBackAtItsVersionAndItsRunStillApplies() {
		update("UPDATE timetable SET version = 0 WHERE draft_of = ?", event.id());
		update("UPDATE scheduling_run SET draft_version = 0 WHERE seed = ?", CURRENT);
		Proposal proposed = proposals.proposalOfRun(organiser, event, run(CURRENT)).orElseThrow();
		byte[] exported = files.export(EVENT).json();

		restoreIntoAnEmptiedSite(exported);

		assertThat(draftVersion()).isZero();
		assertThat(proposals.proposalOfRun(organiser, event, run(CURRENT)).orElseThrow().changes())
			.isEqualTo(proposed.changes());
	}

	@Test
	void aRunThatWasRunningWhenTheFileWasMadeComesBackFailedInterruptedByTheRestore() {
		insertRun(new Stored(GOING, "RUNNING", problem.draftVersion(), organiser, "server-b", false, null, null, null));
		byte[] exported = files.export(EVENT).json();

		restoreIntoAnEmptiedSite(exported);

		SchedulingRun interrupted = run(GOING);
		assertThat(interrupted.state()).isEqualTo(RunState.FAILED);
		assertThat(interrupted.error()).isEqualTo(SchedulingBackups.INTERRUPTED_BY_RESTORE);
		assertThat(interrupted.stateWords()).startsWith("Failed: interrupted by the restore");
		assertThat(interrupted.claimedBy()).isEqualTo("server-b");
		assertThat(interrupted.finishedAt()).isNotNull();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduling_run WHERE active_event_id IS NOT NULL")
			.query(Long.class)
			.single()).as("nothing for a server to claim or to wait for").isZero();
	}

	@Test
	void aRunNamingAPersonTheFileLacksOrThatIsNoInstanceIsRefusedAtItsPlaceWithNothingWritten() {
		String exported = TestFiles.text(files.export(EVENT).json());
		String lead = "\"person-" + guidOf("Joerg Roedel") + "\"";
		assertThat(exported).contains(lead);
		removeEvent();
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException unknown = catchThrowableOfType(EventFileException.class, () -> files.importFile(
				exported.replaceFirst(Pattern.quote(lead), "\"person-nobody\"").getBytes(StandardCharsets.UTF_8),
				false));
		EventFileException malformed = catchThrowableOfType(EventFileException.class,
				() -> files
					.importFile(exported
						.replaceFirst("\"format\": \"plumbline-scheduling-instance\"",
								"\"format\": \"plumbline-scheduling-instanse\"")
						.getBytes(StandardCharsets.UTF_8), false));

		assertThat(unknown.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.pointer()).startsWith("/solverRuns/0/instance/tracks/");
			assertThat(problem.message())
				.isEqualTo("\"person-nobody\" names no person: a run names each \"person-\" and the id of an entry "
						+ "of \"people\"");
		});
		assertThat(malformed.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.pointer()).isEqualTo("/solverRuns/0/instance");
			assertThat(problem.message())
				.startsWith("not a scheduling instance (docs/scheduling-instance.md): /format");
		});
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	/**
	 * Imports the file where neither the event nor its people and organiser are stored
	 * any more, so that each has another id than the file was made with.
	 */
	private void restoreIntoAnEmptiedSite(byte[] exported) {
		removeEventAndAccounts(EVENT, List.of(ORGANISER));
		removeUnreferencedPersons();
		files.importFile(exported, false);
		event = catalog.findBySlug(EVENT).orElseThrow();
		organiser = jdbc.sql("SELECT id FROM account WHERE email_key = ?").param(ORGANISER).query(Long.class).single();
	}

	/**
	 * Every column of the event's runs and of their progress but the ids this database
	 * gave, the requester by address, the persons and accounts in the files by GUID and
	 * address.
	 */
	private List<Map<String, Object>> storedRuns() {
		long eventId = catalog.findBySlug(EVENT).orElseThrow().id();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : jdbc.sql("""
				SELECT r.id, r.state, r.run_day, r.seed, r.seconds, r.threads, r.draft_version, r.instance_json,
				       r.solution_json, r.report_json, r.best_score, r.error, r.stop_requested, r.spent_millis,
				       a.email AS requested_by, r.requested_at, r.started_at, r.heartbeat_at, r.finished_at,
				       r.claimed_by, r.version
				FROM scheduling_run r LEFT JOIN account a ON a.id = r.requested_by
				WHERE r.event_id = ? ORDER BY r.requested_at, r.id""").param(eventId).query().listOfRows()) {
			Map<String, Object> run = new TreeMap<>();
			row.forEach((column, value) -> run.put(column.toLowerCase(), value));
			long id = ((Number) run.remove("id")).longValue();
			run.put("instance_json", byKeys((String) run.get("instance_json")));
			run.put("progress", jdbc.sql("""
					SELECT position, spent_millis, hard, medium, soft FROM scheduling_run_progress
					WHERE run_id = ? ORDER BY position""").param(id).query().listOfRows().toString());
			rows.add(run);
		}
		return rows;
	}

	private String byKeys(String json) {
		Matcher ids = STORED_ID.matcher(json);
		StringBuilder mapped = new StringBuilder();
		while (ids.find()) {
			String key = jdbc
				.sql(ids.group(1).equals("person") ? "SELECT guid FROM person WHERE id = ?"
						: "SELECT email FROM account WHERE id = ?")
				.param(Long.parseLong(ids.group(2)))
				.query(String.class)
				.single();
			ids.appendReplacement(mapped, "\"" + ids.group(1) + "-" + key + "\"");
		}
		return ids.appendTail(mapped).toString();
	}

	private long insertRun(Stored run) {
		long minute = jdbc.sql("SELECT COUNT(*) FROM scheduling_run").query(Long.class).single();
		boolean going = run.state().equals("RUNNING");
		update("""
				INSERT INTO scheduling_run (event_id, active_event_id, state, run_day, seed, seconds, threads,
				    draft_version, instance_json, solution_json, report_json, best_score, error, stop_requested,
				    spent_millis, requested_by, requested_at, started_at, heartbeat_at, finished_at, claimed_by, version)
				VALUES (?, ?, ?, NULL, ?, 60, 2, ?, ?, ?, ?, ?, NULL, ?, 9100, ?,
				    TIMESTAMP WITH TIME ZONE '2024-02-01 10:%02d:00+00', TIMESTAMP WITH TIME ZONE '2024-02-01 10:%02d:05+00',
				    CURRENT_TIMESTAMP, %s, ?, 3)"""
			.formatted(minute, minute,
					going ? "NULL" : "TIMESTAMP WITH TIME ZONE '2024-02-01 10:%02d:59+00'".formatted(minute)),
				event.id(), going ? event.id() : null, run.state(), run.seed(), run.draftVersion(),
				new String(problem.instanceJson(), StandardCharsets.UTF_8), run.solution(), run.report(),
				run.bestScore(), run.stopRequested(), run.requestedBy(), run.claimedBy());
		return jdbc.sql("SELECT id FROM scheduling_run WHERE event_id = ? AND seed = ?")
			.params(event.id(), run.seed())
			.query(Long.class)
			.single();
	}

	private SchedulingRun run(long seed) {
		return runs.ofEvent(catalog.findBySlug(EVENT).orElseThrow())
			.stream()
			.filter(run -> run.seed() == seed)
			.findFirst()
			.orElseThrow();
	}

	/** The draft's sessions by MC, room and times, which no database id names. */
	private List<String> draftPlaces() {
		long eventId = catalog.findBySlug(EVENT).orElseThrow().id();
		Map<Long, String> rooms = new TreeMap<>();
		catalog.rooms(eventId).forEach(room -> rooms.put(room.id(), room.name()));
		Map<Long, String> mcs = new TreeMap<>();
		microconferences.forEvent(eventId).forEach(mc -> mcs.put(mc.id(), mc.slug()));
		return drafts.draft(eventId)
			.sessions()
			.stream()
			.map(session -> session.kind() + " " + mcs.get(session.microconferenceId()) + " in "
					+ rooms.get(session.roomId()) + " " + session.startsAt() + " to " + session.endsAt())
			.sorted()
			.toList();
	}

	private String instanceOf(long seed) {
		return jdbc.sql("SELECT instance_json FROM scheduling_run WHERE seed = ?")
			.param(seed)
			.query(String.class)
			.single();
	}

	private int draftVersion() {
		return drafts.draft(catalog.findBySlug(EVENT).orElseThrow().id()).version();
	}

	private String guidOf(String name) {
		return jdbc.sql("""
				SELECT p.guid FROM person p JOIN mc_lead l ON l.person_id = p.id
				JOIN microconference m ON m.id = l.microconference_id
				WHERE m.event_id = ? AND l.name_as_written = ?""")
			.params(catalog.findBySlug(EVENT).orElseThrow().id(), name)
			.query(String.class)
			.single();
	}

	private void update(String sql, Object... params) {
		assertThat(jdbc.sql(sql).params(params).update()).as(sql).isPositive();
	}

	/** A run as the test stores it; the rest of its columns are alike. */
	private record Stored(long seed, String state, int draftVersion, Long requestedBy, String claimedBy,
			boolean stopRequested, String solution, String report, String bestScore) {
	}

}
