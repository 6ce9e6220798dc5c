package org.plumbline.manage.web;

import org.plumbline.event.Event;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.StoredTemplate.Origin;
import org.plumbline.mail.StoredTemplate;

/**
 * Whose mail texts a page edits: one event's (its organisers), or the site's (the site
 * admin), which every event without its own text uses too.
 *
 * @param event the event, or null for the site
 */
public record TextScope(Event event) {

	static final TextScope SITE = new TextScope(null);

	/** The event's id, or null for the site, as the templates facade takes it. */
	Long eventId() {
		return event == null ? null : event.id();
	}

	/**
	 * Whether the scope has a text of its own for the purpose: every purpose for the
	 * site, the per-event ones for an event.
	 */
	boolean offers(MailPurpose purpose) {
		return event == null || purpose.perEvent();
	}

	public String listPath() {
		return event == null ? "/admin/mail/texts" : "/manage/" + event.slug() + "/mail/texts";
	}

	public String textPath(String purposeKey) {
		return listPath() + "/" + purposeKey;
	}

	/**
	 * Whether the text in force is this scope's own, which "Back to the default" drops.
	 */
	public boolean isOwn(StoredTemplate template) {
		return template.origin() == (event == null ? Origin.SITE : Origin.EVENT);
	}

	/** Where the text in force comes from, in words. */
	public String origin(StoredTemplate template) {
		return switch (template.origin()) {
			case DEFAULT -> "the default text";
			case SITE -> event == null ? "the site's own text" : "the site's text";
			case EVENT -> "this event's own text";
		};
	}

}
