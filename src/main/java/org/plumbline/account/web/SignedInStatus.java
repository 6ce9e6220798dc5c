package org.plumbline.account.web;

import java.util.Map;

import org.plumbline.account.SignedInAccount;
import org.plumbline.account.domain.AccountProfiles;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for the small script that fills in the header of public pages, which
 * are the same bytes for every visitor (ARCHITECTURE.md). It creates no session.
 */
@RestController
class SignedInStatus {

	private final AccountProfiles profiles;

	SignedInStatus(AccountProfiles profiles) {
		this.profiles = profiles;
	}

	/**
	 * The name as it is now, not as it was at sign-in: the profile may have changed it.
	 */
	@GetMapping("/api/v1/me")
	ResponseEntity<Map<String, Object>> me(@AuthenticationPrincipal SignedInAccount me) {
		Map<String, Object> body = me == null ? Map.of("signedIn", false)
				: Map.of("signedIn", true, "name", profiles.profile(me).displayName());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(body);
	}

}
