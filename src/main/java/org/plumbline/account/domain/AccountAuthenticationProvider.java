package org.plumbline.account.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.plumbline.account.SignedInAccount;
import org.plumbline.account.domain.LoginThrottle.Attempt;
import org.plumbline.account.domain.SignInRefused.Reason;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in with email and password, through {@link LoginThrottle}. An unknown address is
 * throttled like a known one, costs the same password check and gets the same answers, so
 * the sign-in form does not tell which addresses have accounts; an account whose address
 * is not verified is refused only after its password was right, and a new link is mailed.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	static final GrantedAuthority USER = new SimpleGrantedAuthority("ROLE_USER");

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	private final PasswordEncoder passwords;

	private final SignUps signUps;

	private final Clock clock;

	/**
	 * Checked against when the address is unknown, so both cases take as long. Its hash
	 * is made on first use rather than when the server starts.
	 */
	private final UnusablePassword unknownAccount;

	AccountAuthenticationProvider(AccountRepository accounts, LoginThrottle throttle, PasswordEncoder passwords,
			SignUps signUps, Clock clock, UnusablePassword unknownAccount) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.passwords = passwords;
		this.signUps = signUps;
		this.clock = clock;
		this.unknownAccount = unknownAccount;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String password = String.valueOf(authentication.getCredentials());
		Optional<String> emailKey = EmailAddresses.key(authentication.getName());
		if (emailKey.isEmpty()) {
			throw new SignInRefused(Reason.WRONG_CREDENTIALS, null);
		}
		Attempt attempt = throttle.claim(emailKey.get(), clock.instant());
		if (!attempt.allowed()) {
			throw new SignInRefused(attempt.locked() ? Reason.LOCKED : Reason.TOO_SOON, attempt.until());
		}
		Optional<AccountRow> found = accounts.findByEmailKey(emailKey.get());
		boolean rightPassword = passwords.matches(password,
				found.map(AccountRow::passwordHash).orElseGet(unknownAccount::hash));
		if (found.isEmpty() || !rightPassword) {
			throw attempt.locked() ? new SignInRefused(Reason.LOCKED, attempt.until())
					: new SignInRefused(Reason.WRONG_CREDENTIALS, null);
		}
		AccountRow account = found.get();
		throttle.clear(emailKey.get());
		if (!account.verified()) {
			signUps.resendVerification(account.id());
			throw new SignInRefused(Reason.NOT_VERIFIED, null);
		}
		if (passwords.upgradeEncoding(account.passwordHash())) {
			accounts.setPasswordHash(account.id(), passwords.encode(password));
		}
		var principal = new SignedInAccount(account.id(), account.email(), account.displayName());
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(USER));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
