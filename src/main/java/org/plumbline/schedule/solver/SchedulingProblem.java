package org.plumbline.schedule.solver;

import java.util.List;
import java.util.Map;

/**
 * Everything the solver needs, and nothing it does not: blocks, rooms, tracks, talks, the
 * penalty tables and the weight of each constraint (a constraint missing from
 * {@code weights} keeps its default, {@link ScheduleConstraint#defaultWeight()}). An
 * instance file maps onto these records one to one.
 */
public record SchedulingProblem(List<Block> blocks, List<Room> rooms, List<Track> tracks, List<Talk> talks,
		PenaltyTables penalties, Map<ScheduleConstraint, Weight> weights) {

	public SchedulingProblem {
		blocks = Track.listOrEmpty(blocks);
		rooms = Track.listOrEmpty(rooms);
		tracks = Track.listOrEmpty(tracks);
		talks = Track.listOrEmpty(talks);
		penalties = penalties == null ? PenaltyTables.NONE : penalties;
		weights = weights == null ? Map.of() : Map.copyOf(weights);
	}

	Weight weightOf(ScheduleConstraint constraint) {
		return weights.getOrDefault(constraint, constraint.defaultWeight());
	}

}
