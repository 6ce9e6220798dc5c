package org.plumbline.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why a kind of mail is sent, and its default text. A feature declares each of its
 * purposes as a Spring bean of this type; {@link MailTemplates} collects them, so that
 * organisers can edit and preview every template without the mail feature knowing the
 * others.
 *
 * @param key the purpose's name, such as {@code account-verification}: lower-case
 * letters, digits and hyphens, at most 64 characters (it is stored with each message of
 * the outbox)
 * @param description what the mail is for, as the template editor shows it
 * @param perEvent whether an event may have its own text; {@code false} for site-level
 * mail (account verification), which only the site's template changes
 * @param defaultSubject the subject template used until one is saved
 * @param defaultBody the plain-text body template used until one is saved
 * @param sampleValues every placeholder a template of this purpose may use, with the
 * value a preview shows; names are letters, digits and underscores, starting with a
 * letter. Kept in the given order (the editor lists them so).
 * @param secretPlaceholders the placeholders whose values only the recipient may read,
 * such as a one-time link that verifies an address or sets a password: the outbox pages
 * show the message with {@link #WITHHELD} in their place. Each is one of the sample
 * values' names.
 */
public record MailPurpose(String key, String description, boolean perEvent, String defaultSubject, String defaultBody,
		Map<String, String> sampleValues, Set<String> secretPlaceholders) {

	/**
	 * What the outbox pages show instead of a secret placeholder's value: organisers read
	 * every message of their event, and a reset link read there would open someone else's
	 * account.
	 */
	public static final String WITHHELD = "[one-time link, not shown]";

	static final int MAX_KEY_LENGTH = MailOutbox.MAX_PURPOSE_LENGTH;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

	/**
	 * JMustache reads a dot as a path ({@code a.b}) and names such as {@code this} or
	 * {@code -first} specially, so placeholders are kept to plain names.
	 */
	private static final Pattern PLACEHOLDER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	public MailPurpose {
		if (key == null || !KEY.matcher(key).matches() || key.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("a mail purpose's key must be lower-case letters, digits and hyphens, "
					+ "starting with a letter, at most " + MAX_KEY_LENGTH + " characters, not " + key);
		}
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException("mail purpose " + key + " needs a description");
		}
		if (defaultSubject == null || defaultSubject.isBlank() || defaultBody == null || defaultBody.isBlank()) {
			throw new IllegalArgumentException("mail purpose " + key + " needs a default subject and body");
		}
		if (sampleValues == null) {
			throw new IllegalArgumentException("mail purpose " + key + " needs sample values (empty if none)");
		}
		sampleValues.forEach((name, value) -> {
			if (name == null || !PLACEHOLDER.matcher(name).matches()) {
				throw new IllegalArgumentException("mail purpose " + key + ": placeholder name " + name
						+ " must be letters, digits and underscores, starting with a letter");
			}
			if (value == null) {
				throw new IllegalArgumentException(
						"mail purpose " + key + ": placeholder " + name + " needs a sample value");
			}
		});
		sampleValues = Collections.unmodifiableMap(new LinkedHashMap<>(sampleValues));
		if (secretPlaceholders == null) {
			throw new IllegalArgumentException(
					"mail purpose " + key + " needs its secret placeholders (empty if none)");
		}
		for (String secret : secretPlaceholders) {
			if (!sampleValues.containsKey(secret)) {
				throw new IllegalArgumentException("mail purpose " + key + ": secret placeholder " + secret
						+ " is not one of its placeholders " + sampleValues.keySet());
			}
		}
		secretPlaceholders = Set.copyOf(secretPlaceholders);
	}

	/** A purpose whose mail carries nothing that only its recipient may read. */
	public MailPurpose(String key, String description, boolean perEvent, String defaultSubject, String defaultBody,
			Map<String, String> sampleValues) {
		this(key, description, perEvent, defaultSubject, defaultBody, sampleValues, Set.of());
	}

}
