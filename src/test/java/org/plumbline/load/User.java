package org.plumbline.load;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of the load test's verified accounts, and the session its sign-in made: a cookie
 * that the sessions table keeps, so it outlives a killed application.
 */
final class User {

	static final String PASSWORD = "load test password";

	private final int number;

	private final long accountId;

	private final String email;

	private volatile String sessionCookie;

	User(int number, long accountId, String email) {
		this.number = number;
		this.accountId = accountId;
		this.email = email;
	}

	int number() {
		return number;
	}

	long accountId() {
		return accountId;
	}

	String sessionCookie() {
		return sessionCookie;
	}

	/**
	 * Signs in through the sign-in form, with its CSRF token, as a browser does.
	 * @throws IllegalStateException if the form refuses the address and password
	 */
	void signIn(Site site, Timings timings) throws IOException, InterruptedException {
		Site.Answer form = site.get("/login", null, timings);
		String token = form.csrfToken()
			.orElseThrow(() -> new IllegalStateException("the sign-in page (" + form.status() + ") has no CSRF token"));
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", PASSWORD);
		fields.put("_csrf", token);
		Site.Answer signedIn = site.post("/login", form.sessionCookie(), fields, timings, Site.REQUEST_TIME_OUT);
		if (!signedIn.redirected() || signedIn.location() == null || signedIn.location().contains("error")
				|| signedIn.sessionCookie() == null) {
			throw new IllegalStateException(
					email + " could not sign in: " + signedIn.status() + " " + signedIn.location());
		}
		sessionCookie = signedIn.sessionCookie();
	}

}
