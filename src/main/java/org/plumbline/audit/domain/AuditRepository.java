package org.plumbline.audit.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditActor;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditExclusion;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code audit_entry} table.
 * <p>
 * It also reads an event's slug and an account's display name, to keep them with an
 * entry. It reads those two columns itself rather than through the event and account
 * facades because every feature records its changes here: the audit feature must depend
 * on none of them, or it would close a cycle with each.
 */
@Repository
public class AuditRepository {

	private static final String COLUMNS = """
			id, event_id, event_slug, occurred_at, actor_account_id, actor_label, object_type, object_id, action,
			before_json, after_json, reason""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<String> eventSlug(long eventId) {
		return jdbc.sql("SELECT slug FROM event WHERE id = ?").param(eventId).query(String.class).optional();
	}

	public Optional<String> accountDisplayName(long accountId) {
		return jdbc.sql("SELECT display_name FROM account WHERE id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	/**
	 * Inserts an entry whose fields are valid; the JSON and names are given as they are
	 * to be stored.
	 */
	public long insert(AuditEntry entry, String eventSlug, String actorLabel, String beforeJson, String afterJson,
			Instant occurredAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO audit_entry (event_id, event_slug, occurred_at, actor_account_id, actor_label,
				    object_type, object_id, action, before_json, after_json, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.eventId(), eventSlug, utc(occurredAt), entry.actorAccountId(), actorLabel, entry.objectType(),
					entry.objectId(), entry.action(), beforeJson, afterJson, entry.reason())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * The entries a valid query asks for, newest first.
	 * @param eventSlug the slug of the query's event now, or {@code null} for a
	 * site-level query
	 */
	public List<AuditRecord> find(AuditQuery query, String eventSlug, List<AuditExclusion> excluded) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		conditions.add(scope(query.eventId(), eventSlug, params));
		condition(conditions, params, "actor_account_id = :actor", "actor", query.actorAccountId());
		condition(conditions, params, "object_type = :objectType", "objectType", query.objectType());
		condition(conditions, params, "object_id = :objectId", "objectId", query.objectId());
		condition(conditions, params, "action = :action", "action", query.action());
		condition(conditions, params, "occurred_at >= :from", "from", utc(query.from()));
		condition(conditions, params, "occurred_at < :to", "to", utc(query.to()));
		condition(conditions, params, "id < :olderThan", "olderThan", query.olderThan());
		exclude(conditions, params, excluded);
		params.put("limit", query.limit());
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE " + String.join(" AND ", conditions)
					+ " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
			.params(params)
			.query(this::record)
			.list();
	}

	/**
	 * When the newest entry of this action on objects of this type was written, whatever
	 * its event, or none.
	 */
	public Optional<Instant> newestOccurrence(String objectType, String action) {
		return jdbc
			.sql("SELECT occurred_at FROM audit_entry WHERE object_type = ? AND action = ?"
					+ " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.params(objectType, action)
			.query((rs, row) -> instant(rs, "occurred_at"))
			.optional();
	}

	/**
	 * The actions of an event's entries, or of the site-level ones, in alphabetical
	 * order, but for the entries left out for the reader: an action that appears only
	 * there would tell them it happened.
	 */
	public List<String> actions(Long eventId, String eventSlug, List<AuditExclusion> excluded) {
		return distinctValues("action", eventId, eventSlug, excluded);
	}

	/**
	 * The object types of an event's entries, or of the site-level ones, in alphabetical
	 * order, but for the entries left out for the reader.
	 */
	public List<String> objectTypes(Long eventId, String eventSlug, List<AuditExclusion> excluded) {
		return distinctValues("object_type", eventId, eventSlug, excluded);
	}

	/**
	 * The accounts that acted in site-level entries, by their display names now, in
	 * alphabetical order.
	 */
	public List<AuditActor> siteLevelActors() {
		return jdbc.sql("""
				SELECT id, display_name FROM account
				WHERE id IN (SELECT actor_account_id FROM audit_entry WHERE event_slug IS NULL)
				ORDER BY display_name, id""")
			.query((rs, row) -> new AuditActor(rs.getLong("id"), rs.getString("display_name")))
			.list();
	}

	private List<String> distinctValues(String column, Long eventId, String eventSlug, List<AuditExclusion> excluded) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		conditions.add(scope(eventId, eventSlug, params));
		exclude(conditions, params, excluded);
		return jdbc
			.sql("SELECT DISTINCT " + column + " FROM audit_entry WHERE " + String.join(" AND ", conditions)
					+ " ORDER BY " + column)
			.params(params)
			.query(String.class)
			.list();
	}

	private static void exclude(List<String> conditions, Map<String, Object> params, List<AuditExclusion> excluded) {
		for (AuditExclusion exclusion : excluded) {
			if (!exclusion.objectIds().isEmpty()) {
				int n = params.size();
				conditions.add("NOT (object_type = :excludedType" + n + " AND object_id IN (:excludedIds" + n + "))");
				params.put("excludedType" + n, exclusion.objectType());
				params.put("excludedIds" + n, List.copyOf(exclusion.objectIds()));
			}
		}
	}

	/**
	 * An event's entries are those with its id, and those kept from a deleted event under
	 * the slug it has now (the event an import replaced); site-level entries are those
	 * written for no event at all, not those whose event was deleted.
	 */
	private static String scope(Long eventId, String eventSlug, Map<String, Object> params) {
		if (eventId == null) {
			return "event_slug IS NULL";
		}
		params.put("eventId", eventId);
		params.put("eventSlug", eventSlug);
		return "(event_id = :eventId OR (event_id IS NULL AND event_slug = :eventSlug))";
	}

	private static void condition(List<String> conditions, Map<String, Object> params, String condition, String name,
			Object value) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
	}

	private AuditRecord record(ResultSet rs, int row) throws SQLException {
		String before = rs.getString("before_json");
		String after = rs.getString("after_json");
		return new AuditRecord(rs.getLong("id"), rs.getObject("event_id", Long.class), rs.getString("event_slug"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_account_id", Long.class), rs.getString("actor_label"), rs.getString("object_type"),
				rs.getString("object_id"), rs.getString("action"), before, after, rs.getString("reason"),
				JsonChanges.between(tree(before), tree(after)));
	}

	private JsonNode tree(String stored) {
		return stored == null ? null : json.readTree(stored);
	}

}
