package org.plumbline.cfp;

import java.time.Instant;
import java.util.List;

import org.plumbline.cfp.Topic.Speaker;

/**
 * An invitation to speak on a topic, as its inviter and its invitee see it.
 *
 * @param speakers the topic's speakers now, in order
 */
public record CoSpeakerInvitation(long id, long topicId, String topicTitle, String callName, long eventId, String email,
		List<Speaker> speakers, Instant expiresAt, State state) {

	public CoSpeakerInvitation {
		speakers = List.copyOf(speakers);
	}

	public enum State {

		OPEN, ACCEPTED, DECLINED, REVOKED, EXPIRED

	}

}
