package org.plumbline.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.plumbline.account.AccountProperties;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonProfiles;
import org.plumbline.people.PersonSummary;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up and email verification. A sign-up always ends with "we have sent you a link",
 * whether the address is new, unverified or already has an account (which then gets a
 * mail saying so), so the form tells no one which addresses have accounts; a second
 * submission of the same form creates no second account. An address gets at most one such
 * mail in {@link MailedLinks#MIN_INTERVAL}, however often the form is sent: anyone may
 * send it, and it must not serve to flood a mailbox.
 * <p>
 * Each sign-up's link carries that sign-up's password and name, and verifying asks for
 * the password: whoever signed up first with someone else's address cannot keep the
 * account, because its owner verifies with their own sign-up's link and password, which
 * then become the account's.
 */
@Service
public class SignUps {

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final AccountMail mail;

	private final PersonProfiles persons;

	private final PasswordEncoder passwords;

	private final AccountProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignUps(AccountRepository accounts, AccountTokens tokens, AccountMail mail, PersonProfiles persons,
			PasswordEncoder passwords, AccountProperties properties, TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.persons = persons;
		this.passwords = passwords;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Opens an account, unverified, and mails the link that verifies it, unless a sign-up
	 * mailed the address in the last {@link MailedLinks#MIN_INTERVAL}.
	 * @throws org.plumbline.validation.InvalidFields for a missing or malformed field
	 */
	public void signUp(String name, String email, String password) {
		var checks = new FieldChecks();
		String displayName = checks.required("name", name, PersonProfile.MAX_NAME_LENGTH);
		checks.check("email", EmailAddresses.problem(email));
		checks.check("password", PasswordRules.problem(password, email));
		checks.throwIfAny();
		String address = email.strip();
		String passwordHash = passwords.encode(password);
		try {
			transactions.executeWithoutResult(status -> signUpOnce(displayName, address, passwordHash));
		}
		catch (DuplicateKeyException sameAddressAtOnce) {
			// The other submission opened the account; this one now finds it.
			transactions.executeWithoutResult(status -> signUpOnce(displayName, address, passwordHash));
		}
	}

	private void signUpOnce(String displayName, String address, String passwordHash) {
		String key = EmailAddresses.key(address).orElseThrow();
		Instant now = clock.instant();
		AccountRow account = accounts.findByEmailKey(key).orElse(null);
		if (account == null) {
			long id = accounts.insert(address, key, passwordHash, displayName, now);
			account = accounts.findById(id).orElseThrow();
		}
		if (!accounts.claimSignUpMail(account.id(), now, now.minus(MailedLinks.MIN_INTERVAL))) {
			return;
		}
		if (account.verified()) {
			mail.alreadyRegistered(account);
			return;
		}
		mailVerificationLink(account, new SignUpCredentials(passwordHash, displayName));
	}

	/**
	 * Mails a new verification link to an account not yet verified, for its password and
	 * name as they are (it was signed in to with that password), unless one was mailed in
	 * the last {@link MailedLinks#MIN_INTERVAL}.
	 */
	@Transactional
	public void resendVerification(long accountId) {
		Instant recently = clock.instant().minus(MailedLinks.MIN_INTERVAL);
		accounts.findById(accountId)
			.filter(account -> !account.verified())
			.filter(account -> !tokens.issuedAfter(account.id(), TokenPurpose.VERIFY_EMAIL, recently))
			.ifPresent(account -> mailVerificationLink(account,
					new SignUpCredentials(account.passwordHash(), account.displayName())));
	}

	private void mailVerificationLink(AccountRow account, SignUpCredentials credentials) {
		String token = tokens.issueVerification(account.id(), credentials, properties.verificationLinkValidity(),
				clock.instant());
		mail.verification(account, credentials.displayName(), token, properties.verificationLinkValidity());
	}

	/**
	 * Whether a verification link would work now, for the page that asks for the
	 * password.
	 */
	@Transactional(readOnly = true)
	public TokenCheck.Outcome check(String token) {
		return tokens.check(token, TokenPurpose.VERIFY_EMAIL, clock.instant()).outcome();
	}

	/**
	 * Verifies the address of a verification link's account, if the password is the one
	 * chosen at that sign-up, which becomes the account's with that sign-up's name; links
	 * the account to its person (DOMAIN.md, L14); the other open links stop working.
	 * @throws org.plumbline.validation.InvalidFields if the password is not that
	 * sign-up's (the link still works then)
	 */
	@Transactional
	public TokenCheck.Outcome verify(String token, String password) {
		Instant now = clock.instant();
		TokenCheck check = tokens.check(token, TokenPurpose.VERIFY_EMAIL, now);
		if (!check.isValid()) {
			return check.outcome();
		}
		SignUpCredentials credentials = tokens.credentials(token).orElseThrow();
		if (password == null || !passwords.matches(password, credentials.passwordHash())) {
			throw new InvalidFields(Map.of("password",
					"This is not the password chosen when this link was asked for. Enter that one; if it was "
							+ "not you who signed up, ignore the link."));
		}
		check = tokens.use(token, TokenPurpose.VERIFY_EMAIL, now);
		if (check.isValid()) {
			accounts.setPasswordHash(check.accountId(), credentials.passwordHash());
			accounts.setDisplayName(check.accountId(), credentials.displayName());
			tokens.revokeAll(check.accountId(), TokenPurpose.VERIFY_EMAIL, now);
			markVerified(accounts.findById(check.accountId()).orElseThrow(), now);
		}
		return check.outcome();
	}

	/** Verifies an account's address (a mailed link was opened) unless it already is. */
	void markVerified(AccountRow account, Instant now) {
		if (account.verified()) {
			return;
		}
		PersonSummary person = persons.linkVerifiedEmail(account.email(), account.displayName(), now);
		accounts.markVerified(account.id(), person.id(), now);
	}

}
