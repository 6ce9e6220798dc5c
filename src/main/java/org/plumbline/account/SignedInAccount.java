package org.plumbline.account;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in, as controllers receive it ({@code @AuthenticationPrincipal}). It is
 * kept in the session, which lives in the database, so it holds only what does not change
 * while one is signed in; rights are read afresh on every request.
 *
 * @param id the account's id; also the principal's name, which Spring Session indexes
 * @param personId the person the account is linked to through its verified email
 */
public record SignedInAccount(long id, long personId, String email,
		String displayName) implements AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return Long.toString(id);
	}

}
