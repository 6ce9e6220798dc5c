package org.plumbline.material;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An MC session of the latest released timetable with its recording, as the leads' form
 * shows it.
 *
 * @param url its recording, or null while it has none
 * @param version the version of its recording the form saw, 0 while it has none
 * @param talks its talks in the order they run
 */
public record RecordedSession(UUID guid, String title, String roomName, Instant startsAt, Instant endsAt, String url,
		int version, List<RecordedTalk> talks) {

	public RecordedSession {
		talks = List.copyOf(talks);
	}

	/** The session's length in seconds, the last second a talk may start at. */
	public long lengthSeconds() {
		return endsAt.getEpochSecond() - startsAt.getEpochSecond();
	}

	/**
	 * @param offsetSeconds where its part of the recording starts, or null while unset
	 */
	public record RecordedTalk(long topicId, UUID guid, String title, Instant startsAt, Integer offsetSeconds) {

		public String offsetShown() {
			return offsetSeconds == null ? "" : RecordingOffsets.shown(offsetSeconds);
		}

	}

}
