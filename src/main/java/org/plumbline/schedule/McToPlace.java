package org.plumbline.schedule;

/**
 * Where {@link DraftEditor#placeMcs} places an accepted MC: a room, a time block and the
 * part of the block.
 */
public record McToPlace(long microconferenceId, long roomId, long timeBlockId, BlockPart part) {
}
