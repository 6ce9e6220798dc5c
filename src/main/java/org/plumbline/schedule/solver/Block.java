package org.plumbline.schedule.solver;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of one day, the same in every room, divided into {@code slots} equal slots of
 * {@code slotMinutes} each; {@code order} places it among the blocks (ascending). Slots
 * may leave time over at the end of the block (a break no talk spans).
 */
public record Block(String id, int order, LocalDate date, Instant start, Instant end, int slots, int slotMinutes) {

	Duration length() {
		return Duration.between(start, end);
	}

}
