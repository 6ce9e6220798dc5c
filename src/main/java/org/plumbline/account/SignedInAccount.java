package org.plumbline.account;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in, as controllers receive it ({@code @AuthenticationPrincipal}). It is
 * kept in the session, which lives in the database, so it holds only what does not change
 * while one is signed in; rights are read afresh on every request. The person the account
 * is linked to is not kept here: a merge may move the account to another person while it
 * is signed in, so it is read from the account when needed.
 *
 * @param id the account's id; also the principal's name, which Spring Session indexes
 * @param displayName the name at sign-in, for labels such as "invited by"
 */
public record SignedInAccount(long id, String email,
		String displayName) implements AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return Long.toString(id);
	}

}
