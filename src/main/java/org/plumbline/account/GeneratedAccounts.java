package org.plumbline.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.plumbline.account.domain.AccountRepository;
import org.plumbline.account.domain.AccountRepository.NewVerifiedAccount;
import org.plumbline.account.domain.EmailAddresses;
import org.plumbline.account.domain.SignUps;
import org.plumbline.people.GeneratedPersons;
import org.plumbline.people.GeneratedPersons.NamedAddress;
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

	private final AccountRepository accounts;

	private final GeneratedPersons persons;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private String unusablePasswordHash;

	GeneratedAccounts(SignUps signUps, AccountRepository accounts, GeneratedPersons persons, PasswordEncoder passwords,
			Clock clock) {
		this.signUps = signUps;
		this.accounts = accounts;
		this.persons = persons;
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

	/**
	 * A generated event's people, by the ten thousand: verified accounts as
	 * {@link #create} makes them, written in batches, their persons linked through
	 * {@link GeneratedPersons} (which looks for no duplicates among them).
	 * @return the accounts with their persons, in the order given
	 * @throws IllegalArgumentException for an address that is no address
	 * @throws org.springframework.dao.DuplicateKeyException if an account has one of the
	 * addresses
	 */
	@Transactional
	public List<AccountPerson> createAll(List<NamedAddress> people) {
		Instant now = clock.instant();
		List<Long> personIds = persons.verifiedPersons(people, now);
		List<NewVerifiedAccount> rows = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			NamedAddress person = people.get(i);
			String key = EmailAddresses.key(person.address())
				.orElseThrow(() -> new IllegalArgumentException("Not an email address: " + person.address()));
			rows.add(new NewVerifiedAccount(person.address(), key, person.displayName(), personIds.get(i)));
		}
		List<Long> ids = accounts.insertVerifiedAll(rows, passwordHash(), now);
		List<AccountPerson> created = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			created.add(new AccountPerson(
					new SignedInAccount(ids.get(i), rows.get(i).email(), rows.get(i).displayName()), personIds.get(i)));
		}
		return created;
	}

	/** A generated account and the person it is. */
	public record AccountPerson(SignedInAccount account, long personId) {
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
