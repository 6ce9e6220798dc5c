package org.plumbline.schedule.solver;

import org.plumbline.schedule.ConflictLevel;

/**
 * One constraint's line of a report: its level and weight, and how many penalties it
 * counted (the score it cost is {@code weight * penalties} on its level). A constraint
 * switched off (weight 0) counts nothing.
 */
public record ConstraintReport(String name, ConflictLevel level, long weight, long penalties) {
}
