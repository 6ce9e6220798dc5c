package org.plumbline.schedule;

import java.util.UUID;

/**
 * One line of a release's changelog, stored with the release: a session or talk added,
 * removed, moved (room or start) or changed in length, against the version before.
 *
 * @param subjectGuid the session's or talk's GUID
 * @param topicId the talk's topic, or {@code null} for a session
 * @param words as organisers and speakers read it, in the event's time zone
 */
public record TimetableChange(Kind kind, UUID subjectGuid, Long topicId, String words) {

	public enum Kind {

		ADDED, REMOVED,
		/** Its room or start changed, and perhaps its length too: its words say so. */
		MOVED,
		/** Only its length changed. */
		RESIZED

	}

}
