package org.plumbline.schedule;

/**
 * An MC session placed in a room for a time block, by ids; an MC split over two blocks
 * has two.
 */
public record Placement(long microconferenceId, long roomId, long timeBlockId) {
}
