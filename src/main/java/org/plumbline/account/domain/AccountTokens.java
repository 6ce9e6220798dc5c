package org.plumbline.account.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.plumbline.token.OneTimeTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use tokens for the links mailed to account holders ({@link OneTimeTokens}).
 * Issuing a reset token revokes the earlier unused ones: only the newest mail's link
 * works. A verification token carries the credentials of the sign-up that asked for it,
 * and several may be open at once (two sign-ups, two links); using one revokes the rest.
 */
@Repository
class AccountTokens {

	private final JdbcClient jdbc;

	AccountTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the token to put in the link
	 */
	String issueReset(long accountId, Duration validity, Instant now) {
		revokeAll(accountId, TokenPurpose.RESET_PASSWORD, now);
		return insert(accountId, TokenPurpose.RESET_PASSWORD, null, validity, now);
	}

	/**
	 * @return the token to put in the link
	 */
	String issueVerification(long accountId, SignUpCredentials credentials, Duration validity, Instant now) {
		return insert(accountId, TokenPurpose.VERIFY_EMAIL, credentials, validity, now);
	}

	private String insert(long accountId, TokenPurpose purpose, SignUpCredentials credentials, Duration validity,
			Instant now) {
		String token = OneTimeTokens.generate();
		jdbc.sql("""
				INSERT INTO account_token (account_id, purpose, token_hash, password_hash, display_name, created_at,
				    expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(accountId, purpose.name(), OneTimeTokens.hash(token),
					credentials == null ? null : credentials.passwordHash(),
					credentials == null ? null : credentials.displayName(), utc(now), utc(now.plus(validity)))
			.update();
		return token;
	}

	/** The credentials a verification token carries, if it is one of ours. */
	Optional<SignUpCredentials> credentials(String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT password_hash, display_name FROM account_token
				WHERE token_hash = ? AND purpose = 'VERIFY_EMAIL'""")
			.param(OneTimeTokens.hash(token))
			.query((rs, row) -> new SignUpCredentials(rs.getString("password_hash"), rs.getString("display_name")))
			.optional();
	}

	/**
	 * The credentials of the newest verification link issued to the account after the
	 * given instant, if any.
	 */
	Optional<SignUpCredentials> newestVerificationAfter(long accountId, Instant after) {
		return jdbc.sql("""
				SELECT password_hash, display_name FROM account_token
				WHERE account_id = ? AND purpose = 'VERIFY_EMAIL' AND created_at > ?
				ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROW ONLY""")
			.params(accountId, utc(after))
			.query((rs, row) -> new SignUpCredentials(rs.getString("password_hash"), rs.getString("display_name")))
			.optional();
	}

	/** Whether a token would be accepted now, without using it. */
	TokenCheck check(String token, TokenPurpose purpose, Instant now) {
		return find(token, purpose).map(stored -> stored.check(now))
			.orElse(TokenCheck.invalid(TokenCheck.Outcome.UNKNOWN));
	}

	/**
	 * Uses a token: it answers valid once, then never again, even for two requests at the
	 * same moment (the update that marks it used is conditional).
	 */
	TokenCheck use(String token, TokenPurpose purpose, Instant now) {
		TokenCheck check = check(token, purpose, now);
		if (!check.isValid()) {
			return check;
		}
		int marked = jdbc.sql("UPDATE account_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
			.params(utc(now), OneTimeTokens.hash(token))
			.update();
		return marked == 1 ? check : TokenCheck.invalid(TokenCheck.Outcome.USED);
	}

	/**
	 * Whether a link of this purpose was issued to the account after the given instant.
	 */
	boolean issuedAfter(long accountId, TokenPurpose purpose, Instant after) {
		return jdbc.sql("SELECT COUNT(*) FROM account_token WHERE account_id = ? AND purpose = ? AND created_at > ?")
			.params(accountId, purpose.name(), utc(after))
			.query(Long.class)
			.single() > 0;
	}

	void revokeAll(long accountId, TokenPurpose purpose, Instant now) {
		jdbc.sql("UPDATE account_token SET used_at = ? WHERE account_id = ? AND purpose = ? AND used_at IS NULL")
			.params(utc(now), accountId, purpose.name())
			.update();
	}

	private Optional<StoredToken> find(String token, TokenPurpose purpose) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return jdbc
			.sql("SELECT account_id, expires_at, used_at FROM account_token WHERE token_hash = ? AND purpose = ?")
			.params(OneTimeTokens.hash(token), purpose.name())
			.query((rs, row) -> new StoredToken(rs.getLong("account_id"), instant(rs, "expires_at"),
					instant(rs, "used_at")))
			.optional();
	}

	private record StoredToken(long accountId, Instant expiresAt, Instant usedAt) {

		TokenCheck check(Instant now) {
			if (usedAt != null) {
				return TokenCheck.invalid(TokenCheck.Outcome.USED);
			}
			if (!now.isBefore(expiresAt)) {
				return TokenCheck.invalid(TokenCheck.Outcome.EXPIRED);
			}
			return TokenCheck.valid(accountId);
		}

	}

}
