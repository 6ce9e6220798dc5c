package org.plumbline.manage.web;

/**
 * The team page's form: an address, a role, and for a reviewer what they review: the slug
 * of an MC, or {@link org.plumbline.account.Teams#TRACK_PREFIX} and a track's slug.
 */
public record InviteForm(String email, String role, String microconference) {
}
