package org.plumbline.schedule.solver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Refuses a problem, or a solution to score, that the solver cannot take, before any
 * solving, with one message naming the item at fault.
 */
final class ProblemValidator {

	private final SchedulingProblem problem;

	private final Map<String, Block> blocks;

	private final Map<String, Room> rooms;

	private final Map<String, Track> tracks;

	private final Map<String, Talk> talks;

	private ProblemValidator(SchedulingProblem problem) {
		this.problem = problem;
		this.blocks = byId("block", problem.blocks(), Block::id);
		this.rooms = byId("room", problem.rooms(), Room::id);
		this.tracks = byId("track", problem.tracks(), Track::id);
		this.talks = byId("talk", problem.talks(), Talk::id);
	}

	static void validate(SchedulingProblem problem) {
		ProblemValidator validator = new ProblemValidator(problem);
		validator.checkBlocksAndRooms();
		validator.checkTracks();
		validator.checkTalks();
		validator.checkRoomForAllTalks();
		new PenaltyTableValidator(validator.blocks, validator.rooms.keySet(), validator.tracks.keySet(),
				validator.talks.keySet(), validator.people())
			.check(problem.penalties());
		validator.checkWeights();
	}

	/**
	 * Checks the problem, then that the placements place every talk once where it fits.
	 */
	static void validate(SchedulingProblem problem, List<TalkPlacement> placements) {
		validate(problem);
		ProblemValidator validator = new ProblemValidator(problem);
		Set<String> placed = new HashSet<>();
		for (TalkPlacement line : placements) {
			Talk talk = validator.talks.get(line.talk());
			if (talk == null) {
				throw new InvalidProblemException("the solution places unknown talk " + line.talk());
			}
			if (!placed.add(talk.id())) {
				throw new InvalidProblemException("the solution places talk " + talk.id() + " twice");
			}
			validator.checkPlacement(talk, line.placement(), "placed");
			if (talk.pinned() != null && !talk.pinned().equals(line.placement())) {
				throw new InvalidProblemException("talk " + talk.id() + " is pinned to " + describe(talk.pinned())
						+ " but the solution places it at " + describe(line.placement()));
			}
		}
		problem.talks().stream().filter(talk -> !placed.contains(talk.id())).findFirst().ifPresent(talk -> {
			throw new InvalidProblemException("the solution does not place talk " + talk.id());
		});
	}

	private void checkBlocksAndRooms() {
		Map<Integer, Block> byOrder = new HashMap<>();
		for (Block block : problem.blocks()) {
			Block sameOrder = byOrder.put(block.order(), block);
			if (sameOrder != null) {
				throw new InvalidProblemException(
						"blocks " + sameOrder.id() + " and " + block.id() + " share order " + block.order());
			}
			if (block.date() == null || block.start() == null || block.end() == null) {
				throw new InvalidProblemException("block " + block.id() + " needs a date, a start and an end");
			}
			if (block.slots() < 1 || block.slotMinutes() < 1) {
				throw new InvalidProblemException(
						"block " + block.id() + " needs at least one slot of at least a minute");
			}
			if (!block.end().isAfter(block.start())
					|| (long) block.slots() * block.slotMinutes() > block.length().toMinutes()) {
				throw new InvalidProblemException("block " + block.id() + " is shorter than its " + block.slots()
						+ " slots of " + block.slotMinutes() + " minutes");
			}
		}
		for (Room room : problem.rooms()) {
			if (room.capacity() < 0) {
				throw new InvalidProblemException("room " + room.id() + " has a negative capacity");
			}
		}
	}

	private void checkTracks() {
		for (Track track : problem.tracks()) {
			for (Cell cell : track.boundCells()) {
				checkCell(cell, "track " + track.id());
			}
		}
	}

	private void checkTalks() {
		if (problem.talks().isEmpty()) {
			throw new InvalidProblemException("the problem has no talks to place");
		}
		int longestBlock = problem.blocks().stream().mapToInt(Block::slots).max().orElse(0);
		for (Talk talk : problem.talks()) {
			Track track = tracks.get(talk.track());
			if (track == null) {
				throw new InvalidProblemException("talk " + talk.id() + " names unknown track " + talk.track());
			}
			if (talk.slots() < 1) {
				throw new InvalidProblemException("talk " + talk.id() + " needs at least one slot");
			}
			if (talk.slots() > longestBlock) {
				throw new InvalidProblemException("talk " + talk.id() + " needs " + talk.slots()
						+ " slots, longer than every block (the longest holds " + longestBlock + ")");
			}
			if (talk.interest() < 0) {
				throw new InvalidProblemException("talk " + talk.id() + " has a negative interest count");
			}
			if (talk.wantedPosition() != null && talk.wantedPosition() < 1) {
				throw new InvalidProblemException(
						"talk " + talk.id() + " wants position " + talk.wantedPosition() + "; positions start at 1");
			}
			checkPresenterHours(talk);
			if (talk.pinned() != null) {
				checkPlacement(talk, talk.pinned(), "pinned");
			}
			else if (!track.boundCells().isEmpty() && track.boundCells()
				.stream()
				.noneMatch(cell -> blocks.get(cell.block()).slots() >= talk.slots())) {
				throw new InvalidProblemException("talk " + talk.id() + " needs " + talk.slots()
						+ " slots, longer than every block its track " + track.id() + " is bound to");
			}
		}
	}

	private void checkPresenterHours(Talk talk) {
		PresenterHours hours = talk.presenterHours();
		if (hours != null && (hours.zone() == null || hours.suitable() == null || hours.acceptable() == null
				|| hours.suitable().from() == null || hours.suitable().to() == null || hours.acceptable().from() == null
				|| hours.acceptable().to() == null)) {
			throw new InvalidProblemException(
					"talk " + talk.id() + " needs a time zone and both suitable and acceptable hours");
		}
	}

	private void checkPlacement(Talk talk, Placement placement, String how) {
		String item = "talk " + talk.id();
		checkCell(placement.cell(), item);
		Block block = blocks.get(placement.block());
		if (placement.firstSlot() < 0 || placement.firstSlot() + talk.slots() > block.slots()) {
			throw new InvalidProblemException(item + " is " + how + " at " + describe(placement) + " but its "
					+ talk.slots() + " slots do not fit in block " + block.id());
		}
		Track track = tracks.get(talk.track());
		if (!track.boundCells().isEmpty() && !track.boundCells().contains(placement.cell())) {
			throw new InvalidProblemException(item + " is " + how + " at " + describe(placement)
					+ ", outside the cells its track " + track.id() + " is bound to");
		}
	}

	private void checkCell(Cell cell, String item) {
		if (!blocks.containsKey(cell.block())) {
			throw new InvalidProblemException(item + " names unknown block " + cell.block());
		}
		if (!rooms.containsKey(cell.room())) {
			throw new InvalidProblemException(item + " names unknown room " + cell.room());
		}
	}

	private void checkRoomForAllTalks() {
		long available = (long) problem.rooms().size() * problem.blocks().stream().mapToLong(Block::slots).sum();
		long needed = problem.talks().stream().mapToLong(Talk::slots).sum();
		if (needed > available) {
			throw new InvalidProblemException(
					"the talks need " + needed + " slots but the blocks and rooms hold " + available);
		}
		for (Track track : problem.tracks()) {
			if (track.boundCells().isEmpty()) {
				continue;
			}
			long bound = track.boundCells()
				.stream()
				.distinct()
				.mapToLong(cell -> blocks.get(cell.block()).slots())
				.sum();
			long trackNeeds = problem.talks()
				.stream()
				.filter(talk -> talk.track().equals(track.id()))
				.mapToLong(Talk::slots)
				.sum();
			if (trackNeeds > bound) {
				throw new InvalidProblemException("track " + track.id() + " needs " + trackNeeds
						+ " slots but the cells it is bound to hold " + bound);
			}
		}
	}

	/** Everyone the talks and tracks name, in any role. */
	private Set<String> people() {
		Set<String> people = new HashSet<>();
		for (Talk talk : problem.talks()) {
			people.addAll(talk.presenters());
			people.addAll(talk.attendees());
		}
		for (Track track : problem.tracks()) {
			people.addAll(track.chairs());
			people.addAll(track.keyAttendees());
		}
		return people;
	}

	private void checkWeights() {
		problem.weights().forEach((constraint, weight) -> {
			if (constraint == null || weight == null || weight.level() == null) {
				throw new InvalidProblemException("every weight needs a constraint, a level and a value");
			}
			if (!constraint.weighable()) {
				throw new InvalidProblemException("constraint " + constraint.title() + " cannot be weighted");
			}
			if (weight.weight() < 0) {
				throw new InvalidProblemException(
						"constraint " + constraint.title() + " has a negative weight (" + weight.weight() + ")");
			}
		});
	}

	private static <T> Map<String, T> byId(String kind, List<T> items, Function<T, String> id) {
		Map<String, T> byId = new HashMap<>();
		for (T item : items) {
			String key = id.apply(item);
			if (key == null || key.isBlank()) {
				throw new InvalidProblemException("a " + kind + " has no id");
			}
			if (byId.put(key, item) != null) {
				throw new InvalidProblemException(kind + " " + key + " is listed twice");
			}
		}
		return byId;
	}

	private static String describe(Placement placement) {
		return placement.block() + "/" + placement.room() + "/" + placement.firstSlot();
	}

}
