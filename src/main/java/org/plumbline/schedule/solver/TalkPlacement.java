package org.plumbline.schedule.solver;

/** One line of a solution: the talk and its placement, by ids. */
public record TalkPlacement(String talk, String block, String room, int firstSlot) {

	Placement placement() {
		return new Placement(block, room, firstSlot);
	}

}
