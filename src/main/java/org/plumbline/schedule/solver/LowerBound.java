package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plumbline.schedule.ConflictLevel;

/**
 * A score no solution of the problem can beat: the penalties every timetable pays,
 * however it is laid out. Each level is minus the sum of these terms, each its
 * constraint's weight times a count that no solution can go below, on the constraint's
 * level (a constraint made hard moves its term to the hard level):
 * <ul>
 * <li><b>Talk preferences, presenter local time and presenters' unavailability</b>, per
 * talk: the least that the talk's block and room penalties (per slot), its presenter's
 * hours and its presenters unavailable then cost it in any spot it may take (its pin, if
 * pinned). Every talk is placed somewhere, and these depend on its own spot alone.</li>
 * <li><b>Track preferences, room unavailability and chairs' and key attendees'
 * unavailability</b>, per track: the cells (block, room) a track's talks sit in each pay
 * its track-block, track-room and room-block penalties once, and each chair and key
 * attendee unavailable there once (as few as the best of its talks' spots in the cell
 * finds unavailable); and a track's cells are distinct. Its pinned cells are paid in
 * full; beyond them it needs at least as many cells as its talks' slots fill blocks of
 * the largest block it may use (rounded up), and at least one for each talk longer than
 * half that block (no two of them fit one cell), and the cheapest of its other possible
 * cells are counted for the rest. This needs talks not to overlap in a room; a solution
 * where they do pays at least one "room double-booked" penalty, hard and unweighted,
 * which is not among the terms here, so it scores below this bound on the hard level
 * whatever its other levels. That is why the hard level counts only one cell (or the
 * pinned ones) per track: its own terms must hold for every solution.</li>
 * <li><b>Room capacity</b>, per track: the session holding its most wanted talk pays at
 * least that talk's interest above the largest room it may take.</li>
 * <li><b>Talk order</b>, per track: of the talks wanting one position only one can have
 * it, and a position beyond the track's number of talks is never had, so every talk
 * wanting a position less the number of distinct positions wanted that exist.</li>
 * </ul>
 * The other constraints (similar tracks and clashes in parallel, a track's rooms and
 * blocks) count nothing here: whether they can be avoided depends on the whole layout.
 */
final class LowerBound {

	private final Map<ScheduleConstraint, Weight> weights;

	private final PenaltyLookup penalties;

	/** The penalties counted so far, per level, indexed by {@link ConflictLevel}. */
	private final long[] unavoidable = new long[ConflictLevel.values().length];

	private LowerBound(SchedulingProblem problem, Timetabling model) {
		this.weights = ModelBuilder.weightsOf(problem);
		this.penalties = model.getPenalties();
	}

	/** The best score any solution of the (valid) problem could reach. */
	static HardMediumSoftScore of(SchedulingProblem problem) {
		ProblemValidator.validate(problem);
		Timetabling model = new ModelBuilder(problem).unsolved();
		LowerBound bound = new LowerBound(problem, model);
		Map<String, List<PlannedTalk>> byTrack = new LinkedHashMap<>();
		for (PlannedTalk talk : model.getTalks()) {
			byTrack.computeIfAbsent(talk.trackId(), track -> new ArrayList<>()).add(talk);
			bound.countCheapestSpot(talk);
		}
		byTrack.values().forEach(bound::countTrack);
		long[] levels = bound.unavoidable;
		return HardMediumSoftScore.of(-levels[ConflictLevel.HARD.ordinal()], -levels[ConflictLevel.MEDIUM.ordinal()],
				-levels[ConflictLevel.SOFT.ordinal()]);
	}

	private void countCheapestSpot(PlannedTalk talk) {
		long[] cheapest = null;
		for (Spot spot : spotsOf(talk)) {
			long[] cost = levels();
			at(talk, spot, () -> {
				add(cost, ScheduleConstraint.TALK_BLOCK, penalties.talkBlock(talk) * talk.slots());
				add(cost, ScheduleConstraint.TALK_ROOM, penalties.talkRoom(talk) * talk.slots());
				add(cost, ScheduleConstraint.PRESENTER_LOCAL_TIME, penalties.presenterTime(talk));
				add(cost, ScheduleConstraint.PERSON_UNAVAILABLE,
						penalties.absences(talk).stream().filter(absence -> !absence.ofWholeSession()).count());
			});
			cheapest = cheapest == null ? cost : leastPerLevel(cheapest, cost);
		}
		if (cheapest != null) {
			addAll(cheapest);
		}
	}

	private void countTrack(List<PlannedTalk> talks) {
		countCells(talks);
		countRoomCapacity(talks);
		add(unavoidable, ScheduleConstraint.TALK_ORDER, unavoidableOrderViolations(talks));
	}

	private void countCells(List<PlannedTalk> talks) {
		Map<Session, long[]> possible = new LinkedHashMap<>();
		Set<Session> pinned = new LinkedHashSet<>();
		for (PlannedTalk talk : talks) {
			for (Spot spot : spotsOf(talk)) {
				at(talk, spot, () -> {
					Session session = talk.session();
					possible.merge(session, cellCost(talk), LowerBound::leastPerLevel);
					if (talk.isPinned()) {
						pinned.add(session);
					}
				});
			}
		}
		if (possible.isEmpty()) {
			return;
		}
		int largestBlock = possible.keySet().stream().mapToInt(session -> session.block().slots()).max().orElseThrow();
		long slots = talks.stream().mapToLong(PlannedTalk::slots).sum();
		long longTalks = talks.stream().filter(talk -> 2 * talk.slots() > largestBlock).count();
		long cellsWithoutOverlaps = Math.max((slots + largestBlock - 1) / largestBlock, longTalks);
		for (ConflictLevel level : ConflictLevel.values()) {
			long cells = Math.max(level == ConflictLevel.HARD ? 1 : cellsWithoutOverlaps, pinned.size());
			long cost = pinned.stream().mapToLong(session -> possible.get(session)[level.ordinal()]).sum();
			cost += possible.entrySet()
				.stream()
				.filter(cell -> !pinned.contains(cell.getKey()))
				.mapToLong(cell -> cell.getValue()[level.ordinal()])
				.sorted()
				.limit(cells - pinned.size())
				.sum();
			unavoidable[level.ordinal()] += cost;
		}
	}

	/**
	 * What the cell of the talk's spot costs at least when the talk is there: the cell's
	 * penalties, and the chairs and key attendees it finds unavailable.
	 */
	private long[] cellCost(PlannedTalk talk) {
		Session session = talk.session();
		List<Absence> absences = penalties.absences(talk).stream().filter(Absence::ofWholeSession).toList();
		long[] cost = levels();
		add(cost, ScheduleConstraint.TRACK_BLOCK, penalties.trackBlock(session));
		add(cost, ScheduleConstraint.TRACK_ROOM, penalties.trackRoom(session));
		add(cost, ScheduleConstraint.ROOM_UNAVAILABLE, penalties.roomBlock(session));
		add(cost, ScheduleConstraint.PERSON_UNAVAILABLE,
				absences.stream().filter(absence -> !absence.keyAttendee()).count());
		add(cost, ScheduleConstraint.KEY_ATTENDEE_UNAVAILABLE, absences.stream().filter(Absence::keyAttendee).count());
		return cost;
	}

	private void countRoomCapacity(List<PlannedTalk> talks) {
		PlannedTalk mostWanted = talks.stream()
			.max((talk, other) -> Long.compare(talk.interest(), other.interest()))
			.orElseThrow();
		long largestRoom = spotsOf(mostWanted).stream().mapToLong(spot -> spot.room().capacity()).max().orElse(0);
		add(unavoidable, ScheduleConstraint.ROOM_CAPACITY, Math.max(0, mostWanted.interest() - largestRoom));
	}

	private static long unavoidableOrderViolations(List<PlannedTalk> talks) {
		List<Integer> wanted = talks.stream()
			.map(talk -> talk.talk().wantedPosition())
			.filter(position -> position != null)
			.toList();
		long positionsThatExist = wanted.stream()
			.distinct()
			.filter(position -> position >= 1 && position <= talks.size())
			.count();
		return wanted.size() - positionsThatExist;
	}

	/** The spots a talk may take: its pin if pinned, else its value range. */
	private static List<Spot> spotsOf(PlannedTalk talk) {
		return talk.isPinned() ? List.of(talk.spot()) : talk.getPossibleSpots();
	}

	/**
	 * Runs {@code reading} with the talk at the spot, then puts it back: the penalty
	 * lookups and sessions read a talk's spot, and this model is the bound's own.
	 */
	private static void at(PlannedTalk talk, Spot spot, Runnable reading) {
		Spot before = talk.spot();
		talk.setSpot(spot);
		reading.run();
		talk.setSpot(before);
	}

	private static long[] levels() {
		return new long[ConflictLevel.values().length];
	}

	private void add(long[] cost, ScheduleConstraint constraint, long count) {
		Weight weight = weights.get(constraint);
		cost[weight.level().ordinal()] += weight.weight() * count;
	}

	private void addAll(long[] cost) {
		for (int level = 0; level < cost.length; level++) {
			unavoidable[level] += cost[level];
		}
	}

	private static long[] leastPerLevel(long[] cost, long[] other) {
		long[] least = Arrays.copyOf(cost, cost.length);
		for (int level = 0; level < least.length; level++) {
			least[level] = Math.min(least[level], other[level]);
		}
		return least;
	}

}
