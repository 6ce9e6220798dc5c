package org.plumbline.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.plumbline.account.domain.EmailAddresses;
import org.plumbline.account.domain.SignUps;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verified accounts for the people of a generated sample event (the data generator is the
 * only caller: {@code ModularityTest}). Their password is unknown to anyone: they share
 * the hash of a random one that is never shown, made once per instance because hashing a
 * password costs tens of milliseconds by design.
 */
@Service
public class GeneratedAccounts {

	private static final int PASSWORD_BYTES = 24;

	private final SignUps signUps;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private String unusablePasswordHash;

	GeneratedAccounts(SignUps signUps, PasswordEncoder passwords, Clock clock) {
		this.signUps = signUps;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * A verified account with the address and name, linked to the person that address
	 * names (a new one if none does), as a sign-up verified by its link would be.
	 * @return the account, as it would be signed in
	 * @throws IllegalArgumentException for an address that is no address
	 * @throws org.springframework.dao.DuplicateKeyException if an account has the address
	 */
	@Transactional
	public SignedInAccount create(String email, String displayName) {
		String key = EmailAddresses.key(email)
			.orElseThrow(() -> new IllegalArgumentException("Not an email address: " + email));
		long id = signUps.createVerified(email, key, displayName, passwordHash(), clock.instant());
		return new SignedInAccount(id, email, displayName);
	}

	private synchronized String passwordHash() {
		if (unusablePasswordHash == null) {
			byte[] secret = new byte[PASSWORD_BYTES];
			new SecureRandom().nextBytes(secret);
			unusablePasswordHash = passwords.encode(Base64.getEncoder().encodeToString(secret));
		}
		return unusablePasswordHash;
	}

}
