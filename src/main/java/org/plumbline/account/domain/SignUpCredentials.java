package org.plumbline.account.domain;

/** The password (as its hash) and the name that one sign-up chose. */
record SignUpCredentials(String passwordHash, String displayName) {
}
