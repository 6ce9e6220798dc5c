package org.plumbline.material;

import java.util.List;

/**
 * An MC or a plain track with its sessions of the latest released timetable, as its
 * recordings form shows them.
 *
 * @param microconference whether it is an MC (recorded by its leads and the organisers)
 * rather than a plain track (by the organisers)
 */
public record RecordedTrack(String slug, String title, boolean microconference, List<RecordedSession> sessions) {

	public RecordedTrack {
		sessions = List.copyOf(sessions);
	}

	RecordedTrack with(List<RecordedSession> sessions) {
		return new RecordedTrack(slug, title, microconference, sessions);
	}

}
