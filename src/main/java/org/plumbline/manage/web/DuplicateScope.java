package org.plumbline.manage.web;

import org.plumbline.event.Event;

/**
 * Whose duplicate persons a page lists: one event's (its organisers see the pairs that
 * touch its persons), or the site's (the site admin sees every pair, including those no
 * event lists, such as two accounts' persons).
 *
 * @param event the event, or null for the site
 */
public record DuplicateScope(Event event) {

	static final DuplicateScope SITE = new DuplicateScope(null);

	public String listPath() {
		return event == null ? "/admin/people/duplicates" : "/manage/" + event.slug() + "/people/duplicates";
	}

	public String suggestionPath(long suggestionId) {
		return listPath() + "/" + suggestionId;
	}

	/** Where the page's breadcrumb starts: the event's page, or the site admin's. */
	public String homePath() {
		return event == null ? "/admin" : "/" + event.slug() + "/";
	}

	public String homeName() {
		return event == null ? "Site admin" : event.name();
	}

	/** Where the decisions' audit entries go, in words. */
	public String auditLogName() {
		return event == null ? "the site's audit log" : "the event's audit log";
	}

}
