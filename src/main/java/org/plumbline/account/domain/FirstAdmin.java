package org.plumbline.account.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.plumbline.account.AdminProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the site admin on the first start of a server with no admin, so that someone
 * can sign in and hand out roles. The password is {@code plumbline.admin.password}
 * (environment variable {@code PLUMBLINE_ADMIN_PASSWORD}) or, without one, generated and
 * printed once in the log. Two instances starting at once create one admin: the second
 * insert hits the unique address and is dropped, and only the one that committed prints
 * its password.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final int GENERATED_PASSWORD_BYTES = 15;

	private final AccountRepository accounts;

	private final SignUps signUps;

	private final PasswordEncoder passwords;

	private final AdminProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FirstAdmin(AccountRepository accounts, SignUps signUps, PasswordEncoder passwords, AdminProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.signUps = signUps;
		this.passwords = passwords;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		String email = properties.email().strip();
		EmailAddresses.problem(email).ifPresent(problem -> {
			throw new IllegalStateException("plumbline.admin.email \"" + email + "\": " + problem);
		});
		boolean given = properties.password() != null && !properties.password().isEmpty();
		if (given) {
			PasswordRules.problem(properties.password(), email).ifPresent(problem -> {
				throw new IllegalStateException("plumbline.admin.password (PLUMBLINE_ADMIN_PASSWORD): " + problem);
			});
		}
		String password = given ? properties.password() : generatedPassword();
		try {
			boolean created = Boolean.TRUE
				.equals(transactions.execute(status -> createUnlessAnyAdmin(email, password)));
			if (created && given) {
				log.info("Created the site admin {} with the password from PLUMBLINE_ADMIN_PASSWORD", email);
			}
			else if (created) {
				log.warn(
						"Created the site admin {} with the password {} (shown this once; change it after "
								+ "signing in, or set PLUMBLINE_ADMIN_PASSWORD before the first start)",
						email, password);
			}
		}
		catch (DuplicateKeyException anotherInstanceWasFirst) {
			log.info("The site admin was created by another instance starting at the same time");
		}
	}

	private boolean createUnlessAnyAdmin(String email, String password) {
		if (accounts.anySiteAdmin()) {
			return false;
		}
		Instant now = clock.instant();
		String key = EmailAddresses.key(email).orElseThrow();
		long id = accounts.insert(email, key, passwords.encode(password), "Site admin", now);
		accounts.makeSiteAdmin(id);
		signUps.markVerified(accounts.findById(id).orElseThrow(), now);
		return true;
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
