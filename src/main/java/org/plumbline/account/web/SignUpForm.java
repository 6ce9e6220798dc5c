package org.plumbline.account.web;

/** The sign-up form's fields; the password is never sent back to the browser. */
public record SignUpForm(String name, String email, String password) {

	SignUpForm withoutPassword() {
		return new SignUpForm(name, email, "");
	}

}
