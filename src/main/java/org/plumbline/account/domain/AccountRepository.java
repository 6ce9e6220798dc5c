package org.plumbline.account.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

	private static final String COLUMNS = "id, email, password_hash, display_name, person_id, email_verified_at";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
