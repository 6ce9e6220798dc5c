package org.plumbline.audit;

import java.time.Instant;

/**
 * Which entries of the audit log to read, newest first: those of one event, or the
 * site-level ones, narrowed by any of the filters. A {@code null} filter matches every
 * entry. Start with {@link #ofEvent(long)} or {@link #ofSite()} and narrow with the
 * {@code with...} methods.
 *
 * @param eventId the event whose entries to read, or {@code null} for a site-level query;
 * an event's entries include those kept from a deleted event that had the same slug (the
 * event an import replaced)
 * @param siteLevel whether to read the entries of no event (actions on the site, such as
 * an admin's change to an account); asked for explicitly, so that a forgotten event is an
 * error rather than a look at the site's log
 * @param actorAccountId only entries of actions by this account
 * @param objectType only entries about objects of this type
 * @param objectId only entries about the object with this id (needs {@code objectType}:
 * ids are unique within a type only)
 * @param action only entries of this action
 * @param from only entries that occurred at or after this instant
 * @param to only entries that occurred before this instant
 * @param olderThan only entries older than the entry with this id: the last id of the
 * previous page, for the next page
 * @param limit at most this many entries (1 to 500); a page that is full may have more
 * after it
 */
public record AuditQuery(Long eventId, boolean siteLevel, Long actorAccountId, String objectType, String objectId,
		String action, Instant from, Instant to, Long olderThan, int limit) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 500;

	/** The newest entries of one event. */
	public static AuditQuery ofEvent(long eventId) {
		return new AuditQuery(eventId, false, null, null, null, null, null, null, null, DEFAULT_LIMIT);
	}

	/** The newest site-level entries, those of no event. */
	public static AuditQuery ofSite() {
		return new AuditQuery(null, true, null, null, null, null, null, null, null, DEFAULT_LIMIT);
	}

	public AuditQuery withActor(Long accountId) {
		return new AuditQuery(eventId, siteLevel, accountId, objectType, objectId, action, from, to, olderThan, limit);
	}

	/** Entries about objects of a type or, if {@code id} is given, about one object. */
	public AuditQuery withObject(String type, String id) {
		return new AuditQuery(eventId, siteLevel, actorAccountId, type, id, action, from, to, olderThan, limit);
	}

	public AuditQuery withAction(String action) {
		return new AuditQuery(eventId, siteLevel, actorAccountId, objectType, objectId, action, from, to, olderThan,
				limit);
	}

	/** Entries that occurred in {@code [from, to)}; either end may be {@code null}. */
	public AuditQuery withPeriod(Instant from, Instant to) {
		return new AuditQuery(eventId, siteLevel, actorAccountId, objectType, objectId, action, from, to, olderThan,
				limit);
	}

	/** The page after the one that ended with the entry of this id. */
	public AuditQuery withOlderThan(Long entryId) {
		return new AuditQuery(eventId, siteLevel, actorAccountId, objectType, objectId, action, from, to, entryId,
				limit);
	}

	public AuditQuery withLimit(int limit) {
		return new AuditQuery(eventId, siteLevel, actorAccountId, objectType, objectId, action, from, to, olderThan,
				limit);
	}

}
