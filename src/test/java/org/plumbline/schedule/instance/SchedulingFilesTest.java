package org.plumbline.schedule.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.junit.jupiter.api.Test;
import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.solver.Block;
import org.plumbline.schedule.solver.Cell;
import org.plumbline.schedule.solver.ConflictCounts;
import org.plumbline.schedule.solver.ConstraintReport;
import org.plumbline.schedule.solver.InvalidProblemException;
import org.plumbline.schedule.solver.LocalHours;
import org.plumbline.schedule.solver.PenaltyTables;
import org.plumbline.schedule.solver.PersonBlock;
import org.plumbline.schedule.solver.PresenterHours;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.ScheduleReport;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.Similarity;
import org.plumbline.schedule.solver.TablePenalty;
import org.plumbline.schedule.solver.Talk;
import org.plumbline.schedule.solver.TalkPlacement;
import org.plumbline.schedule.solver.Weight;

class SchedulingFilesTest {

	@Test
	void readsEveryPartOfAnInstanceOntoTheSolversRecords() {
		SchedulingProblem problem = read(TinyInstance.text(TinyInstance.INSTANCE));

		assertThat(problem.blocks()).containsExactly(
				new Block("mon-am", 1, LocalDate.of(2026, 11, 16), Instant.parse("2026-11-16T09:00:00Z"),
						Instant.parse("2026-11-16T11:00:00Z"), 2, 60),
				new Block("mon-pm", 2, LocalDate.of(2026, 11, 16), Instant.parse("2026-11-16T13:00:00Z"),
						Instant.parse("2026-11-16T15:00:00Z"), 2, 60));
		assertThat(problem.rooms()).extracting(room -> room.id() + ":" + room.capacity())
			.containsExactly("room-1:50", "room-2:20");
		assertThat(problem.tracks().getFirst().keyAttendees()).containsExactly("bob", "carol");
		assertThat(problem.tracks().get(1).chairs()).containsExactly("carol");
		assertThat(problem.talks().getFirst())
			.isEqualTo(new Talk("kernel-1", "kernel", 1, 1, List.of("dave"), List.of(), 40, null, null));
		assertThat(problem.talks().get(2).presenterHours()).isEqualTo(
				new PresenterHours(ZoneId.of("Asia/Tokyo"), new LocalHours(LocalTime.of(9, 0), LocalTime.of(18, 0)),
						new LocalHours(LocalTime.of(7, 0), LocalTime.of(22, 0))));
		assertThat(problem.penalties().trackBlocks()).containsExactly(new TablePenalty("kernel", "mon-pm", 5));
		assertThat(problem.penalties().roomBlocks()).containsExactly(new TablePenalty("room-2", "mon-pm", 1));
		assertThat(problem.penalties().personBlocks()).containsExactly(new PersonBlock("alice", "mon-am"),
				new PersonBlock("bob", "mon-am", List.of(1)));
		assertThat(problem.penalties().similarities()).containsExactly(new Similarity("kernel", "rust", 3));
		assertThat(problem.penalties().outsideSuitableHours()).isEqualTo(1);
		assertThat(problem.penalties().outsideAcceptableHours()).isEqualTo(10);
		assertThat(problem.weights())
			.containsEntry(ScheduleConstraint.ATTENDEE_CLASH, new Weight(ConflictLevel.SOFT, 2))
			.containsEntry(ScheduleConstraint.TRACK_BLOCK, new Weight(ConflictLevel.SOFT, 0))
			.hasSize(3);
	}

	@Test
	void anInstanceLeavingOutWhatIsOptionalReadsAsNothingThereAndScores() {
		SchedulingProblem problem = read("""
				{"format": "plumbline-scheduling-instance", "formatVersion": 1,
				 "blocks": [{"id": "mon", "order": 1, "date": "2026-11-16", "start": "2026-11-16T09:00:00Z",
				             "end": "2026-11-16T10:00:00Z", "slots": 1, "slotMinutes": 60}],
				 "rooms": [{"id": "hall", "capacity": 10}],
				 "tracks": [{"id": "kernel"}],
				 "talks": [{"id": "kernel-1", "track": "kernel", "slots": 1}]}
				""");

		assertThat(problem.talks().getFirst())
			.isEqualTo(new Talk("kernel-1", "kernel", 1, null, List.of(), List.of(), 0, null, null));
		assertThat(problem.penalties()).isEqualTo(PenaltyTables.NONE);
		assertThat(problem.weights()).isEmpty();
		assertThat(ScheduleSolver.report(problem, List.of(new TalkPlacement("kernel-1", "mon", "hall", 0))).score())
			.isEqualTo(HardMediumSoftScore.ZERO);
	}

	@Test
	void anInstanceWrittenAndReadBackIsTheSameProblemAndTheSameBytes() {
		String boundAndPinned = TinyInstance.replaced(
				TinyInstance.with(TinyInstance.INSTANCE, "{\"id\": \"rust\",",
						"{\"id\": \"rust\", \"boundCells\": [{\"block\": \"mon-am\", \"room\": \"room-2\"}],"),
				"\"track\": \"rust\", \"slots\": 2,",
				"\"track\": \"rust\", \"slots\": 2, \"pinned\": {\"block\": \"mon-am\", \"room\": \"room-2\", \"firstSlot\": 0},");
		SchedulingProblem problem = read(boundAndPinned);

		byte[] written = SchedulingFiles.writeInstance(problem);
		SchedulingProblem readBack = SchedulingFiles.readInstance(written);

		assertThat(readBack).isEqualTo(problem);
		assertThat(SchedulingFiles.writeInstance(readBack)).isEqualTo(written);
		assertThat(readBack.tracks().get(1).boundCells()).containsExactly(new Cell("mon-am", "room-2"));
		assertThat(readBack.talks().get(2).pinned()).isNotNull();
	}

	@Test
	void theSmallConferenceSurvivesARoundTripWithEveryTableAndWeight() {
		SchedulingProblem problem = read(TinyInstance.text(TinyInstance.SMALL_CONFERENCE));

		SchedulingProblem readBack = SchedulingFiles.readInstance(SchedulingFiles.writeInstance(problem));

		assertThat(readBack).isEqualTo(problem);
		assertThat(readBack.talks()).hasSize(16);
		assertThat(readBack.penalties().talkBlocks()).hasSize(2);
		assertThat(readBack.penalties().personBlocks()).hasSize(2);
		assertThat(readBack.weights()).hasSize(4);
	}

	@Test
	void aSolutionWrittenAndReadBackKeepsItsPlacementsInOrder() {
		List<TalkPlacement> placements = List.of(new TalkPlacement("b", "mon-am", "room-1", 1),
				new TalkPlacement("a", "mon-pm", "room-2", 0));

		assertThat(SchedulingFiles.readSolution(SchedulingFiles.writeSolution(placements))).isEqualTo(placements);
	}

	@Test
	void aReportFileFollowsItsSchemaAndCarriesEachConstraintsCountAndEachConflictsCount() {
		SchedulingProblem problem = read(TinyInstance.text(TinyInstance.INSTANCE));
		ScheduleReport report = ScheduleSolver.report(problem,
				SchedulingFiles.readSolution(bytes(TinyInstance.text(TinyInstance.SOLUTION))));

		byte[] json = SchedulingFiles.writeReport(report);

		String text = new String(new SchemaCheckedJson(SchedulingFiles.REPORT_SCHEMA).read(json).toString());
		assertThat(text).contains("\"score\":\"-3hard/-2medium/-19soft\"")
			.contains("{\"constraint\":\"PRESENTER_CLASH\",\"name\":\"Presenter clash\",\"level\":\"HARD\","
					+ "\"weight\":1,\"penalties\":2,\"score\":-2}")
			.contains("\"hardViolations\":[{\"constraint\":\"PERSON_UNAVAILABLE\"")
			.contains("\"conflicts\":{\"personInTwoPlaces\":1,\"keyAttendeeInTwoPlaces\":2,\"roomUsedTwice\":0,"
					+ "\"roomUnavailable\":0,\"personUnavailable\":2,\"keyAttendeeUnavailable\":1,\"roomTooSmall\":1}");
		assertThat(report.constraints()).extracting(ConstraintReport::name).hasSize(ScheduleConstraint.values().length);
	}

	@Test
	void theReportSchemaRefusesAReportWithoutItsConflictCounts() {
		String written = tinyReport();
		String withoutRoomTooSmall = TinyInstance.replaced(written, ",\n    \"roomTooSmall\": 1", "");

		assertThatThrownBy(() -> new SchemaCheckedJson(SchedulingFiles.REPORT_SCHEMA).read(bytes(withoutRoomTooSmall)))
			.isInstanceOf(InstanceFileException.class)
			.hasMessageStartingWith("/conflicts")
			.hasMessageContaining("roomTooSmall");
	}

	@Test
	void aReportWrittenBeforePeoplesUnavailabilityWasCountedReadsThoseCountsAsZero() {
		String written = tinyReport();
		String older = TinyInstance.replaced(written,
				"\n    \"personUnavailable\": 2,\n    \"keyAttendeeUnavailable\": 1,", "");

		ScheduleReport report = SchedulingFiles.readReport(bytes(older));

		assertThat(report.conflicts()).isEqualTo(new ConflictCounts(1, 2, 0, 0, 0, 0, 1));
	}

	@Test
	void refusesMalformedJson() {
		assertThatThrownBy(() -> read("{\"format\": ")).isInstanceOf(InstanceFileException.class)
			.hasMessageStartingWith("malformed JSON: ")
			.hasMessageContaining("line 1");
	}

	@Test
	void refusesAnUnknownPropertyNamingIt() {
		assertThatThrownBy(() -> read(
				TinyInstance.with(TinyInstance.INSTANCE, "\"interest\": 40", "\"interest\": 40, \"colour\": \"red\"")))
			.isInstanceOf(InstanceFileException.class)
			.hasMessageStartingWith("/talks/0")
			.hasMessageContaining("colour");
	}

	@Test
	void refusesANegativeWeightNamingItsConstraint() {
		assertThatThrownBy(() -> read(
				TinyInstance.with(TinyInstance.INSTANCE, "\"ATTENDEE_CLASH\": {\"level\": \"SOFT\", \"weight\": 2}",
						"\"ATTENDEE_CLASH\": {\"level\": \"SOFT\", \"weight\": -2}")))
			.isInstanceOf(InstanceFileException.class)
			.hasMessageStartingWith("/weights/ATTENDEE_CLASH/weight: ");
	}

	@Test
	void refusesAWeightOnAConstraintThatCannotBeWeighted() {
		assertThatThrownBy(
				() -> read(TinyInstance.with(TinyInstance.INSTANCE, "\"ROOM_CAPACITY\"", "\"ROOM_DOUBLE_BOOKED\"")))
			.isInstanceOf(InstanceFileException.class)
			.hasMessageStartingWith("/weights")
			.hasMessageContaining("ROOM_DOUBLE_BOOKED");
	}

	@Test
	void refusesAnUnknownTimeZoneNamingTheTalk() {
		assertThatThrownBy(() -> read(TinyInstance.with(TinyInstance.INSTANCE, "Asia/Tokyo", "Mars/Olympus")))
			.isInstanceOf(InstanceFileException.class)
			.hasMessage("talk rust-1 names unknown time zone \"Mars/Olympus\"");
	}

	@Test
	void refusesAnImpossibleDateNamingTheBlock() {
		assertThatThrownBy(() -> read(TinyInstance.with(TinyInstance.INSTANCE, "\"start\": \"2026-11-16T13:00:00Z\"",
				"\"start\": \"2026-11-16T25:00:00Z\"")))
			.isInstanceOf(InstanceFileException.class)
			.hasMessage("block mon-pm has an impossible start \"2026-11-16T25:00:00Z\"");
	}

	@Test
	void refusesAnotherFormatOrVersion() {
		assertThatThrownBy(
				() -> read(TinyInstance.with(TinyInstance.INSTANCE, "\"formatVersion\": 1", "\"formatVersion\": 2")))
			.isInstanceOf(InstanceFileException.class)
			.hasMessageStartingWith("/formatVersion: ");
	}

	@Test
	void refusesASolutionPlacingOneTalkTwice() {
		assertThatThrownBy(() -> SchedulingFiles
			.readSolution(bytes(TinyInstance.with(TinyInstance.SOLUTION, "\"rust-1\": {", "\"kernel-1\": {"))))
			.isInstanceOf(InstanceFileException.class)
			.hasMessageContaining("kernel-1");
	}

	@Test
	void theSolverRefusesAnInstanceNamingAnUnknownTrack() {
		SchedulingProblem problem = read(TinyInstance.with(TinyInstance.INSTANCE,
				"\"id\": \"kernel-2\", \"track\": \"kernel\"", "\"id\": \"kernel-2\", \"track\": \"kernal\""));

		assertThatThrownBy(() -> ScheduleSolver.report(problem, List.of())).isInstanceOf(InvalidProblemException.class)
			.hasMessage("talk kernel-2 names unknown track kernal");
	}

	private static SchedulingProblem read(String json) {
		return SchedulingFiles.readInstance(bytes(json));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The report of the tiny instance's documented solution, as {@code score} writes it.
	 */
	private static String tinyReport() {
		SchedulingProblem problem = read(TinyInstance.text(TinyInstance.INSTANCE));
		return new String(
				SchedulingFiles.writeReport(ScheduleSolver.report(problem,
						SchedulingFiles.readSolution(bytes(TinyInstance.text(TinyInstance.SOLUTION))))),
				StandardCharsets.UTF_8);
	}

}
