package org.plumbline.account;

import org.plumbline.account.domain.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds an account's row for another feature whose changes by one account must take turns
 * (an account's interest marks, each paired with the account's other marks).
 */
@Service
public class AccountLocks {

	private final AccountRepository accounts;

	AccountLocks(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Holds the account's row until the caller's transaction ends: a second holder waits.
	 * Rows that refer to the account are written meanwhile without waiting, so a writer
	 * holding other rows that then refers to the account is never caught in a circle.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(long accountId) {
		accounts.lock(accountId);
	}

}
