package org.plumbline.schedule;

import java.util.List;

/**
 * One timetable of an event as a backup holds it: the draft ({@code timetable.number()}
 * null) or a released version with its stored changelog.
 *
 * @param changes a release's changelog in order; empty for the draft; {@code null} on a
 * restore when the backup carries none, so that it is computed against the version before
 * as a release computes it
 */
public record TimetableVersion(Timetable timetable, List<TimetableChange> changes) {

	public TimetableVersion {
		changes = changes == null ? null : List.copyOf(changes);
	}

}
