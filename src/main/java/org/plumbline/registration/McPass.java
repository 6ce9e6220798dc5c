package org.plumbline.registration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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

	/** What the audit log keeps of it. */
	Map<String, Object> audited() {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("pass", label);
		shown.put("email", email);
		shown.put("used", used());
		return shown;
	}

}
