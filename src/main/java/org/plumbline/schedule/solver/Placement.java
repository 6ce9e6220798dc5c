package org.plumbline.schedule.solver;

/**
 * Where a talk sits: a block, a room, and the first of the consecutive slots it fills.
 */
public record Placement(String block, String room, int firstSlot) {

	Cell cell() {
		return new Cell(block, room);
	}

}
