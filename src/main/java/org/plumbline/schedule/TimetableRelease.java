package org.plumbline.schedule;

import java.util.List;

/**
 * What releasing the draft did.
 *
 * @param changes the changelog stored with it
 * @param leftOut the draft's talks not in the release, each with why ("Tentative: …")
 */
public record TimetableRelease(int number, List<TimetableChange> changes, List<String> leftOut) {

	public TimetableRelease {
		changes = List.copyOf(changes);
		leftOut = List.copyOf(leftOut);
	}

}
