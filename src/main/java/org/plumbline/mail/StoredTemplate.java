package org.plumbline.mail;

import java.time.Instant;

/**
 * The template in force for a purpose in one scope (the site, or one event), as the
 * template editor shows it.
 *
 * @param purposeKey the purpose
 * @param eventId the event, or {@code null} for the site's template
 * @param subject the subject template in force
 * @param body the body template in force
 * @param origin where that text comes from: this scope's own text, the site's (for an
 * event without its own), or the purpose's default
 * @param version the version of this scope's own text, to pass back to
 * {@link MailTemplates#save}: 0 while the scope has never had a text of its own; it also
 * grows when the text is reset
 * @param updatedAt when the text in force was saved, or {@code null} for the default
 */
public record StoredTemplate(String purposeKey, Long eventId, String subject, String body, Origin origin, int version,
		Instant updatedAt) {

	/** Whether the text in force is the purpose's default, which no one has changed. */
	public boolean isDefault() {
		return origin == Origin.DEFAULT;
	}

	/** Where the text in force comes from. */
	public enum Origin {

		/** The default declared with the purpose. */
		DEFAULT,

		/** The site's template. */
		SITE,

		/** The event's own template. */
		EVENT

	}

}
