package org.plumbline.cfp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.plumbline.cfp.Topic.Speaker;

/**
 * A topic as a backup of its event holds it: every stored field but its row ids, its call
 * named by the MC's or plain track's id in its event.
 *
 * @param microconferenceId the MC whose call it was submitted to, or {@code null}
 * @param plainTrackId the plain track whose call it was submitted to, or {@code null}
 * @param pendingState a decision recorded and not announced, or {@code null}
 * @param abstractText Markdown, or {@code null} in a draft
 * @param durationMinutes {@code null} in a draft that has none yet
 * @param notes for the leads, or {@code null}
 * @param submittedAt when it was first submitted, or {@code null}
 * @param decidedAt when its decision was last recorded, or {@code null}
 * @param announcedAt when its decision was last announced, or {@code null}
 * @param cancelReason why the organisers canceled it, or {@code null}
 * @param submittedBy the account that created it, or {@code null}
 * @param decidedBy the account that last recorded its decision, or {@code null}
 * @param speakers in order, each under the name as written on this topic
 */
public record BackedUpTopic(UUID guid, Long microconferenceId, Long plainTrackId, TopicState state,
		TopicState pendingState, String title, String abstractText, Integer durationMinutes, String notes,
		Instant createdAt, Instant updatedAt, Instant submittedAt, Instant decidedAt, Instant announcedAt,
		String cancelReason, Long submittedBy, Long decidedBy, List<Speaker> speakers) {

	public BackedUpTopic {
		speakers = List.copyOf(speakers);
	}

}
