package org.plumbline.people;

/** One of a person's email addresses, as written, and whether its owner proved it. */
public record EmailAddress(String address, boolean verified) {
}
