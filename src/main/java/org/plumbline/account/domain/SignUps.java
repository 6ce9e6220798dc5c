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
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up and email verification. A sign-up always ends with "we have sent you a link",
 * whether the address is new, unverified or already has an account (which then gets a
 * mail saying so), so the form tells no one which addresses have accounts; a second
 * submission of the same form creates no second account.
 * <p>
 * Anyone may send the form, so it must not serve to flood a mailbox, nor to hold back
 * someone else's link. A sign-up with the same name and password as the link mailed in
 * the last {@link MailedLinks#MIN_INTERVAL} (a double click, a retry) sends nothing new;
 * one with other credentials always queues its own link, which replaces the address's
 * unsent one, so no one can keep an address's owner from signing up by signing up with it
 * first. "You already have an account" goes out at most once in that interval. Each
 * client address sets off at most {@code plumbline.accounts.sign-up-mails-per-client}
 * mails an hour ({@link SignUpClientLimit}); a sign-up beyond that changes nothing.
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

	private final SignUpClientLimit clientLimit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignUps(AccountRepository accounts, AccountTokens tokens, AccountMail mail, PersonProfiles persons,
			PasswordEncoder passwords, AccountProperties properties, SignUpClientLimit clientLimit,
			TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.persons = persons;
		this.passwords = passwords;
		this.properties = properties;
		this.clientLimit = clientLimit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Opens an account, unverified, and mails the link that verifies it, unless the same
	 * sign-up was mailed in the last {@link MailedLinks#MIN_INTERVAL} or the client has
	 * had its share of sign-up mails.
	 * @param clientAddress the address the request came from
	 * @throws org.plumbline.validation.InvalidFields for a missing or malformed field
	 */
	public void signUp(String name, String email, String password, String clientAddress) {
		var checks = new FieldChecks();
		String displayName = checks.requiredLine("name", name, PersonProfile.MAX_NAME_LENGTH);
		checks.check("email", EmailAddresses.problem(email));
		checks.check("password", PasswordRules.problem(password, email));
		checks.throwIfAny();
		var signUp = new SignUp(displayName, email.strip(), password, passwords.encode(password), clientAddress);
		try {
			transactions.executeWithoutResult(status -> signUpOnce(signUp, status));
		}
		catch (DuplicateKeyException sameAddressOrClientAtOnce) {
			// The other submission opened the account or counted the client; this one now
			// finds it.
			transactions.executeWithoutResult(status -> signUpOnce(signUp, status));
		}
	}

	private void signUpOnce(SignUp signUp, TransactionStatus status) {
		String key = EmailAddresses.key(signUp.address()).orElseThrow();
		Instant now = clock.instant();
		AccountRow account = accounts.lockByEmailKey(key).orElse(null);
		if (account == null) {
			long id = accounts.insert(signUp.address(), key, signUp.passwordHash(), signUp.displayName(), now);
			account = accounts.findById(id).orElseThrow();
		}
		Instant recently = now.minus(MailedLinks.MIN_INTERVAL);
		boolean mailDue = account.verified() ? accounts.claimSignUpMail(account.id(), now, recently)
				: !mailedRecently(account, signUp, recently);
		if (!mailDue) {
			return;
		}
		if (!clientLimit.claim(signUp.clientAddress(), now)) {
			status.setRollbackOnly();
			return;
		}
		if (account.verified()) {
			mail.alreadyRegistered(account);
			return;
		}
		accounts.recordSignUpMail(account.id(), now);
		mailVerificationLink(account, new SignUpCredentials(signUp.passwordHash(), signUp.displayName()));
	}

	/** Whether the newest link, mailed after {@code since}, is for this very sign-up. */
	private boolean mailedRecently(AccountRow account, SignUp signUp, Instant since) {
		return tokens.newestVerificationAfter(account.id(), since)
			.filter(mailed -> mailed.displayName().equals(signUp.displayName())
					&& passwords.matches(signUp.password(), mailed.passwordHash()))
			.isPresent();
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

	private record SignUp(String displayName, String address, String password, String passwordHash,
			String clientAddress) {
	}

	/**
	 * An account whose address counts as verified at once, for the data generator's
	 * people (through {@code GeneratedAccounts}): linked to the person the address names,
	 * as a verified sign-up is.
	 * @return the account's id
	 * @throws org.springframework.dao.DuplicateKeyException if an account has the address
	 */
	public long createVerified(String email, String emailKey, String displayName, String passwordHash, Instant now) {
		long id = accounts.insert(email, emailKey, passwordHash, displayName, now);
		markVerified(accounts.findById(id).orElseThrow(), now);
		return id;
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
