package org.plumbline.schedule;

/**
 * One kind's policy as an organiser's form sends it: the policy's name as typed, and the
 * version of the row the form showed (0 for the default).
 */
public record PolicyInput(ConflictKind kind, String policy, int version) {
}
