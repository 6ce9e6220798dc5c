package org.plumbline.schedule;

import java.time.LocalTime;

/**
 * Where {@link DraftEditor#placeTalks} places a topic: a session of the draft and a local
 * time of the session's day.
 */
public record TalkToPlace(long sessionId, long topicId, LocalTime startsAt) {
}
