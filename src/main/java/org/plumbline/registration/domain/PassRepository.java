package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.registration.McPass;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MC passes and their quotas as stored. An MC's quota row is the lock that assigning its
 * passes takes, so that the quota holds when leads assign at once.
 */
@Repository
public class PassRepository {

	private static final String COLUMNS = """
			p.id, p.microconference_id, p.label, p.email, p.assigned_at, p.used_at, p.revoked_at, p.version,
			r.account_id AS holder_account_id""";

	private static final String FROM = " FROM mc_pass p LEFT JOIN registration r ON r.pass_id = p.id ";

	private final JdbcClient jdbc;

	/**
	 * A savepoint in the caller's transaction, for the quota row's insert that may
	 * collide.
	 */
	private final TransactionTemplate savepoint;

	PassRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * An MC's own number of passes, if organisers set one, and the version of its row.
	 */
	public record Quota(Integer passes, int version) {
	}

	/**
	 * Locks the MC's quota row until the transaction ends, creating it first if it has
	 * none.
	 */
	public Quota lockQuota(long eventId, long microconferenceId) {
		if (quota(microconferenceId).isEmpty()) {
			try {
				savepoint.executeWithoutResult(
						status -> jdbc.sql("INSERT INTO mc_pass_quota (microconference_id, event_id) VALUES (?, ?)")
							.params(microconferenceId, eventId)
							.update());
			}
			catch (DuplicateKeyException created) {
				// another transaction created it first; its row is locked below like any
			}
		}
		return jdbc.sql("SELECT passes, version FROM mc_pass_quota WHERE microconference_id = ? FOR UPDATE")
			.param(microconferenceId)
			.query((rs, row) -> new Quota(rs.getObject("passes", Integer.class), rs.getInt("version")))
			.single();
	}

	public Optional<Quota> quota(long microconferenceId) {
		return jdbc.sql("SELECT passes, version FROM mc_pass_quota WHERE microconference_id = ?")
			.param(microconferenceId)
			.query((rs, row) -> new Quota(rs.getObject("passes", Integer.class), rs.getInt("version")))
			.optional();
	}

	/** The event's MCs' own numbers of passes, by MC, for those that have one. */
	public Map<Long, Quota> quotas(long eventId) {
		Map<Long, Quota> quotas = new HashMap<>();
		jdbc.sql("SELECT microconference_id, passes, version FROM mc_pass_quota WHERE event_id = ?")
			.param(eventId)
			.query(rs -> {
				quotas.put(rs.getLong("microconference_id"),
						new Quota(rs.getObject("passes", Integer.class), rs.getInt("version")));
			});
		return quotas;
	}

	/**
	 * Sets the MC's own number of passes, or back to the event's default for
	 * {@code null}.
	 * @return false if the row changed since the version was read
	 */
	public boolean setQuota(long microconferenceId, Integer passes, int version) {
		return jdbc
			.sql("""
					UPDATE mc_pass_quota SET passes = ?, version = version + 1 WHERE microconference_id = ? AND version = ?""")
			.params(passes, microconferenceId, version)
			.update() == 1;
	}

	/** The MC's passes that are not revoked, used ones included, by assignment. */
	public List<McPass> live(long microconferenceId) {
		return jdbc
			.sql("SELECT " + COLUMNS + FROM + "WHERE p.microconference_id = ? AND p.revoked_at IS NULL ORDER BY p.id")
			.param(microconferenceId)
			.query(PassRepository::pass)
			.list();
	}

	/** The event's passes that are not revoked, by MC, then assignment. */
	public List<McPass> liveOfEvent(long eventId) {
		return jdbc
			.sql("SELECT " + COLUMNS + FROM
					+ "WHERE p.event_id = ? AND p.revoked_at IS NULL ORDER BY p.microconference_id, p.id")
			.param(eventId)
			.query(PassRepository::pass)
			.list();
	}

	/** The live pass of an address in the event, used or not. */
	public Optional<McPass> liveOf(long eventId, String emailKey) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE p.event_id = ? AND p.live_email_key = ?")
			.params(eventId, emailKey)
			.query(PassRepository::pass)
			.optional();
	}

	/** Locks a pass until the transaction ends. */
	public Optional<McPass> lock(long eventId, long id) {
		if (jdbc.sql("SELECT id FROM mc_pass WHERE id = ? AND event_id = ? FOR UPDATE")
			.params(id, eventId)
			.query(Long.class)
			.optional()
			.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE p.id = ? AND p.event_id = ?")
			.params(id, eventId)
			.query(PassRepository::pass)
			.optional();
	}

	/**
	 * @throws DuplicateKeyException if the address holds a live pass of the event
	 */
	public long insert(long eventId, long microconferenceId, String label, String email, String emailKey,
			long assignedBy, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mc_pass (event_id, microconference_id, label, email, email_key, live_email_key, assigned_by,
				                     assigned_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, microconferenceId, label, email, emailKey, emailKey, assignedBy, utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Revokes an unused pass at the version its page showed.
	 * @return false if it is used, revoked or changed
	 */
	public boolean revoke(long id, int version, Instant now) {
		return jdbc.sql("""
				UPDATE mc_pass SET revoked_at = ?, live_email_key = NULL, version = version + 1
				WHERE id = ? AND version = ? AND used_at IS NULL AND revoked_at IS NULL""")
			.params(utc(now), id, version)
			.update() == 1;
	}

	/** Marks a locked, unused pass used; the caller holds its lock. */
	public void markUsed(long id, Instant now) {
		jdbc.sql("UPDATE mc_pass SET used_at = ?, version = version + 1 WHERE id = ? AND used_at IS NULL")
			.params(utc(now), id)
			.update();
	}

	/**
	 * Gives a pass back to its holder when the registration it made ends: they may use it
	 * again, or its MC's leads take it back.
	 */
	public void release(long id) {
		jdbc.sql("UPDATE mc_pass SET used_at = NULL, version = version + 1 WHERE id = ?").param(id).update();
	}

	/** Registers the pass's holder, outside every ticket type's places. */
	public long insertRegistration(long eventId, long accountId, long passId, String reference, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO registration (event_id, pass_id, account_id, active_account_id, reference, arrival, status,
				                          price_minor, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, 0, 'REGISTERED', 0, ?, ?)""")
			.params(eventId, passId, accountId, accountId, reference, utc(now), utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	private static McPass pass(ResultSet rs, int row) throws SQLException {
		return new McPass(rs.getLong("id"), rs.getLong("microconference_id"), rs.getString("label"),
				rs.getString("email"), instant(rs, "assigned_at"), instant(rs, "used_at"), instant(rs, "revoked_at"),
				rs.getObject("holder_account_id", Long.class), rs.getInt("version"));
	}

}
