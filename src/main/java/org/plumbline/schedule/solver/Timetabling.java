package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/** The solver's planning solution: the talks, the penalty lookups and the weights. */
@PlanningSolution
public class Timetabling {

	@PlanningEntityCollectionProperty
	private List<PlannedTalk> talks;

	@ProblemFactProperty
	private PenaltyLookup penalties;

	private ConstraintWeightOverrides<HardMediumSoftScore> weights;

	@PlanningScore
	private HardMediumSoftScore score;

	/** For Timefold's solution cloner. */
	public Timetabling() {
	}

	Timetabling(List<PlannedTalk> talks, PenaltyLookup penalties,
			ConstraintWeightOverrides<HardMediumSoftScore> weights) {
		this.talks = talks;
		this.penalties = penalties;
		this.weights = weights;
	}

	// Timefold 2.x reads, writes and clones the solution through public getters and
	// setters.

	public List<PlannedTalk> getTalks() {
		return talks;
	}

	public void setTalks(List<PlannedTalk> talks) {
		this.talks = talks;
	}

	public PenaltyLookup getPenalties() {
		return penalties;
	}

	public void setPenalties(PenaltyLookup penalties) {
		this.penalties = penalties;
	}

	public ConstraintWeightOverrides<HardMediumSoftScore> getWeights() {
		return weights;
	}

	public void setWeights(ConstraintWeightOverrides<HardMediumSoftScore> weights) {
		this.weights = weights;
	}

	public HardMediumSoftScore getScore() {
		return score;
	}

	public void setScore(HardMediumSoftScore score) {
		this.score = score;
	}

}
