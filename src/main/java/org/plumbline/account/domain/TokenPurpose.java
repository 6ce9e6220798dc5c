package org.plumbline.account.domain;

/** What a mailed link of an account does. */
enum TokenPurpose {

	VERIFY_EMAIL, RESET_PASSWORD

}
