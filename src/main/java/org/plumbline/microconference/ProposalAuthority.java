package org.plumbline.microconference;

import java.util.Optional;

/**
 * Who an account is to the Call for Microconferences: whether it organises the event and
 * which person its verified address names. The account feature answers: it depends on
 * this one, so this one cannot ask it directly without a cycle.
 */
public interface ProposalAuthority {

	/** Whether the account organises the event (a site admin organises every event). */
	boolean organises(long accountId, long eventId);

	/** The person of the account, once its address is verified; empty before. */
	Optional<Long> verifiedPersonOf(long accountId);

	/**
	 * The person of the verified account with this address: the only way an address names
	 * a person (DOMAIN.md, L14). Empty if no account has it or it is unverified.
	 */
	Optional<Long> verifiedPersonOfAddress(String email);

	/**
	 * What is wrong with an address typed for someone else, in words; empty if it is
	 * accepted as a sign-in address would be (the one rule for addresses).
	 */
	Optional<String> addressProblem(String email);

}
