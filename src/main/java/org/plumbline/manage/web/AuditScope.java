package org.plumbline.manage.web;

import org.plumbline.audit.AuditQuery;
import org.plumbline.event.Event;

/**
 * Whose audit log a page shows: one event's, to its organisers, in the event's time zone;
 * or the site's entries of no event (merges, site mail texts, resent account mail), to
 * the site admin, in UTC.
 *
 * @param event the event, or null for the site
 */
public record AuditScope(Event event) {

	static final AuditScope SITE = new AuditScope(null);

	public String path() {
		return event == null ? "/admin/audit" : "/manage/" + event.slug() + "/audit";
	}

	public Times times() {
		return event == null ? Times.UTC : new Times(event.timeZone());
	}

	/** The newest entries of the scope, before any filter. */
	AuditQuery query() {
		return event == null ? AuditQuery.ofSite() : AuditQuery.ofEvent(event.id());
	}

}
