package org.plumbline.audit;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the audit log as the organisers' page shows it.
 *
 * @param eventId the event, or {@code null} for a site-level entry or one whose event has
 * been deleted since
 * @param eventSlug the event's slug when the entry was written, or {@code null} for a
 * site-level entry
 * @param actorAccountId the account that acted, or {@code null} for the system or a
 * deleted account
 * @param actorLabel who acted, named as at the time: the account's display name or the
 * system actor
 * @param beforeJson the object before the change as a JSON object, or {@code null}
 * @param afterJson the object after the change as a JSON object, or {@code null}
 * @param changes the fields whose value differs between before and after, in the order of
 * the object's fields
 */
public record AuditRecord(long id, Long eventId, String eventSlug, Instant occurredAt, Long actorAccountId,
		String actorLabel, String objectType, String objectId, String action, String beforeJson, String afterJson,
		String reason, List<AuditChange> changes) {

	public AuditRecord {
		changes = List.copyOf(changes);
	}

}
