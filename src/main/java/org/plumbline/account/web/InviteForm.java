package org.plumbline.account.web;

/**
 * The team page's form: an address, a role, and for a reviewer the slug of the MC.
 */
public record InviteForm(String email, String role, String microconference) {
}
