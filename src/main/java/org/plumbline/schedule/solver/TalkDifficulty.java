package org.plumbline.schedule.solver;

import java.util.Comparator;

/**
 * How hard a talk is to fit, for the construction heuristic, which places the hardest
 * first: a talk needing more slots fits in fewer spots, so it goes before the leftovers
 * are scattered. Among talks of one size the earlier in the problem counts as harder, so
 * the construction keeps the problem's order among equals and stays reproducible.
 */
public class TalkDifficulty implements Comparator<PlannedTalk> {

	private static final Comparator<PlannedTalk> ASCENDING = Comparator.comparingInt(PlannedTalk::slots)
		.thenComparing(talk -> talk.facts().index(), Comparator.reverseOrder());

	@Override
	public int compare(PlannedTalk first, PlannedTalk second) {
		return ASCENDING.compare(first, second);
	}

}
