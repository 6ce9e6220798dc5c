package org.plumbline.registration;

import java.time.Instant;

/**
 * A free pass that an accepted MC's leads gave to an address (issue 13, point 6).
 *
 * @param label what its registration is called: "MC pass: " and the MC's title
 * @param usedAt when its holder registered with it, or {@code null}
 * @param revokedAt when a lead took it back unused, or {@code null}
 * @param holderAccountId the account it registered, or {@code null} while unused
 */
public record McPass(long id, long microconferenceId, String label, String email, Instant assignedAt, Instant usedAt,
		Instant revokedAt, Long holderAccountId, int version) {

	public boolean used() {
		return usedAt != null;
	}

}
