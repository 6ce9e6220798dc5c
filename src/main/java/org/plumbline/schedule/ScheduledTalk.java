package org.plumbline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A talk of a released version: its place and length as released, its title, abstract and
 * speakers as they are now.
 *
 * @param guid the topic's GUID
 * @param abstractText Markdown, to be rendered through the sanitiser
 */
public record ScheduledTalk(UUID guid, int exportNumber, long topicId, String title, String abstractText,
		Instant startsAt, Instant endsAt, List<ScheduledPerson> speakers) {

	public ScheduledTalk {
		speakers = List.copyOf(speakers);
	}

	public Duration duration() {
		return Duration.between(startsAt, endsAt);
	}

}
