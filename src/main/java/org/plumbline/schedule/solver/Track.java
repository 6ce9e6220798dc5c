package org.plumbline.schedule.solver;

import java.util.List;

/**
 * A microconference or plain track: its chairs (leads, needed for its whole block), its
 * key attendees, and, when it is bound to given sessions (an MC's), the cells its talks
 * must stay in; an empty {@code boundCells} lets the solver choose. Person ids are free
 * text that only has to be the same wherever one person appears.
 */
public record Track(String id, List<String> chairs, List<String> keyAttendees, List<Cell> boundCells) {

	public Track {
		chairs = listOrEmpty(chairs);
		keyAttendees = listOrEmpty(keyAttendees);
		boundCells = listOrEmpty(boundCells);
	}

	static <T> List<T> listOrEmpty(List<T> items) {
		return items == null ? List.of() : List.copyOf(items);
	}

}
