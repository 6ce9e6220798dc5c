package org.plumbline.schedule.solver;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

/**
 * Moves several talks at once, each to its own spot: the contents of one cell or block
 * exchanged with another's, which single talk moves reach only through many worse steps.
 */
record CellContentMove(PlanningVariableMetaModel<Timetabling, PlannedTalk, Spot> spotVariable, List<PlannedTalk> talks,
		List<Spot> targets, String kind) implements Move<Timetabling> {

	@Override
	public void execute(MutableSolutionView<Timetabling> view) {
		for (int index = 0; index < talks.size(); index++) {
			view.changeVariable(spotVariable, talks.get(index), targets.get(index));
		}
	}

	@Override
	public SequencedCollection<Object> getPlanningEntities() {
		return new ArrayList<>(talks);
	}

	@Override
	public SequencedCollection<Object> getPlanningValues() {
		return new ArrayList<>(targets);
	}

	@Override
	public String describe() {
		return kind;
	}

	@Override
	public String toString() {
		return kind + " " + talks + " -> " + targets;
	}

}
