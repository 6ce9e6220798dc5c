package org.plumbline.account;

import java.time.Instant;

/**
 * An account as a backup of an event holds it: its public fields, never its password hash
 * or tokens.
 *
 * @param personId the person it is linked to, or {@code null}
 * @param emailVerifiedAt when its address was verified, or {@code null}
 */
public record BackedUpAccount(long id, String email, String displayName, Long personId, Instant emailVerifiedAt,
		Instant createdAt) {
}
