package org.plumbline.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An event's MC passes as a backup of it holds them: each MC's own number of passes, and
 * every pass given, used and revoked ones included.
 *
 * @param quotas the organisers' own number of passes of an MC, by its id, for those that
 * have one (the others have the event's default)
 * @param passes in the order they were given
 */
public record BackedUpPasses(Map<Long, Integer> quotas, List<Pass> passes) {

	public BackedUpPasses {
		quotas = Map.copyOf(quotas);
		passes = List.copyOf(passes);
	}

	/**
	 * A pass given to an address; the id is not read on restore.
	 *
	 * @param label what its registration is called, as it was when given
	 * @param assignedBy the lead's account, or {@code null} when it no longer exists
	 * @param usedAt when its holder registered with it, or {@code null}
	 * @param revokedAt when it was taken back unused, or {@code null}
	 */
	public record Pass(long id, long microconferenceId, String label, String email, Long assignedBy, Instant assignedAt,
			Instant usedAt, Instant revokedAt) {
	}

}
