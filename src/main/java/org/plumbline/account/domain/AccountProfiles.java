package org.plumbline.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.plumbline.account.AccountContact;
import org.plumbline.account.SignedInAccount;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonProfiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's profile: it is their person's (name, bio, affiliation, shown on
 * speaker pages), and the account keeps the name for greeting them in mail. The person is
 * read from the account on every call, not from the session: an organiser's merge may
 * have moved the account to another person since the user signed in.
 */
@Service
public class AccountProfiles {

	private final PersonProfiles persons;

	private final AccountRepository accounts;

	AccountProfiles(PersonProfiles persons, AccountRepository accounts) {
		this.persons = persons;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public PersonProfile profile(SignedInAccount account) {
		return persons.profile(personOf(account));
	}

	/**
	 * @throws org.plumbline.validation.InvalidFields for a missing or too long field
	 * @throws org.springframework.dao.OptimisticLockingFailureException if it was saved
	 * elsewhere since the form was opened
	 */
	@Transactional
	public void update(SignedInAccount account, PersonProfile edited) {
		long personId = personOf(account);
		persons.update(personId, edited);
		accounts.setDisplayName(account.id(), persons.profile(personId).displayName());
	}

	/**
	 * The person an account acts as, once its email is verified (DOMAIN.md, L14); empty
	 * for an unverified or unknown account.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> verifiedPersonId(long accountId) {
		return accounts.findById(accountId).filter(AccountRow::verified).map(AccountRow::personId);
	}

	/**
	 * The person of the verified account whose address this is; empty if no account has
	 * it, or its owner has not verified it.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> verifiedPersonIdOf(String email) {
		return EmailAddresses.key(email)
			.flatMap(accounts::findByEmailKey)
			.filter(AccountRow::verified)
			.map(AccountRow::personId);
	}

	@Transactional(readOnly = true)
	public Optional<AccountContact> contact(long accountId) {
		return accounts.findById(accountId).map(account -> new AccountContact(account.displayName(), account.email()));
	}

	/** The accounts of these ids that exist, in one query however many they are. */
	@Transactional(readOnly = true)
	public List<AccountRow> accounts(Collection<Long> accountIds) {
		return accounts.findByIds(accountIds);
	}

	/** The account whose address this is, verified or not. */
	@Transactional(readOnly = true)
	public Optional<AccountRow> accountOf(String email) {
		return EmailAddresses.key(email).flatMap(accounts::findByEmailKey);
	}

	/**
	 * The verified address of a person's account, for mail about what the person does in
	 * an event (a topic's decision); empty for a person without a verified account.
	 */
	@Transactional(readOnly = true)
	public Optional<String> verifiedAddress(long personId) {
		return accounts.findVerifiedByPersonId(personId).map(AccountRow::email);
	}

	private long personOf(SignedInAccount account) {
		return accounts.findById(account.id())
			.map(AccountRow::personId)
			.orElseThrow(() -> new IllegalStateException("The signed-in account " + account.id() + " is gone"));
	}

}
