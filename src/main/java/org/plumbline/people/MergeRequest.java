package org.plumbline.people;

/**
 * Merge the person {@code mergedPersonId} into {@code keptPersonId}: every reference
 * moves to the kept person, and each of the three fields takes the value chosen for it.
 * The versions are those the organiser saw ({@link PersonDetails#version()}); if either
 * person has changed since, the merge is refused rather than overwriting that change.
 */
public record MergeRequest(long keptPersonId, int keptVersion, long mergedPersonId, int mergedVersion,
		ValueFrom displayName, ValueFrom bio, ValueFrom affiliation) {
}
