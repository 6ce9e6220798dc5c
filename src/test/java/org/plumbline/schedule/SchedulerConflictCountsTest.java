package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.EventProblem.Item;
import org.plumbline.schedule.EventProblem.SessionPlace;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.TalkPlacement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, point 7: the timetable's conflict checker and the {@code score} command count
 * the same conflicts of each kind on one timetable. The draft is read both ways: by the
 * checker, as the timetable's pages read it (without the event's policies, which only
 * hide kinds), and as the scheduler's problem ({@link EventProblems}) with every session
 * kept where it is, written to an instance and a solution file and scored by the headless
 * command, whose report file carries the counts. Each test rolls back what it changed.
 * {@link SchedulerConflictCountsPostgresTest} runs the same on PostgreSQL.
 *
 * <p>
 * The two differ by design where the scheduler places whole sessions, so these layouts
 * hold none of the following. A speaker with talks in two overlapping sessions clashes
 * once for the sessions even where the talks do not overlap (the checker reads the talks'
 * times), and is unavailable for the session's whole time rather than their talk's; the
 * speakers of an MC's talks not placed yet present in every session of the MC (the
 * checker does not see them); a room unavailable in part of a block counts for the whole
 * (block, room) cell, also for a half-block session outside that part; a person away
 * during a block's break alone is away for the whole block, also for a half-block session
 * (a session of the whole block spans the break). So the generated event has no topics,
 * each room unavailability covers one whole block, and each person's a whole block or one
 * half of it. Two declared intervals of one room or person that both overlap a session
 * are one conflict for both (one per session and room or person away).
 */
@SpringBootTest(properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
@Transactional
class SchedulerConflictCountsTest {

	private static final String ACTOR = "conflict counts test";

	/**
	 * The report file's names of the counts, as docs/scheduling-instance.md lists them.
	 */
	private static final Map<String, ConflictKind> REPORTED_KINDS = Map.of("personInTwoPlaces",
			ConflictKind.PERSON_IN_TWO_PLACES, "keyAttendeeInTwoPlaces", ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES,
			"roomUsedTwice", ConflictKind.ROOM_USED_TWICE, "roomUnavailable", ConflictKind.UNAVAILABLE,
			"personUnavailable", ConflictKind.UNAVAILABLE, "keyAttendeeUnavailable",
			ConflictKind.KEY_ATTENDEE_UNAVAILABLE, "roomTooSmall", ConflictKind.ROOM_TOO_SMALL);

	private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

	private static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 10);

	@Autowired
	EventProblems problems;

	@Autowired
	StoredSessions storedSessions;

	@Autowired
	DraftTimetables drafts;

	@Autowired
	DraftEditor editor;

	@Autowired
	Unavailabilities unavailabilities;

	@Autowired
	InterestMarks interest;

	@Autowired
	EventCatalog catalog;

	@Autowired
	EventSetup setup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void theDemosDraftAsLoadedHasNoConflictByEitherCount() throws IOException {
		Event demo = catalog.findBySlug("lpc2023").orElseThrow();

		Map<ConflictKind, Long> checked = checkerCounts(demo);

		assertThat(drafts.draft(demo.id()).sessions()).hasSize(18);
		assertThat(checked).isEqualTo(scoredCounts(demo)).allSatisfy((kind, count) -> assertThat(count).isZero());
	}

	@Test
	void theSeedsOrderPlacedInAnEmptiedDraftHasPeterZijlstrasOneMediumClashByEitherCount() throws IOException {
		Event demo = catalog.findBySlug("lpc2023").orElseThrow();
		jdbc.sql("DELETE FROM timetable_session WHERE timetable_id = ?").param(drafts.draft(demo.id()).id()).update();
		List<Microconference> mcs = microconferences.forEvent(demo.id());
		List<Room> rooms = catalog.rooms(demo.id());
		List<TimeBlock> blocks = catalog.timeBlocks(demo.id());
		for (int i = 0; i < mcs.size(); i++) {
			editor.placeMcAs(ACTOR, demo, mcs.get(i).id(), rooms.get(i % rooms.size()).id(),
					blocks.get(i / rooms.size()).id(), BlockPart.WHOLE, UUID.randomUUID());
		}

		Map<ConflictKind, Long> checked = checkerCounts(demo);

		assertThat(checked).isEqualTo(scoredCounts(demo))
			.containsEntry(ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES, 1L)
			.containsEntry(ConflictKind.PERSON_IN_TWO_PLACES, 0L);
	}

	@Test
	void aGeneratedEventWithConflictsOfEveryKindTheSchedulerCountsHasEqualCountsBothWays() throws IOException {
		Event generated = generatedEvent(new Random(12));

		Map<ConflictKind, Long> checked = checkerCounts(generated);

		assertThat(checked).isEqualTo(scoredCounts(generated))
			.containsOnlyKeys(REPORTED_KINDS.values())
			.allSatisfy((kind, count) -> assertThat(count).as(kind.description()).isPositive());
	}

	/**
	 * The checker's conflicts of the event's draft by kind, with a zero for each kind the
	 * report counts and the checker did not find.
	 */
	private Map<ConflictKind, Long> checkerCounts(Event event) {
		Map<ConflictKind, Long> counts = new EnumMap<>(ConflictKind.class);
		REPORTED_KINDS.values().forEach(kind -> counts.put(kind, 0L));
		ConflictChecker
			.check(EventDays.of(event), storedSessions.of(drafts.draft(event.id())),
					unavailabilities.ofEvent(event.id()))
			.forEach(conflict -> counts.merge(ConflictKind.of(conflict), 1L, Long::sum));
		return counts;
	}

	/**
	 * The counts of the report that {@code plumbline score} writes for the event's
	 * problem and a solution keeping every session where the draft has it, under the
	 * checker's kinds: its one kind of unavailability holds the report's rooms and
	 * people.
	 */
	private Map<ConflictKind, Long> scoredCounts(Event event) throws IOException {
		EventProblem problem = problems.of(event, null);
		List<TalkPlacement> asPlaced = new ArrayList<>();
		for (Item item : problem.items().values()) {
			SessionPlace place = item.placedAt();
			assertThat(place).as("%s is placed", item.title()).isNotNull();
			String block = problem.blocks()
				.entrySet()
				.stream()
				.filter(entry -> entry.getValue().id() == place.block().id())
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow();
			asPlaced.add(new TalkPlacement(item.id(), block, place.room().name(),
					place.part() == BlockPart.AFTER_BREAK ? 1 : 0));
		}
		Path instance = Files.write(files.resolve("instance.json"), SchedulingFiles.writeInstance(problem.problem()));
		Path solution = Files.write(files.resolve("solution.json"), SchedulingFiles.writeSolution(asPlaced));
		Path report = files.resolve("report.json");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

		int exitCode = new SolveCommand(out, out).run("score", instance.toString(), solution.toString(), "--report",
				report.toString());

		assertThat(exitCode).as(printed.toString(StandardCharsets.UTF_8)).isZero();
		JsonNode conflicts = JsonMapper.shared().readTree(Files.readAllBytes(report)).path("conflicts");
		Map<ConflictKind, Long> counts = new EnumMap<>(ConflictKind.class);
		REPORTED_KINDS.forEach((key, kind) -> counts.merge(kind, conflicts.required(key).longValue(), Long::sum));
		return counts;
	}

	/**
	 * An event drawn from the random source: 3 days of two blocks with a break, 4 rooms
	 * of 15 to 34 seats, and 12 accepted MCs whose one or two leads and up to three key
	 * attendees come from 15 people (so a lead here is a key attendee there), each marked
	 * interesting by up to 49 visitors and placed once or twice in a random room for a
	 * random block or half of one (rooms used twice at once included); 4 of the 24
	 * (block, room) cells are closed for their whole block (the first of them declared
	 * twice), and each of the 15 people is away for the whole or a half of a block where
	 * a session needs them (the first of them declared twice).
	 */
	private Event generatedEvent(Random random) {
		List<NewTimeBlock> newBlocks = new ArrayList<>();
		for (int day = 0; day < 3; day++) {
			LocalDate date = FIRST_DAY.plusDays(day);
			newBlocks.add(new NewTimeBlock("Morning", date, LocalTime.of(9, 0), LocalTime.of(12, 30),
					LocalTime.of(10, 30), LocalTime.of(11, 0)));
			newBlocks.add(new NewTimeBlock("Afternoon", date, LocalTime.of(14, 0), LocalTime.of(17, 30),
					LocalTime.of(15, 30), LocalTime.of(16, 0)));
		}
		List<NewRoom> newRooms = new ArrayList<>();
		for (String name : List.of("Room A", "Room B", "Room C", "Room D")) {
			newRooms.add(new NewRoom(name, 15 + random.nextInt(20), null));
		}
		Event event = setup.create(new NewEvent("conflict_counts", "Conflict Counts 2027", FIRST_DAY,
				FIRST_DAY.plusDays(2), ZONE, "Messe Wien", newRooms, newBlocks, List.of(), List.of()));
		List<Room> rooms = catalog.rooms(event.id());
		List<TimeBlock> blocks = catalog.timeBlocks(event.id());
		List<NamedPerson> pool = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			String name = "Pool Person " + i;
			pool.add(new NamedPerson(people.create(name, List.of(name), null).id(), name));
		}
		Map<Long, List<TimeBlock>> neededIn = new HashMap<>();
		for (int i = 1; i <= 12; i++) {
			Collections.shuffle(pool, random);
			List<NamedPerson> leads = List.copyOf(pool.subList(0, 1 + random.nextInt(2)));
			Collections.shuffle(pool, random);
			List<KeyAttendee> keyAttendees = pool.subList(0, random.nextInt(4))
				.stream()
				.map(person -> new KeyAttendee(person.personId(), person.nameAsWritten(), "maintainer"))
				.toList();
			Microconference mc = microconferences.create(event.id(), new NewMicroconference(null, "mc" + i, "MC " + i,
					McStatus.ACCEPTED, "About MC " + i + ".", List.of(), keyAttendees, "MC leads", leads));
			int marks = random.nextInt(50);
			for (int visitor = 0; visitor < marks; visitor++) {
				interest.mark(event.id(), InterestMarker.visitor("visitor-" + visitor),
						InterestSubject.microconference(mc.id()));
			}
			int sessions = random.nextInt(4) == 0 ? 2 : 1;
			for (int session = 0; session < sessions; session++) {
				Room room = rooms.get(random.nextInt(rooms.size()));
				TimeBlock block = blocks.get(random.nextInt(blocks.size()));
				editor.placeMcAs(ACTOR, event, mc.id(), room.id(), block.id(),
						BlockPart.values()[random.nextInt(BlockPart.values().length)], UUID.randomUUID());
				leads.forEach(lead -> neededIn.computeIfAbsent(lead.personId(), none -> new ArrayList<>()).add(block));
				keyAttendees
					.forEach(key -> neededIn.computeIfAbsent(key.personId(), none -> new ArrayList<>()).add(block));
			}
		}
		List<Integer> cells = new ArrayList<>();
		for (int cell = 0; cell < blocks.size() * rooms.size(); cell++) {
			cells.add(cell);
		}
		Collections.shuffle(cells, random);
		for (int cell : cells.subList(0, 4)) {
			closeForTheBlock(event, rooms.get(cell % rooms.size()), blocks.get(cell / rooms.size()), "maintenance");
		}
		int twiceClosed = cells.getFirst();
		closeForTheBlock(event, rooms.get(twiceClosed % rooms.size()), blocks.get(twiceClosed / rooms.size()),
				"inspection");
		for (NamedPerson person : pool) {
			List<TimeBlock> needed = neededIn.getOrDefault(person.personId(), blocks);
			TimeBlock block = needed.get(random.nextInt(needed.size()));
			BlockPart part = BlockPart.values()[random.nextInt(BlockPart.values().length)];
			int intervals = person.equals(pool.getFirst()) ? 2 : 1;
			for (int interval = 0; interval < intervals; interval++) {
				jdbc.sql("""
						INSERT INTO unavailability (event_id, person_id, starts_at, ends_at, reason)
						VALUES (?, ?, ?, ?, 'travelling')""")
					.params(event.id(), person.personId(), part.startsAt(block).atOffset(ZoneOffset.UTC),
							part.endsAt(block).atOffset(ZoneOffset.UTC))
					.update();
			}
		}
		return event;
	}

	private void closeForTheBlock(Event event, Room room, TimeBlock block, String reason) {
		jdbc.sql("""
				INSERT INTO unavailability (event_id, room_id, starts_at, ends_at, reason)
				VALUES (?, ?, ?, ?, ?)""")
			.params(event.id(), room.id(), block.startsAt().atOffset(ZoneOffset.UTC),
					block.endsAt().atOffset(ZoneOffset.UTC), reason)
			.update();
	}

}
