package org.plumbline.schedule.solver;

/** A room and how many people it seats. */
public record Room(String id, long capacity) {
}
