package org.plumbline.account;

import java.util.Optional;

import org.plumbline.microconference.ProposalAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the Call for Microconferences who organises an event and whose verified address
 * an invitation was mailed to; it cannot ask this feature itself (this one depends on
 * it).
 */
@Component
class ProposalAuthorityOfAccounts implements ProposalAuthority {

	private final Rights rights;

	private final AccountPersons persons;

	ProposalAuthorityOfAccounts(Rights rights, AccountPersons persons) {
		this.rights = rights;
		this.persons = persons;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean organises(long accountId, long eventId) {
		return rights.isOrganiser(accountId, eventId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> verifiedPersonOf(long accountId) {
		return persons.verifiedPersonId(accountId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> verifiedPersonOfAddress(String email) {
		return persons.verifiedPersonIdOf(email);
	}

	@Override
	public Optional<String> addressProblem(String email) {
		return persons.addressProblem(email);
	}

}
