package org.plumbline.schedule.solver;

/**
 * One entry of a sparse penalty table: the penalty when {@code subject} (a track, talk or
 * room) meets {@code target} (a block or room). Pairs not listed cost nothing.
 */
public record TablePenalty(String subject, String target, long penalty) {
}
