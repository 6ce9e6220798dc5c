package org.plumbline.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plumbline.audit.domain.AuditRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit feature's facade: every feature records its changes here, in the transaction
 * of the change (DOMAIN.md, L16); the organisers read and filter the log of their event,
 * and the site admin the site-level entries.
 */
@Service
public class AuditLog {

	static final int MAX_CODE_LENGTH = 64;

	static final int MAX_OBJECT_ID_LENGTH = 64;

	static final int MAX_ACTOR_LENGTH = 200;

	static final int MAX_REASON_LENGTH = 2000;

	/** The most characters the before or the after of an entry may have as JSON. */
	public static final int MAX_JSON_LENGTH = 100_000;

	/**
	 * Object types and actions are codes, so that one action is one value in the filter's
	 * drop-down, not "Accepted" beside "accepted".
	 */
	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private final AuditRepository entries;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(AuditRepository entries, JsonMapper json, Clock clock) {
		this.entries = entries;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a change in the caller's transaction, at the clock's current instant, with
	 * the event's slug and the acting account's display name as they are now.
	 * <p>
	 * {@link Propagation#MANDATORY}: the entry must commit or roll back with the change
	 * it records, so that the log neither misses a change nor tells of one that never
	 * happened; a caller without a transaction is a programming error, told at once.
	 * @return the new entry's id
	 * @throws IllegalArgumentException if a field is missing, too long or not a code, if
	 * before or after is not a record or a map, if the entry has no actor or two, or if
	 * the event or account does not exist; the caller's transaction then rolls back
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long record(AuditEntry entry) {
		AuditEntry valid = validated(entry);
		String eventSlug = (valid.eventId() != null) ? eventSlug(valid.eventId()) : null;
		return entries.insert(valid, eventSlug, actorLabel(valid), json("before", valid.before()),
				json("after", valid.after()), clock.instant());
	}

	/** The acting account's display name now, or the system actor's name. */
	private String actorLabel(AuditEntry entry) {
		if (entry.actorAccountId() == null) {
			return entry.systemActor();
		}
		return entries.accountDisplayName(entry.actorAccountId())
			.orElseThrow(() -> new IllegalArgumentException("no account has the id " + entry.actorAccountId()));
	}

	/**
	 * The entries a query asks for, newest first.
	 * @throws IllegalArgumentException if the query names no event and is not site-level,
	 * names an event that does not exist, has a blank or too long filter, an object id
	 * without its type, a period that ends before it starts, or a limit outside 1 to
	 * {@value AuditQuery#MAX_LIMIT}
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> find(AuditQuery query) {
		return find(query, List.of());
	}

	/**
	 * The entries a query asks for, newest first, but those about the excluded objects.
	 * @throws IllegalArgumentException as {@link #find(AuditQuery)}, or for an exclusion
	 * whose object type is not a code
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> find(AuditQuery query, List<AuditExclusion> excluded) {
		AuditQuery valid = validated(query);
		for (AuditExclusion exclusion : excluded) {
			code("objectType", exclusion.objectType());
		}
		String eventSlug = valid.siteLevel() ? null : eventSlug(valid.eventId());
		return entries.find(valid, eventSlug, excluded);
	}

	/**
	 * When the newest entry of this action on objects of this type was written, in any
	 * event's log or the site's: for a change, such as a person merge, that one event's
	 * log records but that every event showing the object sees.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> newestOccurrence(String objectType, String action) {
		return entries.newestOccurrence(code("objectType", objectType), code("action", action));
	}

	/** The actions of an event's entries, for the filter's drop-down. */
	@Transactional(readOnly = true)
	public List<String> actions(long eventId, List<AuditExclusion> excluded) {
		return entries.actions(eventId, eventSlug(eventId), excluded);
	}

	/** The object types of an event's entries, for the filter's drop-down. */
	@Transactional(readOnly = true)
	public List<String> objectTypes(long eventId, List<AuditExclusion> excluded) {
		return entries.objectTypes(eventId, eventSlug(eventId), excluded);
	}

	/** The actions of the site-level entries, for the filter's drop-down. */
	@Transactional(readOnly = true)
	public List<String> siteLevelActions() {
		return entries.actions(null, null, List.of());
	}

	/** The object types of the site-level entries, for the filter's drop-down. */
	@Transactional(readOnly = true)
	public List<String> siteLevelObjectTypes() {
		return entries.objectTypes(null, null, List.of());
	}

	/**
	 * The accounts that acted in site-level entries, for the filter's drop-down; an
	 * account deleted since is no longer among them.
	 */
	@Transactional(readOnly = true)
	public List<AuditActor> siteLevelActors() {
		return entries.siteLevelActors();
	}

	private String eventSlug(long eventId) {
		return entries.eventSlug(eventId)
			.orElseThrow(() -> new IllegalArgumentException("no event has the id " + eventId));
	}

	private static AuditEntry validated(AuditEntry entry) {
		if (entry == null) {
			throw new IllegalArgumentException("entry must not be null");
		}
		if (entry.actorAccountId() == null && entry.systemActor() == null) {
			throw new IllegalArgumentException(
					"an entry needs an actor: an account id, or a system actor such as 'command line'");
		}
		if (entry.actorAccountId() != null && entry.systemActor() != null) {
			throw new IllegalArgumentException("an entry has one actor: an account id or a system actor, not both");
		}
		String systemActor = (entry.systemActor() != null)
				? required("systemActor", entry.systemActor(), MAX_ACTOR_LENGTH) : null;
		String objectType = code("objectType", entry.objectType());
		String objectId = required("objectId", entry.objectId(), MAX_OBJECT_ID_LENGTH);
		String action = code("action", entry.action());
		String reason = (entry.reason() != null) ? required("reason", entry.reason(), MAX_REASON_LENGTH) : null;
		return new AuditEntry(entry.eventId(), entry.actorAccountId(), systemActor, objectType, objectId, action,
				entry.before(), entry.after(), reason);
	}

	private static AuditQuery validated(AuditQuery query) {
		if (query == null) {
			throw new IllegalArgumentException("query must not be null");
		}
		if (query.siteLevel() && query.eventId() != null) {
			throw new IllegalArgumentException("a site-level query must not name an event");
		}
		if (!query.siteLevel() && query.eventId() == null) {
			throw new IllegalArgumentException("a query needs an event, unless it is a site-level query");
		}
		String objectType = filter("objectType", query.objectType(), MAX_CODE_LENGTH);
		String objectId = filter("objectId", query.objectId(), MAX_OBJECT_ID_LENGTH);
		if (objectId != null && objectType == null) {
			throw new IllegalArgumentException(
					"an objectId filter needs an objectType: ids are unique only within a type");
		}
		String action = filter("action", query.action(), MAX_CODE_LENGTH);
		if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
			throw new IllegalArgumentException("from (" + query.from() + ") must be before to (" + query.to() + ")");
		}
		if (query.olderThan() != null && query.olderThan() < 1) {
			throw new IllegalArgumentException("olderThan must be an entry id (1 or more), not " + query.olderThan());
		}
		if (query.limit() < 1 || query.limit() > AuditQuery.MAX_LIMIT) {
			throw new IllegalArgumentException(
					"limit must be between 1 and " + AuditQuery.MAX_LIMIT + ", not " + query.limit());
		}
		return new AuditQuery(query.eventId(), query.siteLevel(), query.actorAccountId(), objectType, objectId, action,
				query.from(), query.to(), query.olderThan(), query.limit());
	}

	/** The object as a JSON object, or {@code null}. */
	private String json(String field, Object value) {
		if (value == null) {
			return null;
		}
		JsonNode tree;
		try {
			tree = json.valueToTree(value);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(field + " cannot be written as JSON: " + ex.getOriginalMessage(), ex);
		}
		if (!tree.isObject()) {
			throw new IllegalArgumentException(field + " must be a record or a map (a JSON object), not a JSON "
					+ tree.getNodeType().name().toLowerCase(Locale.ROOT));
		}
		String text = json.writeValueAsString(tree);
		if (text.length() > MAX_JSON_LENGTH) {
			throw new IllegalArgumentException(
					field + " must be at most " + MAX_JSON_LENGTH + " characters as JSON, not " + text.length());
		}
		return text;
	}

	private static String code(String field, String value) {
		String code = required(field, value, MAX_CODE_LENGTH);
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(field + " must be a lower-case code of letters, digits and hyphens, "
					+ "such as role-granted, not '" + code + "'");
		}
		return code;
	}

	private static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new IllegalArgumentException(
					field + " must be at most " + maxLength + " characters, not " + stripped.length());
		}
		return stripped;
	}

	/** A filter's value, stripped, or {@code null} for none. */
	private static String filter(String field, String value, int maxLength) {
		if (value == null) {
			return null;
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException(field + " filter must be null (any) or not blank");
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new IllegalArgumentException(
					field + " filter must be at most " + maxLength + " characters, not " + stripped.length());
		}
		return stripped;
	}

}
