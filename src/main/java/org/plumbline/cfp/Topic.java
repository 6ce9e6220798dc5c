package org.plumbline.cfp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A topic as its speakers see it.
 *
 * @param call the call it was submitted to, with its window as it is now
 * @param abstractText Markdown, or {@code null} in a draft
 * @param durationMinutes {@code null} in a draft that has none yet
 * @param notes for the leads, or {@code null}
 * @param speakers in order; the first submitted it
 * @param submittedAt when it was first submitted, or {@code null}
 */
public record Topic(long id, UUID guid, long eventId, TopicCall call, TopicState state, String title,
		String abstractText, Integer durationMinutes, String notes, List<Speaker> speakers, Instant createdAt,
		Instant submittedAt, int version) {

	public Topic {
		speakers = List.copyOf(speakers);
	}

	/** A speaker under the name as written on this topic. */
	public record Speaker(long personId, String nameAsWritten) {
	}

	/** The form's fields as they are stored. */
	public TopicText text() {
		return new TopicText(title, abstractText == null ? "" : abstractText,
				durationMinutes == null ? "" : durationMinutes.toString(), notes == null ? "" : notes);
	}

}
