package org.plumbline.account;

/** How to address an account's owner: the name they gave, and their sign-in address. */
public record AccountContact(String displayName, String email) {

}
