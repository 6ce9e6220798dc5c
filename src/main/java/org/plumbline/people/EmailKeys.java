package org.plumbline.people;

import java.util.Locale;

/**
 * How email addresses are compared: without regard to case, as people type them
 * ("Jane@Example.org" and "jane@example.org" are one address).
 */
public final class EmailKeys {

	private EmailKeys() {
	}

	public static String of(String address) {
		return address.strip().toLowerCase(Locale.ROOT);
	}

}
