package org.plumbline.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.account.domain.AccountProfiles;
import org.plumbline.account.domain.AccountRow;
import org.plumbline.account.domain.EmailAddresses;
import org.springframework.stereotype.Service;

/**
 * Which person an account acts as, for features that record people (the speakers of a
 * topic): read from the account on every call, since a merge may move an account to
 * another person while it is signed in. It is the way in for other features only: inside
 * the account package, {@link Rights} and the profile pages ask {@link AccountProfiles}
 * themselves, as they do for the rest of an account's profile.
 */
@Service
public class AccountPersons {

	private final AccountProfiles profiles;

	AccountPersons(AccountProfiles profiles) {
		this.profiles = profiles;
	}

	/**
	 * The person of a verified account; empty for an account whose email is unverified.
	 */
	public Optional<Long> verifiedPersonId(long accountId) {
		return profiles.verifiedPersonId(accountId);
	}

	/**
	 * The person of the verified account with this address: the only way an address names
	 * a person (DOMAIN.md, L14). Empty if no account has it or it is unverified.
	 */
	public Optional<Long> verifiedPersonIdOf(String email) {
		return profiles.verifiedPersonIdOf(email);
	}

	/**
	 * What is wrong with an address that someone types for another person, in words;
	 * empty if it is accepted as a sign-in address would be.
	 */
	public Optional<String> addressProblem(String email) {
		return EmailAddresses.problem(email);
	}

	/**
	 * The key an address is compared by (lower case, trimmed), as sign-up stores it;
	 * empty for one that is not an address.
	 */
	public Optional<String> addressKey(String email) {
		return EmailAddresses.key(email);
	}

	/**
	 * The name and address of an account, for mail about what it did itself (its
	 * registration); empty for an unknown account.
	 */
	public Optional<AccountContact> contact(long accountId) {
		return profiles.contact(accountId);
	}

	/**
	 * The verified address of a person's account, where mail to the person goes; empty
	 * for a person without a verified account.
	 */
	public Optional<String> verifiedAddress(long personId) {
		return profiles.verifiedAddress(personId);
	}

	/**
	 * The accounts of these ids that exist, by id, in one query however many they are: a
	 * list of hundreds (a waiting list) costs what one costs.
	 */
	public Map<Long, AccountSummary> summaries(Collection<Long> accountIds) {
		return profiles.accounts(accountIds)
			.stream()
			.map(AccountPersons::summary)
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}

	/**
	 * The account whose sign-in address this is (compared without regard to case),
	 * verified or not; empty if no account has it.
	 */
	public Optional<AccountSummary> accountOf(String email) {
		return profiles.accountOf(email).map(AccountPersons::summary);
	}

	private static AccountSummary summary(AccountRow row) {
		return new AccountSummary(row.id(), row.displayName(), row.email(), row.verified() ? row.personId() : null);
	}

}
