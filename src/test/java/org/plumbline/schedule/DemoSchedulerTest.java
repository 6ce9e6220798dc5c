package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SolveResult;
import org.plumbline.schedule.solver.TalkPlacement;
import org.plumbline.schedule.solver.Termination;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, point 7: the demo's released version 1 (lpc2023.json) was made by the
 * scheduler. The seed, steps and threads written beside it make it again from an empty
 * draft, with no hard and no medium conflict. Each test rolls the emptied draft back.
 */
@SpringBootTest(properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
@Transactional
class DemoSchedulerTest {

	@Autowired
	EventProblems problems;

	@Autowired
	EventCatalog catalog;

	@Autowired
	DraftTimetables drafts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemosVersionOneIsWhatTheSchedulerMakesFromAnEmptyDraftWithTheSeedAndStepsWrittenBesideIt()
			throws IOException {
		JsonNode release = demoFile().path("timetable").path("releases").path(0);
		JsonNode scheduler = release.path("scheduler");
		Set<String> released = new HashSet<>();
		release.path("sessions")
			.forEach(session -> released
				.add(session.path("microconference").stringValue() + " in " + session.path("room").stringValue() + ", "
						+ session.path("date").stringValue() + " " + session.path("block").stringValue()));
		Event event = catalog.findBySlug("lpc2023").orElseThrow();
		jdbc.sql("DELETE FROM timetable_session WHERE timetable_id = ?").param(drafts.draft(event.id()).id()).update();
		EventProblem problem = problems.of(event, null);

		SolveResult result = ScheduleSolver.solve(problem.problem(),
				Termination.steps(scheduler.path("steps").intValue()), scheduler.path("seed").longValue(),
				scheduler.path("threads").intValue());

		Set<String> made = new HashSet<>();
		for (TalkPlacement placement : result.placements()) {
			TimeBlock block = problem.blocks().get(placement.block());
			LocalDate day = block.startsAt().atZone(event.timeZone()).toLocalDate();
			made.add(placement.talk().substring("mc-".length()) + " in " + placement.room() + ", " + day + " "
					+ block.label());
		}
		assertThat(released).hasSize(18);
		assertThat(made).isEqualTo(released);
		assertThat(result.score().hardScore()).isZero();
		assertThat(result.score().mediumScore()).isZero();
	}

	private static JsonNode demoFile() throws IOException {
		try (InputStream in = DemoSchedulerTest.class.getResourceAsStream("/importer/lpc2023.json")) {
			return JsonMapper.shared().readTree(in);
		}
	}

}
