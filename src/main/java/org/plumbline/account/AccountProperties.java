package org.plumbline.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code plumbline.accounts}.
 *
 * @param verificationLinkValidity how long the link of a verification mail works
 * @param resetLinkValidity how long the link of a password-reset mail works
 * @param maxFailedLogins wrong passwords in a row that lock the account
 * @param lockDuration how long such a lock lasts (a password reset lifts it at once)
 * @param signUpMailsPerClient sign-up mails that one client address may set off in an
 * hour (raise it where many people sign up from behind one address, as at a venue's
 * network)
 */
@ConfigurationProperties("plumbline.accounts")
public record AccountProperties(@DefaultValue("PT24H") Duration verificationLinkValidity,
		@DefaultValue("PT1H") Duration resetLinkValidity, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("PT15M") Duration lockDuration, @DefaultValue("10") int signUpMailsPerClient) {

	public AccountProperties {
		if (maxFailedLogins < 2) {
			throw new IllegalArgumentException(
					"plumbline.accounts.max-failed-logins must be at least 2, not " + maxFailedLogins);
		}
		if (signUpMailsPerClient < 1) {
			throw new IllegalArgumentException(
					"plumbline.accounts.sign-up-mails-per-client must be at least 1, not " + signUpMailsPerClient);
		}
	}

}
