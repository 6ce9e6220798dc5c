package org.plumbline.account.domain;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.plumbline.people.EmailKeys;

/** Which sign-in addresses are accepted, and their case-insensitive key. */
public final class EmailAddresses {

	/** The longest address SMTP can carry (RFC 5321: 64 + 1 + 255, in practice 254). */
	public static final int MAX_LENGTH = 254;

	private EmailAddresses() {
	}

	/** What is wrong with an address, in words, or empty if it is accepted. */
	public static Optional<String> problem(String address) {
		if (address == null || address.isBlank()) {
			return Optional.of("Enter your email address.");
		}
		String trimmed = address.strip();
		if (trimmed.length() > MAX_LENGTH) {
			return Optional.of("An email address has at most " + MAX_LENGTH + " characters.");
		}
		try {
			InternetAddress parsed = new InternetAddress(trimmed, true);
			if (parsed.getPersonal() != null || !parsed.getAddress().equals(trimmed) || !trimmed.contains("@")) {
				return Optional.of("Enter the address alone, such as jane@example.org.");
			}
			return Optional.empty();
		}
		catch (AddressException ex) {
			return Optional.of("This is not an email address; enter one such as jane@example.org.");
		}
	}

	/**
	 * The key under which an accepted address is stored, or empty if it is not accepted.
	 */
	public static Optional<String> key(String address) {
		return problem(address).isPresent() ? Optional.empty() : Optional.of(EmailKeys.of(address));
	}

}
