package org.plumbline.account.domain;

import java.time.Clock;
import java.time.Instant;

import org.plumbline.account.AccountProperties;
import org.plumbline.validation.FieldChecks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by a mailed single-use link. Asking tells no one whether the address has
 * an account; setting the new password lifts a lock, verifies the address (the link
 * proved it), and signs the account out everywhere.
 */
@Service
public class PasswordResets {

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final AccountMail mail;

	private final SignUps signUps;

	private final LoginThrottle throttle;

	private final PasswordEncoder passwords;

	private final AccountProperties properties;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final Clock clock;

	PasswordResets(AccountRepository accounts, AccountTokens tokens, AccountMail mail, SignUps signUps,
			LoginThrottle throttle, PasswordEncoder passwords, AccountProperties properties,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.signUps = signUps;
		this.throttle = throttle;
		this.passwords = passwords;
		this.properties = properties;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Mails a reset link if the address has an account, at most one a minute
	 * ({@link MailedLinks#MIN_INTERVAL}): the form is open to anyone, and must not serve
	 * to flood someone's mailbox. The answer is the same either way.
	 * @throws org.plumbline.validation.InvalidFields if it is no email address
	 */
	@Transactional
	public void request(String email) {
		new FieldChecks().check("email", EmailAddresses.problem(email)).throwIfAny();
		Instant now = clock.instant();
		accounts.findByEmailKey(EmailAddresses.key(email).orElseThrow())
			.filter(account -> !tokens.issuedAfter(account.id(), TokenPurpose.RESET_PASSWORD,
					now.minus(MailedLinks.MIN_INTERVAL)))
			.ifPresent(account -> {
				String token = tokens.issueReset(account.id(), properties.resetLinkValidity(), now);
				mail.passwordReset(account, token, properties.resetLinkValidity());
			});
	}

	/**
	 * Whether a reset link would work now, for the page that asks for the new password.
	 */
	@Transactional(readOnly = true)
	public TokenCheck.Outcome check(String token) {
		return tokens.check(token, TokenPurpose.RESET_PASSWORD, clock.instant()).outcome();
	}

	/**
	 * Sets a new password through a reset link, which then no longer works.
	 * @throws org.plumbline.validation.InvalidFields if the password is not accepted (the
	 * link still works then)
	 */
	@Transactional
	public TokenCheck.Outcome reset(String token, String newPassword) {
		Instant now = clock.instant();
		TokenCheck check = tokens.check(token, TokenPurpose.RESET_PASSWORD, now);
		if (!check.isValid()) {
			return check.outcome();
		}
		AccountRow account = accounts.findById(check.accountId()).orElseThrow();
		new FieldChecks().check("password", PasswordRules.problem(newPassword, account.email())).throwIfAny();
		check = tokens.use(token, TokenPurpose.RESET_PASSWORD, now);
		if (!check.isValid()) {
			return check.outcome();
		}
		accounts.setPasswordHash(account.id(), passwords.encode(newPassword));
		throttle.clear(EmailAddresses.key(account.email()).orElseThrow());
		signUps.markVerified(account, now);
		sessions.ifAvailable(
				store -> store.findByPrincipalName(Long.toString(account.id())).keySet().forEach(store::deleteById));
		return check.outcome();
	}

}
