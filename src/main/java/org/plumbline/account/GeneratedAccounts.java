package org.plumbline.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.plumbline.account.domain.AccountRepository;
import org.plumbline.account.domain.AccountRepository.NewVerifiedAccount;
import org.plumbline.account.domain.EmailAddresses;
import org.plumbline.account.domain.SignUps;
import org.plumbline.people.GeneratedPersons;
import org.plumbline.people.GeneratedPersons.NamedAddress;
import org.plumbline.account.domain.UnusablePassword;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verified accounts for the people of a generated sample event (the data generator is the
 * only caller: {@code ModularityTest}). Their password is unknown to anyone: they share
 * {@link UnusablePassword}'s hash.
 */
@Service
public class GeneratedAccounts {

	private final SignUps signUps;

	private final AccountRepository accounts;

	private final GeneratedPersons persons;

	private final UnusablePassword password;

	private final Clock clock;

	GeneratedAccounts(SignUps signUps, AccountRepository accounts, GeneratedPersons persons, UnusablePassword password,
			Clock clock) {
		this.signUps = signUps;
		this.accounts = accounts;
		this.persons = persons;
		this.password = password;
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
		long id = signUps.createVerified(email, key, displayName, password.hash(), clock.instant());
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
		List<Long> ids = accounts.insertVerifiedAll(rows, password.hash(), now);
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

}
