package org.plumbline.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.GeneratedAccounts;
import org.plumbline.account.GeneratedAccounts.AccountPerson;
import org.plumbline.account.SignedInAccount;
import org.plumbline.mail.MailOutbox;
import org.plumbline.people.GeneratedPersons.NamedAddress;

/**
 * The people of one generation: their accounts, each at an address of its own in the
 * event's domain that takes no mail, and the person behind each account, so that what the
 * generator writes as a person (a lead, a speaker) and as an account (a reviewer, a
 * registrant) are the same human.
 */
final class SamplePeople {

	private final GeneratedAccounts accounts;

	private final AccountPersons persons;

	private final String domain;

	private final List<SignedInAccount> people = new ArrayList<>();

	private final Set<String> addresses = new HashSet<>();

	private final Map<Long, SignedInAccount> accountByPerson = new HashMap<>();

	private final Map<Long, Long> personByAccount = new HashMap<>();

	SamplePeople(GeneratedAccounts accounts, AccountPersons persons, String slug) {
		this.accounts = accounts;
		this.persons = persons;
		this.domain = "@" + slug.replace('_', '-') + "." + MailOutbox.NEVER_DELIVERED_DOMAIN;
	}

	/** An account of its own, apart from the people the event's MCs and calls draw on. */
	SignedInAccount account(String name) {
		SignedInAccount account = accounts.create(address(name), name);
		remember(account, persons.verifiedPersonId(account.id()).orElseThrow());
		return account;
	}

	/** Accounts for the names, in one batch, joining the people the event draws on. */
	void createAll(List<String> names) {
		List<NamedAddress> named = names.stream().map(name -> new NamedAddress(address(name), name)).toList();
		for (AccountPerson created : accounts.createAll(named)) {
			people.add(created.account());
			remember(created.account(), created.personId());
		}
	}

	/** The people made by {@link #createAll}, in their order. */
	List<SignedInAccount> all() {
		return Collections.unmodifiableList(people);
	}

	long personOf(SignedInAccount account) {
		return personByAccount.get(account.id());
	}

	SignedInAccount accountOf(long personId) {
		return accountByPerson.get(personId);
	}

	/** Every account made so far, by its person. */
	Map<Long, SignedInAccount> accountByPerson() {
		return Collections.unmodifiableMap(accountByPerson);
	}

	private void remember(SignedInAccount account, long person) {
		accountByPerson.put(person, account);
		personByAccount.put(account.id(), person);
	}

	/** The name's address; a second person of the same name gets a number. */
	private String address(String name) {
		String local = SampleWords.ascii(name, ".");
		String address = local + domain;
		for (int n = 2; !addresses.add(address); n++) {
			address = local + n + domain;
		}
		return address;
	}

}
