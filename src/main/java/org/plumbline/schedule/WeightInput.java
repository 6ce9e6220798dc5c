package org.plumbline.schedule;

/**
 * One constraint's level and weight as an organiser's form sends them, as typed: the
 * level's name and the weight's digits.
 */
public record WeightInput(String level, String weight) {
}
