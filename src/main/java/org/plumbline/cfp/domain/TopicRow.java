package org.plumbline.cfp.domain;

import java.time.Instant;
import java.util.UUID;

import org.plumbline.cfp.TopicState;

/** A topic as stored, without its speakers. */
public record TopicRow(long id, UUID guid, long eventId, Long microconferenceId, Long plainTrackId, TopicState state,
		String title, String abstractText, Integer durationMinutes, String notes, Instant createdAt,
		Instant submittedAt, int version) {

}
