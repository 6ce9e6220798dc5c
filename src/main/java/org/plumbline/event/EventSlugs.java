package org.plumbline.event;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for event slugs: {@code [a-z][a-z0-9_]{3,31}} (the c3voc acronym pattern accepts
 * them), and never a first path segment the application maps itself, or the event would
 * be unreachable.
 */
public final class EventSlugs {

	public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9_]{3,31}");

	/**
	 * First path segments the application maps (a test compares this with the handler
	 * mappings).
	 */
	public static final Set<String> RESERVED = Set.of("account", "accounts", "actuator", "admin", "api", "assets",
			"error", "events", "favicon.ico", "health", "invitation", "invitations", "login", "logout", "manage",
			"organiser", "profile", "proposals", "review", "robots.txt", "signup", "static", "swagger", "user", "users",
			"v3", "webjars");

	private EventSlugs() {
	}

	/** What is wrong with a slug, in words, or empty if it may be used. */
	public static Optional<String> problem(String slug) {
		if (slug == null || !PATTERN.matcher(slug).matches()) {
			return Optional.of("must be 4 to 32 characters: a lower-case letter, then lower-case letters, digits or _");
		}
		if (RESERVED.contains(slug)) {
			return Optional.of("\"" + slug + "\" is reserved by Plumbline; choose another slug");
		}
		return Optional.empty();
	}

}
