package org.plumbline.people;

/**
 * Who merges two persons or dismisses their suggestion, and on which event's pages. The
 * decision's audit entry belongs to that event (DOMAIN.md, L16), so that its organisers
 * find it in their log; persons are shared by every event, but an organiser always acts
 * from one of them.
 *
 * @param accountId the organiser's account
 * @param eventId the event whose organiser pages the decision was made on
 */
public record ActingOrganiser(long accountId, long eventId) {
}
