package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a valid problem into the solver's planning solution: every spot where a talk's
 * slots fit, narrowed to its track's bound cells, and the weights as overrides.
 */
final class ModelBuilder {

	private final SchedulingProblem problem;

	private final Map<String, Track> tracks;

	private final Map<Placement, Spot> spots = new LinkedHashMap<>();

	private final List<Block> blocksInOrder;

	private final Map<String, Integer> trackIndices = new HashMap<>();

	/**
	 * Filled once here, so that solvers running side by side only read it while each
	 * builds its own solution.
	 */
	private final Map<String, Integer> personIndices = new HashMap<>();

	ModelBuilder(SchedulingProblem problem) {
		this.problem = problem;
		this.tracks = problem.tracks().stream().collect(Collectors.toMap(Track::id, Function.identity()));
		this.blocksInOrder = problem.blocks().stream().sorted(Comparator.comparingInt(Block::order)).toList();
		for (int index = 0; index < problem.tracks().size(); index++) {
			trackIndices.put(problem.tracks().get(index).id(), index);
		}
		for (int blockRank = 0; blockRank < blocksInOrder.size(); blockRank++) {
			Block block = blocksInOrder.get(blockRank);
			for (int roomRank = 0; roomRank < problem.rooms().size(); roomRank++) {
				Room room = problem.rooms().get(roomRank);
				for (int slot = 0; slot < block.slots(); slot++) {
					spots.put(new Placement(block.id(), room.id(), slot),
							new Spot(block, room, slot, blockRank, roomRank));
				}
			}
		}
		for (Talk talk : problem.talks()) {
			Track track = tracks.get(talk.track());
			for (List<String> people : List.of(talk.presenters(), talk.attendees(), track.chairs(),
					track.keyAttendees())) {
				people.forEach(person -> personIndices.putIfAbsent(person, personIndices.size()));
			}
		}
	}

	/** The solution to solve: pinned talks at their pins, the others not yet placed. */
	Timetabling unsolved() {
		return timetabling(Map.of(), ScheduleReports.overrides(weightsOf(problem)));
	}

	/**
	 * The solution as given, every talk at its placement, scored with the given weights.
	 */
	Timetabling placed(List<TalkPlacement> placements, ConstraintWeightOverrides<HardMediumSoftScore> weights) {
		Map<String, Placement> byTalk = new HashMap<>();
		placements.forEach(line -> byTalk.put(line.talk(), line.placement()));
		return timetabling(byTalk, weights);
	}

	private Timetabling timetabling(Map<String, Placement> given,
			ConstraintWeightOverrides<HardMediumSoftScore> weights) {
		List<PlannedTalk> talks = new ArrayList<>();
		for (int index = 0; index < problem.talks().size(); index++) {
			Talk talk = problem.talks().get(index);
			Track track = tracks.get(talk.track());
			Placement placement = talk.pinned() != null ? talk.pinned() : given.get(talk.id());
			talks.add(new PlannedTalk(talk, track, facts(index, talk, track), possibleSpots(talk, track),
					placement == null ? null : spots.get(placement), talk.pinned() != null));
		}
		return new Timetabling(talks, new PenaltyLookup(problem.penalties(), blocksInOrder, problem.rooms(),
				problem.tracks(), problem.talks(), personIndices), weights);
	}

	private TalkFacts facts(int index, Talk talk, Track track) {
		return new TalkFacts(index, trackIndices.get(track.id()), people(talk.presenters()), people(talk.attendees()),
				people(track.chairs()), people(track.keyAttendees()));
	}

	/** The people's indices, each person once. */
	private int[] people(List<String> people) {
		return people.stream().distinct().mapToInt(personIndices::get).toArray();
	}

	private List<Spot> possibleSpots(Talk talk, Track track) {
		return spots.values().stream().filter(spot -> fits(talk, track, spot)).toList();
	}

	/**
	 * Whether the talk may take the spot: its slots fit in the block, and the cell is one
	 * of its track's bound cells if it has any.
	 */
	static boolean fits(Talk talk, Track track, Spot spot) {
		return spot.firstSlot() + talk.slots() <= spot.block().slots()
				&& (track.boundCells().isEmpty() || track.boundCells().contains(spot.placement().cell()));
	}

	static Map<ScheduleConstraint, Weight> weightsOf(SchedulingProblem problem) {
		Map<ScheduleConstraint, Weight> weights = new EnumMap<>(ScheduleConstraint.class);
		for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
			weights.put(constraint, problem.weightOf(constraint));
		}
		return weights;
	}

}
