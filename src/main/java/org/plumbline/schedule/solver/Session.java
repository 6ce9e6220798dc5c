package org.plumbline.schedule.solver;

/**
 * One track in one occupied (block, room): a session, which the cell-level rules count.
 */
record Session(Block block, Room room, Track track) {

}
