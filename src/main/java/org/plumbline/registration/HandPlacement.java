package org.plumbline.registration;

import java.time.Instant;

/**
 * A person placed by hand into a tier of an event's waiting list, whatever their
 * standing.
 *
 * @param placedBy the display name of the organiser who placed them, or {@code null} if
 * that account is gone
 */
public record HandPlacement(long accountId, String accountName, String accountEmail, long tierId, String tierName,
		String placedBy, Instant placedAt, String reason) {

}
