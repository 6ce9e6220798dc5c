package org.plumbline.schedule.solver;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Random moves that carry the contents of cells to other cells, keeping each talk's slot:
 * the spots of the problem by block, room and slot, and the check that every talk moved
 * may take its new spot and is not pinned. The local search picks these moves at random
 * only, so there is no ordered enumeration of them.
 */
abstract class CellMoveFactory implements MoveIteratorFactory<Timetabling, CellContentMove> {

	/** Tries for a doable move before offering one that changes nothing. */
	private static final int ATTEMPTS = 20;

	private Spot[][][] spots;

	private PlanningVariableMetaModel<Timetabling, PlannedTalk, Spot> spotVariable;

	@Override
	public void phaseStarted(ScoreDirector<Timetabling> scoreDirector) {
		index(scoreDirector.getWorkingSolution().getTalks(),
				((InnerScoreDirector<Timetabling, ?>) scoreDirector).getSolutionDescriptor()
					.getMetaModel()
					.genuineEntity(PlannedTalk.class)
					.basicVariable("spot", Spot.class));
	}

	/** Indexes the spots the talks may take, by block rank, room rank and slot. */
	void index(List<PlannedTalk> talks, PlanningVariableMetaModel<Timetabling, PlannedTalk, Spot> spotVariable) {
		int blocks = 0;
		int rooms = 0;
		int slots = 0;
		for (PlannedTalk talk : talks) {
			for (Spot spot : talk.getPossibleSpots()) {
				blocks = Math.max(blocks, spot.blockRank() + 1);
				rooms = Math.max(rooms, spot.roomRank() + 1);
				slots = Math.max(slots, spot.firstSlot() + 1);
			}
		}
		spots = new Spot[blocks][rooms][slots];
		for (PlannedTalk talk : talks) {
			for (Spot spot : talk.getPossibleSpots()) {
				spots[spot.blockRank()][spot.roomRank()][spot.firstSlot()] = spot;
			}
		}
		this.spotVariable = spotVariable;
	}

	@Override
	public long getSize(ScoreDirector<Timetabling> scoreDirector) {
		return scoreDirector.getWorkingSolution().getTalks().size();
	}

	@Override
	public Iterator<CellContentMove> createOriginalMoveIterator(ScoreDirector<Timetabling> scoreDirector) {
		throw new UnsupportedOperationException("cell moves are selected at random only");
	}

	@Override
	public Iterator<CellContentMove> createRandomMoveIterator(ScoreDirector<Timetabling> scoreDirector,
			RandomGenerator random) {
		List<PlannedTalk> talks = scoreDirector.getWorkingSolution().getTalks();
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public CellContentMove next() {
				for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
					Optional<CellContentMove> move = tryMove(talks, random);
					if (move.isPresent()) {
						return move.get();
					}
				}
				return new CellContentMove(spotVariable, List.of(), List.of(), kind());
			}

		};
	}

	/** A random move of this kind, or empty when the one drawn cannot be done. */
	abstract Optional<CellContentMove> tryMove(List<PlannedTalk> talks, RandomGenerator random);

	abstract String kind();

	int blockCount() {
		return spots.length;
	}

	int roomCount() {
		return spots[0].length;
	}

	/**
	 * Each talk taken to the same slot of another cell, or empty if any is pinned or may
	 * not take its new spot.
	 */
	Optional<CellContentMove> carry(List<PlannedTalk> moving, List<int[]> toCells) {
		List<Spot> targets = new ArrayList<>(moving.size());
		for (int index = 0; index < moving.size(); index++) {
			PlannedTalk talk = moving.get(index);
			int[] cell = toCells.get(index);
			Spot[] slots = spots[cell[0]][cell[1]];
			Spot target = talk.spot().firstSlot() < slots.length ? slots[talk.spot().firstSlot()] : null;
			if (talk.isPinned() || target == null || !ModelBuilder.fits(talk.talk(), talk.track(), target)) {
				return Optional.empty();
			}
			targets.add(target);
		}
		return moving.isEmpty() ? Optional.empty()
				: Optional.of(new CellContentMove(spotVariable, List.copyOf(moving), targets, kind()));
	}

}
