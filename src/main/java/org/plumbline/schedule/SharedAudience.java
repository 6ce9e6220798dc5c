package org.plumbline.schedule;

/**
 * How many markers (accounts and anonymous visitors alike) marked both of two MCs
 * interesting; the first MC's id is the smaller.
 */
public record SharedAudience(long firstMicroconferenceId, long secondMicroconferenceId, int markers) {

}
