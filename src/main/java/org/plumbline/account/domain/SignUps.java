package org.plumbline.account.domain;

import java.time.Clock;
import java.time.Instant;

import org.plumbline.account.AccountProperties;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonProfiles;
import org.plumbline.people.PersonSummary;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up and email verification. A sign-up always ends with "we have sent you a link",
 * whether the address is new, unverified or already has an account (which then gets a
 * mail saying so), so the form tells no one which addresses have accounts; a second
 * submission of the same form creates nothing more and replaces the unsent mail.
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
	 * Opens an account, unverified, and mails the link that verifies it.
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
		AccountRow account = accounts.findByEmailKey(key).orElse(null);
		if (account == null) {
			long id = accounts.insert(address, key, passwordHash, displayName, clock.instant());
			account = accounts.findById(id).orElseThrow();
		}
		else if (account.verified()) {
			mail.alreadyRegistered(account);
			return;
		}
		mailVerificationLink(account);
	}

	/** Mails a new verification link to an account not yet verified. */
	@Transactional
	public void resendVerification(long accountId) {
		accounts.findById(accountId).filter(account -> !account.verified()).ifPresent(this::mailVerificationLink);
	}

	private void mailVerificationLink(AccountRow account) {
		String token = tokens.issue(account.id(), TokenPurpose.VERIFY_EMAIL, properties.verificationLinkValidity(),
				clock.instant());
		mail.verification(account, token, properties.verificationLinkValidity());
	}

	/**
	 * Verifies the address of a verification link's account and links the account to its
	 * person (DOMAIN.md, L14).
	 */
	@Transactional
	public TokenCheck.Outcome verify(String token) {
		Instant now = clock.instant();
		TokenCheck check = tokens.use(token, TokenPurpose.VERIFY_EMAIL, now);
		if (check.isValid()) {
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
