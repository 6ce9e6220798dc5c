package org.plumbline.people;

/**
 * Who merges two persons or dismisses their suggestion, and from where. The decision's
 * audit entry belongs to that event (DOMAIN.md, L16), so that its organisers find it in
 * their log; persons are shared by every event, so a site admin may also decide from the
 * site's own page, for pairs no event lists, and the entry is then site-level.
 *
 * @param accountId the organiser's or site admin's account
 * @param eventId the event whose organiser pages the decision was made on, or
 * {@code null} for the site admin's page
 */
public record ActingOrganiser(long accountId, Long eventId) {

	/** A site admin deciding from the site's page, for persons of any event or none. */
	public static ActingOrganiser siteAdmin(long accountId) {
		return new ActingOrganiser(accountId, null);
	}

}
