package org.plumbline.site.web;

import java.util.Optional;
import java.util.UUID;

/** GUIDs in addresses: one that does not parse names nothing, as an unknown one. */
final class Guids {

	private Guids() {
	}

	static Optional<UUID> parse(String text) {
		try {
			UUID guid = UUID.fromString(text);
			// fromString accepts shortened groups ("1-2-3-4-5"): only the canonical form
			// names a page, so that each page has one address.
			return guid.toString().equals(text) ? Optional.of(guid) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
