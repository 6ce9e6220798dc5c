package org.plumbline.audit;

/**
 * A change to record in the audit log, in the transaction that makes it.
 *
 * @param eventId the event the changed object belongs to, or {@code null} for a
 * site-level action such as an admin's change to an account; the event's slug is stored
 * with the entry, so that it still names the event after the event is deleted
 * @param actorAccountId the account that acted, or {@code null} when no account did (the
 * system, the command line); the account's display name is stored with the entry, so that
 * it still names the actor after the account is deleted
 * @param systemActor who acted when no account did, such as {@code command line}, or
 * {@code null} when an account acted: an entry has exactly one actor
 * @param objectType what kind of object changed: a lower-case code such as
 * {@code microconference} or {@code account}
 * @param objectId which one, such as {@code 42}
 * @param action what happened to it: a lower-case code such as {@code accepted} or
 * {@code role-granted}
 * @param before the object before the change, as a record or a map (stored as a JSON
 * object), or {@code null} if it did not exist
 * @param after the object after the change, likewise, or {@code null} if it no longer
 * exists
 * @param reason why an organiser overrode the usual rules (DOMAIN.md, L2), or
 * {@code null}
 */
public record AuditEntry(Long eventId, Long actorAccountId, String systemActor, String objectType, String objectId,
		String action, Object before, Object after, String reason) {

}
