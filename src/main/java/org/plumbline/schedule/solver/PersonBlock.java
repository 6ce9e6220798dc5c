package org.plumbline.schedule.solver;

import java.util.List;

/**
 * One entry of the sparse table of people's declared unavailability: {@code person}
 * cannot be there during the listed {@code slots} of {@code block} (0 is its first slot),
 * or during the whole block when none are listed.
 */
public record PersonBlock(String person, String block, List<Integer> slots) {

	public PersonBlock {
		slots = Track.listOrEmpty(slots);
	}

	/** The person unavailable for the whole block. */
	public PersonBlock(String person, String block) {
		this(person, block, List.of());
	}

	/** Whether the person is unavailable during any of the slots from first to end. */
	boolean during(int firstSlot, int endSlot) {
		return slots.isEmpty() || slots.stream().anyMatch(slot -> slot >= firstSlot && slot < endSlot);
	}

}
