package org.plumbline.schedule.solver;

/** How similar two tracks are: what it costs to run them in parallel. Symmetric. */
public record Similarity(String track, String otherTrack, long similarity) {
}
