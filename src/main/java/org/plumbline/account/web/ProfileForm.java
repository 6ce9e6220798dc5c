package org.plumbline.account.web;

/** The profile form's fields, with the version the editor started from. */
public record ProfileForm(String displayName, String bio, String affiliation, int version) {
}
