package org.plumbline.schedule;

import java.time.Instant;

/**
 * An interest mark as a backup of its event holds it: by a signed-in account or by an
 * anonymous visitor known only by the SHA-256 of the random id in their cookie (which
 * lets no one act as the visitor), on an MC or a talk, with when it was made. One marker
 * and one subject are given, the others are {@code null}.
 */
public record BackedUpInterestMark(Long accountId, String visitorHash, Long microconferenceId, Long topicId,
		Instant markedAt) {
}
