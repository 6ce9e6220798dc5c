package org.plumbline.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.schedule.solver.Fixtures.at;
import static org.plumbline.schedule.solver.Fixtures.block;
import static org.plumbline.schedule.solver.Fixtures.interesting;
import static org.plumbline.schedule.solver.Fixtures.penalty;
import static org.plumbline.schedule.solver.Fixtures.problem;
import static org.plumbline.schedule.solver.Fixtures.room;
import static org.plumbline.schedule.solver.Fixtures.roomBlocks;
import static org.plumbline.schedule.solver.Fixtures.talk;
import static org.plumbline.schedule.solver.Fixtures.track;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.plumbline.schedule.ConflictChecker;
import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.EventDays;
import org.plumbline.schedule.NeededPerson;
import org.plumbline.schedule.PlacedRoom;
import org.plumbline.schedule.PlacedSession;
import org.plumbline.schedule.SessionRole;
import org.plumbline.schedule.Unavailability;

/**
 * A solution's conflicts counted the timetable checker's way (one per person and pair of
 * overlapping talks, and so on), against counts worked out by hand, and against the
 * checker itself on generated problems with people declared unavailable (issue 12, points
 * 5 and 7).
 */
class ConflictCountsTest {

	private static final List<Room> TWO_ROOMS = List.of(room("r1"), room("r2"));

	private static final List<Room> THREE_ROOMS = List.of(room("r1"), room("r2"), room("r3"));

	@Test
	void aChairWhoIsAKeyAttendeeOfAParallelTalkIsOneMediumConflict() {
		// carol chairs A (hard there) and is a key attendee of B (medium there): the
		// clash takes the lower level -> 1 medium, 0 hard
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), TWO_ROOMS,
				List.of(track("A", List.of("carol"), List.of()), track("B", List.of(), List.of("carol"))),
				List.of(talk("a1", "A", 1), talk("b1", "B", 1)));

		ConflictCounts counts = ConflictCounts.of(problem, List.of(at("a1", "b1", "r1", 0), at("b1", "b1", "r2", 0)));

		assertThat(counts).isEqualTo(new ConflictCounts(0, 1, 0, 0, 0, 0, 0));
	}

	@Test
	void theSamePresenterInTwoOverlappingTalksOfDifferentRoomsIsOneHardConflict() {
		// alice presents a1 (r1, slots 0-1), b1 (r2, slot 1), b2 (r2, slot 2) and c1 in
		// the next block: only (a1, b1) share a slot -> 1 hard
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3), block("b2", 2, 1)), TWO_ROOMS,
				List.of(track("A"), track("B"), track("C")),
				List.of(talk("a1", "A", 2, List.of("alice"), List.of()),
						talk("b1", "B", 1, List.of("alice"), List.of()),
						talk("b2", "B", 1, List.of("alice"), List.of()),
						talk("c1", "C", 1, List.of("alice"), List.of())));

		ConflictCounts counts = ConflictCounts.of(problem, List.of(at("a1", "b1", "r1", 0), at("b1", "b1", "r2", 1),
				at("b2", "b1", "r2", 2), at("c1", "b2", "r1", 0)));

		assertThat(counts).isEqualTo(new ConflictCounts(1, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void aPersonNeededInSeveralRolesInTheSamePairCountsOnceAtTheGraverRole() {
		// kim chairs A and presents a1; in parallel kim presents b1 and is a key attendee
		// of B: hard in both -> 1 hard, no medium
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), TWO_ROOMS,
				List.of(track("A", List.of("kim"), List.of()), track("B", List.of(), List.of("kim"))),
				List.of(talk("a1", "A", 1, List.of("kim"), List.of()), talk("b1", "B", 1, List.of("kim"), List.of())));

		ConflictCounts counts = ConflictCounts.of(problem, List.of(at("a1", "b1", "r1", 0), at("b1", "b1", "r2", 0)));

		assertThat(counts).isEqualTo(new ConflictCounts(1, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void threeOverlappingTalksSharingOnePersonCountThreePairs() {
		// alice presents x, y and z in three rooms at once: (x,y), (x,z), (y,z) -> 3 hard
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), THREE_ROOMS, List.of(track("A")),
				List.of(talk("x", "A", 1, List.of("alice"), List.of()), talk("y", "A", 1, List.of("alice"), List.of()),
						talk("z", "A", 1, List.of("alice"), List.of())));

		ConflictCounts counts = ConflictCounts.of(problem,
				List.of(at("x", "b1", "r1", 0), at("y", "b1", "r2", 0), at("z", "b1", "r3", 0)));

		assertThat(counts).isEqualTo(new ConflictCounts(3, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void attendeesAreNotNeededSoTheyMakeNoConflict() {
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), TWO_ROOMS, List.of(track("A"), track("B")), List
			.of(talk("a1", "A", 1, List.of(), List.of("dave")), talk("b1", "B", 1, List.of(), List.of("dave"))));

		ConflictCounts counts = ConflictCounts.of(problem, List.of(at("a1", "b1", "r1", 0), at("b1", "b1", "r2", 0)));

		assertThat(counts).isEqualTo(new ConflictCounts(0, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void aRoomIsUsedTwiceOncePerPairOfOverlappingTalksWhateverTheirTracks() {
		// r1: a1 (A, slots 0-1), a2 (A, slot 1), b1 (B, slots 1-2) all share slot 1 ->
		// (a1,a2), (a1,b1), (a2,b1) = 3; c1 in r2 at slot 1 is another room -> 0
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3)), TWO_ROOMS,
				List.of(track("A"), track("B"), track("C")),
				List.of(talk("a1", "A", 2), talk("a2", "A", 1), talk("b1", "B", 2), talk("c1", "C", 1)));

		ConflictCounts counts = ConflictCounts.of(problem, List.of(at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1),
				at("b1", "b1", "r1", 1), at("c1", "b1", "r2", 1)));

		assertThat(counts).isEqualTo(new ConflictCounts(0, 0, 3, 0, 0, 0, 0));
	}

	@Test
	void eachTalkInARoomDuringItsUnavailabilityIsOneConflict() {
		// r2 unavailable in b1 (penalty 1) holds two talks -> 2; r1 in b2 has penalty 0,
		// which is no unavailability; r2 in b2 is available
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 1)), TWO_ROOMS,
				List.of(track("A"), track("B")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("b1", "B", 1), talk("b2", "B", 1)),
				roomBlocks(penalty("r2", "b1", 1), penalty("r1", "b2", 0)));

		ConflictCounts counts = ConflictCounts.of(problem, List.of(at("a1", "b1", "r2", 0), at("a2", "b1", "r2", 1),
				at("b1", "b2", "r1", 0), at("b2", "b2", "r2", 0)));

		assertThat(counts).isEqualTo(new ConflictCounts(0, 0, 0, 2, 0, 0, 0));
	}

	@Test
	void eachTalkNeedingAPersonWhileUnavailableIsOneConflictAtTheirGravestRoleThere() {
		// b1 of 2 slots. r1 holds A (chaired by carol, key attendee kim): a1 (kim
		// presents, slot 0), a2 (slot 1); r2 holds B (key attendee lee): b1 (dave, slots
		// 0-1). carol is unavailable in slot 1, kim all of b1, lee in slot 0, dave in b2
		// only. a1: kim presents, hard; a2: carol hard, kim medium; b1: lee medium -> 2
		// hard, 2 medium
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 1)), TWO_ROOMS,
				List.of(track("A", List.of("carol"), List.of("kim")), track("B", List.of(), List.of("lee"))),
				List.of(talk("a1", "A", 1, List.of("kim"), List.of()), talk("a2", "A", 1),
						talk("b1", "B", 2, List.of("dave"), List.of())),
				Fixtures.personBlocks(new PersonBlock("carol", "b1", List.of(1)), new PersonBlock("kim", "b1"),
						new PersonBlock("lee", "b1", List.of(0)), new PersonBlock("dave", "b2")));

		ConflictCounts counts = ConflictCounts.of(problem,
				List.of(at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1), at("b1", "b1", "r2", 0)));

		assertThat(counts).isEqualTo(new ConflictCounts(0, 0, 0, 0, 2, 2, 0));
		assertThat(byKind(counts)).containsEntry(ConflictKind.UNAVAILABLE, 2L)
			.containsEntry(ConflictKind.KEY_ATTENDEE_UNAVAILABLE, 2L);
	}

	@Test
	void eachTalkWithMoreInterestThanSeatsIsOneRoomTooSmall() {
		// "small" seats 20: 21 interested is too many, 20 fit; r1 seats 100: 150 is too
		// many -> 2
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2)), List.of(room("r1"), new Room("small", 20)),
				List.of(track("A"), track("B")), List.of(interesting("a1", "A", 21), interesting("a2", "A", 20),
						interesting("b1", "B", 150), interesting("b2", "B", 100)));

		ConflictCounts counts = ConflictCounts.of(problem, List.of(at("a1", "b1", "small", 0),
				at("a2", "b1", "small", 1), at("b1", "b1", "r1", 0), at("b2", "b1", "r1", 1)));

		assertThat(counts).isEqualTo(new ConflictCounts(0, 0, 0, 0, 0, 0, 2));
	}

	@Test
	void theReportCarriesTheConflictCounts() {
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), TWO_ROOMS,
				List.of(track("A", List.of("carol"), List.of()), track("B", List.of(), List.of("carol"))),
				List.of(talk("a1", "A", 1), talk("b1", "B", 1)));

		ScheduleReport report = ScheduleSolver.report(problem,
				List.of(at("a1", "b1", "r1", 0), at("b1", "b1", "r2", 0)));

		assertThat(report.conflicts()).isEqualTo(new ConflictCounts(0, 1, 0, 0, 0, 0, 0));
	}

	@Test
	void theCountsEqualTheTimetableCheckersOnGeneratedProblemsWithTalksScatteredAtRandom() {
		for (ProblemGenerator.Preset preset : List.of(ProblemGenerator.Preset.SMALL, ProblemGenerator.Preset.MEDIUM)) {
			SchedulingProblem problem = withPeopleUnavailable(ProblemGenerator.generate(preset, 3), 7);
			List<TalkPlacement> placements = scattered(problem, 5);

			Map<ConflictKind, Long> counted = byKind(ConflictCounts.of(problem, placements));

			assertThat(counted).as(preset.name()).isEqualTo(checkerCounts(problem, placements));
			assertThat(counted.values()).as(preset.name() + " has conflicts of every kind")
				.allMatch(count -> count > 0);
		}
	}

	/**
	 * The problem with a third as many people unavailable as it has talks, each a
	 * presenter, chair or key attendee (each role as likely) some talk needs, for a whole
	 * block or a run of its slots.
	 */
	private static SchedulingProblem withPeopleUnavailable(SchedulingProblem problem, long seed) {
		Random random = new Random(seed);
		Map<String, Track> tracks = byId(problem.tracks(), Track::id);
		Map<List<String>, PersonBlock> entries = new LinkedHashMap<>();
		for (int i = 0; i < problem.talks().size() / 3; i++) {
			Talk talk = problem.talks().get(random.nextInt(problem.talks().size()));
			Track track = tracks.get(talk.track());
			List<String> role = List.of(talk.presenters(), track.chairs(), track.keyAttendees()).get(random.nextInt(3));
			if (role.isEmpty()) {
				continue;
			}
			String person = role.get(random.nextInt(role.size()));
			Block block = problem.blocks().get(random.nextInt(problem.blocks().size()));
			int first = random.nextInt(block.slots());
			List<Integer> slots = random.nextBoolean() ? List.of()
					: IntStream.rangeClosed(first, first + random.nextInt(block.slots() - first)).boxed().toList();
			entries.putIfAbsent(List.of(person, block.id()), new PersonBlock(person, block.id(), slots));
		}
		PenaltyTables tables = problem.penalties();
		return new SchedulingProblem(problem.blocks(), problem.rooms(), problem.tracks(), problem.talks(),
				new PenaltyTables(tables.trackBlocks(), tables.trackRooms(), tables.roomBlocks(),
						List.copyOf(entries.values()), tables.talkBlocks(), tables.talkRooms(), tables.similarities(),
						tables.outsideSuitableHours(), tables.outsideAcceptableHours()),
				problem.weights());
	}

	/** Every talk at a random spot where its slots fit, rooms shared freely. */
	private static List<TalkPlacement> scattered(SchedulingProblem problem, long seed) {
		Random random = new Random(seed);
		List<TalkPlacement> placements = new ArrayList<>();
		for (Talk talk : problem.talks()) {
			Block block = problem.blocks().get(random.nextInt(problem.blocks().size()));
			Room room = problem.rooms().get(random.nextInt(problem.rooms().size()));
			placements.add(at(talk.id(), block.id(), room.id(), random.nextInt(block.slots() - talk.slots() + 1)));
		}
		return placements;
	}

	/**
	 * The timetable's checker on the same timetable: each talk a session of its own, for
	 * its slots' time, needing its presenters as speakers, its track's chairs as leads
	 * and its key attendees; each room's {@code roomBlocks} penalty an unavailability for
	 * the block, and each {@code personBlocks} entry one for the block or its run of
	 * slots.
	 */
	private static Map<ConflictKind, Long> checkerCounts(SchedulingProblem problem, List<TalkPlacement> placements) {
		Map<String, Block> blocks = byId(problem.blocks(), Block::id);
		Map<String, Track> tracks = byId(problem.tracks(), Track::id);
		Map<String, Talk> talks = byId(problem.talks(), Talk::id);
		Map<String, PlacedRoom> rooms = new HashMap<>();
		for (int index = 0; index < problem.rooms().size(); index++) {
			Room room = problem.rooms().get(index);
			rooms.put(room.id(), new PlacedRoom(index, room.id(), index, Math.toIntExact(room.capacity())));
		}
		Map<String, Long> personIds = new HashMap<>();
		List<PlacedSession> sessions = new ArrayList<>();
		for (TalkPlacement placement : placements) {
			Talk talk = talks.get(placement.talk());
			Track track = tracks.get(talk.track());
			Block block = blocks.get(placement.block());
			List<NeededPerson> people = new ArrayList<>();
			talk.presenters().forEach(person -> people.add(needed(personIds, person, SessionRole.SPEAKER)));
			track.chairs().forEach(person -> people.add(needed(personIds, person, SessionRole.LEAD)));
			track.keyAttendees().forEach(person -> people.add(needed(personIds, person, SessionRole.KEY_ATTENDEE)));
			sessions.add(PlacedSession
				.mcSession(talk.id(), talk.id(), rooms.get(placement.room()), slotStart(block, placement.firstSlot()),
						slotStart(block, placement.firstSlot() + talk.slots()), people)
				.withInterest(Math.toIntExact(talk.interest())));
		}
		List<Unavailability> unavailable = new ArrayList<>(problem.penalties()
			.roomBlocks()
			.stream()
			.filter(entry -> entry.penalty() > 0)
			.map(entry -> Unavailability.ofRoom(rooms.get(entry.subject()).id(), entry.subject(),
					blocks.get(entry.target()).start(), blocks.get(entry.target()).end(), null))
			.toList());
		for (PersonBlock entry : problem.penalties().personBlocks()) {
			Block block = blocks.get(entry.block());
			long personId = personIds.get(entry.person());
			unavailable.add(entry.slots().isEmpty()
					? Unavailability.ofPerson(personId, entry.person(), block.start(), block.end(), null)
					: Unavailability.ofPerson(personId, entry.person(), slotStart(block, entry.slots().getFirst()),
							slotStart(block, entry.slots().getLast() + 1), null));
		}
		EventDays days = new EventDays(problem.blocks().stream().map(Block::date).min(Comparator.naturalOrder()).get(),
				problem.blocks().stream().map(Block::date).max(Comparator.naturalOrder()).get(), ZoneOffset.UTC);
		Map<ConflictKind, Long> counts = new EnumMap<>(ConflictKind.class);
		List.of(ConflictKind.PERSON_IN_TWO_PLACES, ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES,
				ConflictKind.ROOM_USED_TWICE, ConflictKind.UNAVAILABLE, ConflictKind.KEY_ATTENDEE_UNAVAILABLE,
				ConflictKind.ROOM_TOO_SMALL)
			.forEach(kind -> counts.put(kind, 0L));
		ConflictChecker.check(days, sessions, unavailable)
			.forEach(conflict -> counts.merge(ConflictKind.of(conflict), 1L, Long::sum));
		return counts;
	}

	private static Instant slotStart(Block block, int slot) {
		return block.start().plusSeconds(60L * block.slotMinutes() * slot);
	}

	private static NeededPerson needed(Map<String, Long> personIds, String person, SessionRole role) {
		return new NeededPerson(personIds.computeIfAbsent(person, key -> (long) personIds.size()), person, role);
	}

	private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

	/**
	 * The counts under the checker's kinds, in its order, for comparing with the
	 * timetable's conflicts ({@link ConflictKind#of}): its one kind of unavailability
	 * holds rooms and people alike. The kind an instance cannot hold (outside the event)
	 * is left out.
	 */
	private static Map<ConflictKind, Long> byKind(ConflictCounts counted) {
		Map<ConflictKind, Long> counts = new EnumMap<>(ConflictKind.class);
		counts.put(ConflictKind.PERSON_IN_TWO_PLACES, counted.personInTwoPlaces());
		counts.put(ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES, counted.keyAttendeeInTwoPlaces());
		counts.put(ConflictKind.ROOM_USED_TWICE, counted.roomUsedTwice());
		counts.put(ConflictKind.UNAVAILABLE, counted.roomUnavailable() + counted.personUnavailable());
		counts.put(ConflictKind.KEY_ATTENDEE_UNAVAILABLE, counted.keyAttendeeUnavailable());
		counts.put(ConflictKind.ROOM_TOO_SMALL, counted.roomTooSmall());
		return counts;
	}

}
