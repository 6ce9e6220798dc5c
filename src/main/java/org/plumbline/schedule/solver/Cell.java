package org.plumbline.schedule.solver;

/** One room during one block, by ids. */
public record Cell(String block, String room) {
}
