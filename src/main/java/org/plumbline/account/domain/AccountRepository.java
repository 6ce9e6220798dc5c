package org.plumbline.account.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import org.plumbline.pagecache.SharedPages;
import org.plumbline.pagecache.SharedPages.UnshownWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

	private static final String COLUMNS = "id, email, password_hash, display_name, person_id, email_verified_at";

	/** Rows a batch sends to the database at once. */
	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	AccountRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	public Optional<AccountRow> findByEmailKey(String emailKey) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email_key = ?")
			.param(emailKey)
			.query(AccountRepository::row)
			.optional();
	}

	/**
	 * Finds an account and locks it until the transaction ends, so that two sign-ups of
	 * one address weigh their mail one after the other.
	 */
	Optional<AccountRow> lockByEmailKey(String emailKey) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email_key = ? FOR UPDATE")
			.param(emailKey)
			.query(AccountRepository::row)
			.optional();
	}

	/**
	 * Holds the account's row until the transaction ends, without holding up the writes
	 * of rows that refer to the account: an update that changes no key takes a lock that
	 * PostgreSQL's foreign-key share locks do not wait for, where {@code FOR UPDATE} does
	 * (H2 takes no lock for a foreign key). The update changes nothing, and so leaves the
	 * kept public pages kept.
	 */
	public void lock(long id) {
		try (UnshownWrites lockOnly = SharedPages.writesShownOnNoPage("account")) {
			jdbc.sql("UPDATE account SET version = version WHERE id = ?").param(id).update();
		}
	}

	Optional<AccountRow> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?")
			.param(id)
			.query(AccountRepository::row)
			.optional();
	}

	/** The accounts of these ids that exist, in one query however many they are. */
	List<AccountRow> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id IN (:ids)")
			.param("ids", ids)
			.query(AccountRepository::row)
			.list();
	}

	/** The verified account of a person, if it has one. */
	Optional<AccountRow> findVerifiedByPersonId(long personId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE person_id = ? AND email_verified_at IS NOT NULL")
			.param(personId)
			.query(AccountRepository::row)
			.optional();
	}

	long insert(String email, String emailKey, String passwordHash, String displayName, Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO account (email, email_key, password_hash, display_name, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(email, emailKey, passwordHash, displayName, utc(createdAt))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** An account to insert with its address verified and its person linked. */
	public record NewVerifiedAccount(String email, String emailKey, String displayName, long personId) {
	}

	/**
	 * Inserts the accounts in batches, each verified now and sharing one password hash.
	 * @return each account's id, in the order given
	 * @throws org.springframework.dao.DuplicateKeyException if an account has one of the
	 * addresses
	 */
	public List<Long> insertVerifiedAll(List<NewVerifiedAccount> accounts, String passwordHash, Instant now) {
		OffsetDateTime at = utc(now);
		batches.batchUpdate("""
				INSERT INTO account (email, email_key, password_hash, display_name, person_id, email_verified_at,
				                     created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", accounts, BATCH, (statement, account) -> {
			statement.setString(1, account.email());
			statement.setString(2, account.emailKey());
			statement.setString(3, passwordHash);
			statement.setString(4, account.displayName());
			statement.setLong(5, account.personId());
			statement.setObject(6, at);
			statement.setObject(7, at);
		});
		Map<String, Long> idByKey = new HashMap<>();
		for (int from = 0; from < accounts.size(); from += BATCH) {
			jdbc.sql("SELECT id, email_key FROM account WHERE email_key IN (:keys)")
				.param("keys",
						accounts.subList(from, Math.min(accounts.size(), from + BATCH))
							.stream()
							.map(NewVerifiedAccount::emailKey)
							.toList())
				.query((rs, row) -> idByKey.put(rs.getString("email_key"), rs.getLong("id")))
				.list();
		}
		return accounts.stream().map(account -> idByKey.get(account.emailKey())).toList();
	}

	/**
	 * Records that a sign-up mails the account's address now, unless one did after
	 * {@code notSince}; one statement, so two sign-ups at once cannot both claim it.
	 * @return whether this sign-up may send its mail
	 */
	boolean claimSignUpMail(long id, Instant now, Instant notSince) {
		return jdbc.sql("""
				UPDATE account SET sign_up_mailed_at = ?
				WHERE id = ? AND (sign_up_mailed_at IS NULL OR sign_up_mailed_at <= ?)""")
			.params(utc(now), id, utc(notSince))
			.update() == 1;
	}

	void recordSignUpMail(long id, Instant now) {
		jdbc.sql("UPDATE account SET sign_up_mailed_at = ? WHERE id = ?").params(utc(now), id).update();
	}

	boolean anySiteAdmin() {
		return jdbc.sql("SELECT COUNT(*) FROM account WHERE site_admin").query(Long.class).single() > 0;
	}

	void makeSiteAdmin(long id) {
		jdbc.sql("UPDATE account SET site_admin = TRUE WHERE id = ?").param(id).update();
	}

	void markVerified(long id, long personId, Instant verifiedAt) {
		jdbc.sql("UPDATE account SET email_verified_at = ?, person_id = ? WHERE id = ? AND email_verified_at IS NULL")
			.params(utc(verifiedAt), personId, id)
			.update();
	}

	void setPasswordHash(long id, String passwordHash) {
		jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
	}

	void setDisplayName(long id, String displayName) {
		jdbc.sql("UPDATE account SET display_name = ? WHERE id = ?").params(displayName, id).update();
	}

	private static AccountRow row(ResultSet rs, int rowNumber) throws SQLException {
		return new AccountRow(rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"),
				rs.getString("display_name"), rs.getObject("person_id", Long.class), instant(rs, "email_verified_at"));
	}

}
