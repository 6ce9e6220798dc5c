package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.people.DuplicateReason;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing up, verifying, signing in, the profile, throttling and password reset, as a
 * browser does them over HTTP, with the mail a real SMTP server caught.
 */
class AccountFlowTest extends AccountWebTest {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	PersonDirectory people;

	@Autowired
	PersonDuplicates duplicates;

	@Test
	void signUpMailsALinkThatVerifiesTheAddressAndThenSigningInWorks() {
		WebClient browser = browser();

		HttpResponse<String> signedUp = browser.submit("/signup", "/signup",
				Map.of("name", "Jörg Rödel", "email", "Joerg@Example.org", "password", PASSWORD));

		assertThat(signedUp.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/signup/sent"));
		assertThat(browser.page("/signup/sent").text()).contains("We have sent a link to Joerg@Example.org");
		assertThat(browser.signIn("joerg@example.org", PASSWORD)).isEqualTo("/login?error");
		assertThat(browser.signInError()).contains("not verified yet");

		String link = linkInLatestMailTo("Joerg@Example.org");
		assertThat(link).startsWith("/account/verify?token=");
		assertThat(browser.page(link).select("h1").text()).as("opening the link verifies nothing")
			.isEqualTo("Confirm your email address");
		Document wrong = Jsoup.parse(browser.submit(link, "/account/verify", Map.of("password", "not the one")).body());
		assertThat(wrong.select("#password_error").text()).startsWith("This is not the password chosen");
		assertThat(verify(browser, link, PASSWORD).select("h1").text()).isEqualTo("Email address verified");
		assertThat(browser.page(link).select("h1").text()).isEqualTo("This link does not work");

		assertThat(browser.signIn("JOERG@example.ORG", PASSWORD)).isEqualTo("/");
		Document profile = browser.page("/account/profile");
		assertThat(profile.select("h1").text()).isEqualTo("Your profile");
		assertThat(profile.text()).contains("Signed in as Joerg@Example.org");
		assertThat(profile.select("input[name=displayName]").attr("value")).isEqualTo("Jörg Rödel");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM account a JOIN person_email e ON e.person_id = a.person_id
				WHERE a.email_key = 'joerg@example.org' AND e.address_key = 'joerg@example.org'
				AND e.verified_at IS NOT NULL""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void whoeverSignsUpFirstWithSomeoneElsesAddressCannotKeepTheAccount() {
		WebClient mallory = browser();
		mallory.submit("/signup", "/signup",
				Map.of("name", "Mallory", "email", "victim@example.org", "password", "mallory's password"));
		String mallorysLink = linkInLatestMailTo("victim@example.org");
		clock.advance(Duration.ofSeconds(10));
		WebClient victim = browser();
		victim.submit("/signup", "/signup",
				Map.of("name", "Victor Victim", "email", "victim@example.org", "password", "victor's password"));
		String victimsLink = linkInLatestMailTo("victim@example.org");

		Document refused = Jsoup
			.parse(victim.submit(mallorysLink, "/account/verify", Map.of("password", "victor's password")).body());
		assertThat(refused.select("#password_error").text()).startsWith("This is not the password chosen");
		assertThat(verify(victim, victimsLink, "victor's password").select("h1").text())
			.isEqualTo("Email address verified");

		assertThat(browser().signIn("victim@example.org", "mallory's password")).isEqualTo("/login?error");
		assertThat(victim.signIn("victim@example.org", "victor's password")).isEqualTo("/");
		assertThat(victim.page("/account/profile").select("input[name=displayName]").attr("value"))
			.isEqualTo("Victor Victim");
		assertThat(mallory.page(mallorysLink).select("h1").text()).isEqualTo("This link does not work");
	}

	@Test
	void aSignUpWithOtherCredentialsWithinTheMinuteReplacesTheUnsentLinkOfTheFirst() {
		browser().submit("/signup", "/signup",
				Map.of("name", "Mallory", "email", "victim@example.org", "password", "mallory's password"));
		clock.advance(Duration.ofSeconds(10));
		WebClient victim = browser();
		victim.submit("/signup", "/signup",
				Map.of("name", "Victor Victim", "email", "victim@example.org", "password", "victor's password"));

		assertThat(mailTo("victim@example.org")).as("the victim's link replaced Mallory's unsent one").hasSize(1);
		assertThat(verify(victim, linkInLatestMailTo("victim@example.org"), "victor's password").select("h1").text())
			.isEqualTo("Email address verified");
		assertThat(victim.signIn("victim@example.org", "victor's password")).isEqualTo("/");
	}

	@Test
	void oneClientSetsOffAtMostTenSignUpMailsAnHourAndASignUpBeyondThemOpensNoAccount() {
		for (int i = 1; i <= 10; i++) {
			browser().submit("/signup", "/signup",
					Map.of("name", "Person " + i, "email", "person" + i + "@example.org", "password", PASSWORD));
		}
		clock.advance(Duration.ofMinutes(59));
		Map<String, String> eleventh = Map.of("name", "Eleven", "email", "eleven@example.org", "password", PASSWORD);
		assertThat(browser().submit("/signup", "/signup", eleventh).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/signup/sent"));

		assertThat(mailTo("person10@example.org")).hasSize(1);
		assertThat(mailTo("eleven@example.org")).isEmpty();
		assertThat(accounts("eleven@example.org")).isZero();

		clock.advance(Duration.ofMinutes(1));
		browser().submit("/signup", "/signup", eleventh);
		assertThat(verify(browser(), linkInLatestMailTo("eleven@example.org"), PASSWORD).select("h1").text())
			.isEqualTo("Email address verified");
	}

	@Test
	void aSignUpWhoseNameMatchesAnImportedPersonIsASuggestionNotAJoin() {
		long imported = people.create("Joerg Roedel", List.of("Joerg Roedel"), null).id();

		WebClient joerg = signedUp("joro@example.org", "Jörg Rödel");

		long linked = jdbc.sql("SELECT person_id FROM account WHERE email_key = 'joro@example.org'")
			.query(Long.class)
			.single();
		assertThat(linked).isNotEqualTo(imported);
		assertThat(duplicates.openSuggestionsInvolving(List.of(imported))).singleElement()
			.satisfies(suggestion -> assertThat(suggestion.reason()).isEqualTo(DuplicateReason.SAME_KEY));
		assertThat(joerg.page("/account/profile").select("input[name=displayName]").attr("value"))
			.isEqualTo("Jörg Rödel");
	}

	@Test
	void theProfileIsSavedAndAConcurrentEditIsToldNotOverwritten() {
		WebClient jane = signedUp("jane@example.org", "Jane Doe");
		Document form = jane.page("/account/profile");
		String version = form.select("input[name=version]").attr("value");

		HttpResponse<String> saved = jane.submit("/account/profile", "/account/profile",
				Map.of("displayName", "Jane Q. Doe", "affiliation", "Example Corp", "bio", "Kernel hacker."));
		assertThat(saved.statusCode()).isEqualTo(302);
		Document after = jane.page("/account/profile");
		assertThat(after.text()).contains("Your profile is saved.");
		assertThat(after.select("input[name=affiliation]").attr("value")).isEqualTo("Example Corp");
		assertThat(after.select("textarea[name=bio]").text()).isEqualTo("Kernel hacker.");
		assertThat(jane.getJson("/api/v1/me").body()).contains("\"name\":\"Jane Q. Doe\"");

		HttpResponse<String> stale = jane.submit("/account/profile", "/account/profile",
				Map.of("displayName", "Jane Stale", "bio", "", "affiliation", "", "version", version));
		Document refused = Jsoup.parse(stale.body());
		assertThat(refused.select("[role=alert]").text()).contains("changed elsewhere since you opened it");
		assertThat(refused.select("input[name=displayName]").attr("value")).isEqualTo("Jane Stale");
		assertThat(jane.page("/account/profile").select("input[name=displayName]").attr("value"))
			.isEqualTo("Jane Q. Doe");
	}

	@Test
	void aProfileNameWithALineBreakIsToldBesideItsFieldAndNothingIsSaved() {
		WebClient jane = signedUp("jane@example.org", "Jane Doe");

		Document refused = Jsoup.parse(jane
			.submit("/account/profile", "/account/profile", Map.of("displayName", "Jane\r\nDoe", "affiliation",
					"Example\u0007Corp", "bio", "Line one\r\nline two"))
			.body());

		assertThat(refused.select("#displayName_error").text()).contains("is a line break");
		assertThat(refused.select("#affiliation_error").text()).contains("invisible control character (U+0007)");
		assertThat(refused.select("#bio_error")).isEmpty();
		assertThat(jane.page("/account/profile").select("input[name=displayName]").attr("value")).isEqualTo("Jane Doe");
	}

	@Test
	void badSignUpInputIsToldFieldByFieldAndCreatesNothing() {
		WebClient browser = browser();

		Document refused = Jsoup.parse(
				browser
					.submit("/signup", "/signup",
							Map.of("name", "x".repeat(201), "email", "not an address", "password", "short"))
					.body());

		assertThat(refused.select("#name_error").text()).contains("At most 200 characters");
		assertThat(refused.select("#email_error").text()).contains("not an email address");
		assertThat(refused.select("#password_error").text()).contains("at least 10 characters");
		assertThat(refused.select("input[name=email]").attr("value")).isEqualTo("not an address");
		assertThat(refused.select("input[name=password]").attr("value")).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE NOT site_admin").query(Long.class).single()).isZero();
		assertThat(mailTo("not an address")).isEmpty();
	}

	@Test
	void signingUpTwiceCreatesOneAccountAndOnePendingMail() throws Exception {
		WebClient browser = browser();
		Map<String, String> fields = Map.of("name", "Jane Doe", "email", "jane@example.org", "password", PASSWORD);
		browser.page("/signup");

		CompletableFuture<HttpResponse<String>> first = CompletableFuture
			.supplyAsync(() -> browser.submit("/signup", "/signup", fields));
		CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> browser.submit("/signup",
				"/signup", Map.of("name", "Jane Doe", "email", "JANE@example.org", "password", PASSWORD)));

		assertThat(first.get().statusCode()).isEqualTo(302);
		assertThat(second.get().statusCode()).isEqualTo(302);
		assertThat(accounts("jane@example.org")).isOne();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'").query(Long.class).single())
			.isOne();
		assertThat(mailTo("jane@example.org")).hasSize(1);
	}

	@Test
	void signingUpWithAnAddressThatHasAnAccountMailsItsOwnerAndOpensNoSecondAccount() {
		signedUp("jane@example.org", "Jane Doe");
		greenMail.reset();
		clock.advance(Duration.ofMinutes(2));

		HttpResponse<String> again = browser().submit("/signup", "/signup",
				Map.of("name", "Mallory", "email", "Jane@Example.org", "password", "another password"));

		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/signup/sent"));
		assertThat(accounts("jane@example.org")).isOne();
		assertThat(mailTo("jane@example.org")).singleElement()
			.satisfies(mail -> assertThat(text(mail)).contains("already has an").contains("/account/reset"));
		assertThat(browser().signIn("jane@example.org", "another password")).isEqualTo("/login?error");
	}

	@Test
	void signingUpAgainAndAgainMailsAnAddressOnceAMinuteAndAnswersTheSameEachTime() {
		Map<String, String> fields = Map.of("name", "Jane Doe", "email", "jane@example.org", "password", PASSWORD);
		for (int i = 0; i < 3; i++) {
			assertThat(browser().submit("/signup", "/signup", fields).headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/signup/sent"));
		}
		assertThat(mailTo("jane@example.org")).hasSize(1);

		clock.advance(Duration.ofSeconds(59));
		browser().submit("/signup", "/signup", fields);
		assertThat(mailTo("jane@example.org")).hasSize(1);

		clock.advance(Duration.ofSeconds(1));
		browser().submit("/signup", "/signup", fields);
		assertThat(mailTo("jane@example.org")).hasSize(2);
		verify(browser(), linkInLatestMailTo("jane@example.org"), PASSWORD);

		for (int i = 0; i < 3; i++) {
			assertThat(browser().submit("/signup", "/signup", fields).headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/signup/sent"));
		}
		assertThat(mailTo("jane@example.org")).as("no 'already registered' mail within the minute").hasSize(2);
		clock.advance(Duration.ofMinutes(1));
		browser().submit("/signup", "/signup", fields);
		assertThat(mailTo("jane@example.org")).last()
			.satisfies(mail -> assertThat(text(mail)).contains("already has an"));
	}

	@Test
	void wrongPasswordsSlowDownThenLockTheAccountUntilATimeThePageNames() {
		signedUp("jane@example.org", "Jane Doe");
		WebClient browser = browser();

		for (int attempt = 1; attempt <= 2; attempt++) {
			assertThat(browser.signIn("jane@example.org", "wrong password " + attempt)).isEqualTo("/login?error");
			assertThat(browser.signInError()).isEqualTo("Wrong email or password.");
		}
		browser.signIn("jane@example.org", "wrong password 3");
		assertThat(browser.signIn("jane@example.org", PASSWORD)).isEqualTo("/login?error");
		assertThat(browser.signInError())
			.isEqualTo("Too many wrong passwords in a row. Wait 1 second before the next try.");

		clock.advance(Duration.ofSeconds(1));
		browser.signIn("jane@example.org", "wrong password 4");
		clock.advance(Duration.ofSeconds(2));
		browser.signIn("jane@example.org", "wrong password 5");

		assertThat(browser.signInError())
			.startsWith("Too many wrong passwords: this account is locked until 09:15:03 UTC (15 minutes from now)");
		clock.advance(Duration.ofMinutes(10));
		assertThat(browser.signIn("jane@example.org", PASSWORD)).isEqualTo("/login?error");
		assertThat(browser.signInError()).contains("locked until 09:15:03 UTC (5 minutes from now)");

		clock.advance(Duration.ofMinutes(5));
		assertThat(browser.signIn("jane@example.org", PASSWORD)).isEqualTo("/");
	}

	@Test
	void anUnknownAddressGetsTheSameAnswersAsAKnownOneWithWrongPasswords() {
		signedUp("jane@example.org", "Jane Doe");

		assertThat(answersToWrongPasswords("nobody@example.org")).isEqualTo(answersToWrongPasswords("jane@example.org"))
			.containsExactly("Wrong email or password.", "Wrong email or password.", "Wrong email or password.",
					"Too many wrong passwords in a row. Wait 1 second before the next try.",
					"Too many wrong passwords in a row. Wait 1 second before the next try.");
	}

	private List<String> answersToWrongPasswords(String email) {
		clock.set(START);
		WebClient browser = browser();
		List<String> answers = new java.util.ArrayList<>();
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(email, "wrong password " + attempt);
			answers.add(browser.signInError());
		}
		return answers;
	}

	@Test
	void aResetLinkSetsANewPasswordOnceLiftsTheLockAndSignsOutEverywhere() {
		WebClient jane = signedUp("jane@example.org", "Jane Doe");
		WebClient attacker = browser();
		for (int attempt = 1; attempt <= 5; attempt++) {
			attacker.signIn("jane@example.org", "guess " + attempt);
			clock.advance(Duration.ofSeconds(10));
		}
		assertThat(attacker.signInError()).contains("locked until");

		HttpResponse<String> asked = browser().submit("/account/reset", "/account/reset",
				Map.of("email", "JANE@example.org"));
		assertThat(asked.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account/reset/sent"));
		String link = linkInLatestMailTo("jane@example.org");
		assertThat(link).startsWith("/account/reset/new?token=");

		WebClient owner = browser();
		Document tooShort = Jsoup.parse(owner.submit(link, "/account/reset/new", Map.of("password", "short")).body());
		assertThat(tooShort.select("#password_error").text()).contains("at least 10 characters");
		HttpResponse<String> reset = owner.submit(link, "/account/reset/new",
				Map.of("password", "a brand new password"));
		assertThat(reset.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));

		assertThat(owner.page(link).select("h1").text()).isEqualTo("This link does not work");
		assertThat(jane.get("/account/profile").statusCode()).as("the old session is signed out").isEqualTo(302);
		assertThat(owner.signIn("jane@example.org", PASSWORD)).isEqualTo("/login?error");
		assertThat(owner.signIn("jane@example.org", "a brand new password")).isEqualTo("/");
	}

	@Test
	void aResetLinkExpiresAndOnlyTheNewestOneWorks() {
		signedUp("jane@example.org", "Jane Doe");
		browser().submit("/account/reset", "/account/reset", Map.of("email", "jane@example.org"));
		String first = linkInLatestMailTo("jane@example.org");
		browser().submit("/account/reset", "/account/reset", Map.of("email", "jane@example.org"));
		assertThat(linkInLatestMailTo("jane@example.org")).as("no second link within a minute").isEqualTo(first);
		clock.advance(Duration.ofMinutes(1));
		browser().submit("/account/reset", "/account/reset", Map.of("email", "jane@example.org"));
		String second = linkInLatestMailTo("jane@example.org");

		assertThat(second).isNotEqualTo(first);
		assertThat(browser().page(first).text()).contains("It has been used already, or a newer link was sent since.");
		clock.advance(Duration.ofMinutes(61));
		assertThat(browser().page(second).text()).contains("It has expired.");
		assertThat(browser().submit("/account/reset", "/account/reset", Map.of("email", "nobody@example.org"))
			.statusCode()).isEqualTo(302);
		assertThat(mailTo("nobody@example.org")).isEmpty();
	}

	@Test
	void signedInPagesSendAnonymousVisitorsToTheSignInPage() {
		for (String path : new String[] { "/account", "/account/profile" }) {
			HttpResponse<String> response = browser().get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() {
		WebClient jane = signedUp("jane@example.org", "Jane Doe");

		HttpResponse<String> forged = jane.post("/account/profile",
				Map.of("displayName", "Forged", "bio", "", "affiliation", "", "version", "0"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(jane.page("/account/profile").select("input[name=displayName]").attr("value")).isEqualTo("Jane Doe");
	}

	@Test
	void publicPagesCreateNoSessionAndTheStatusEndpointNamesTheSignedInUser() {
		WebClient visitor = browser();
		visitor.get("/");
		visitor.getJson("/api/v1/me");
		assertThat(visitor.hasSessionCookie()).isFalse();
		assertThat(visitor.getJson("/api/v1/me").body()).isEqualTo("{\"signedIn\":false}");

		WebClient jane = signedUp("jane@example.org", "Jane Doe");
		HttpResponse<String> me = jane.getJson("/api/v1/me");
		assertThat(me.body()).contains("\"signedIn\":true").contains("\"name\":\"Jane Doe\"");
		assertThat(me.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-store"));
	}

	@Test
	void theFirstStartCreatedOneVerifiedSiteAdminWithTheGivenPassword() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE site_admin AND email_verified_at IS NOT NULL")
			.query(Long.class)
			.single()).isOne();
		assertThat(browser().signIn(ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("/");
	}

	@Test
	void theAdminPagesAreNotFoundForASignedInUserAsAnUnknownAddressIsAndAnonymousVisitorsAreAskedToSignIn() {
		WebClient user = signedUp("jane@example.org", "Jane Doe");
		HttpResponse<String> unknown = user.get("/no-such-page");

		for (String path : List.of("/admin", "/admin/mail", "/admin/mail/texts")) {
			HttpResponse<String> admin = user.get(path);
			assertThat(admin.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(admin.body()).select("main").text()).as(path)
				.isEqualTo(Jsoup.parse(unknown.body()).select("main").text())
				.contains("Page not found");
		}
		assertThat(user.postWithToken("/admin/mail/texts/role-granted/reset", Map.of()).statusCode()).isEqualTo(404);
		assertThat(browser().get("/admin").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void theAdminStartPageWarnsThatMailedLinksPointAtLocalhostWithoutAPublicUrl() {
		WebClient admin = browser();
		assertThat(admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("/");

		assertThat(admin.page("/admin").select("[role=alert]").text()).contains("point at http://localhost:8080")
			.contains("Set plumbline.public-url");
	}

	@Test
	void takingTheSiteAdminFlagAwayTakesEffectAtOnceForASignedInAdmin() {
		WebClient admin = browser();
		assertThat(admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("/");
		assertThat(admin.get("/admin").statusCode()).isEqualTo(200);

		jdbc.sql("UPDATE account SET site_admin = FALSE WHERE email_key = ?").param(ADMIN_EMAIL).update();
		try {
			assertThat(admin.get("/admin").statusCode()).isEqualTo(404);
		}
		finally {
			jdbc.sql("UPDATE account SET site_admin = TRUE WHERE email_key = ?").param(ADMIN_EMAIL).update();
		}
	}

	@Test
	void sessionsLiveInTheDatabase() {
		WebClient jane = signedUp("jane@example.org", "Jane Doe");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME IS NOT NULL")
			.query(Long.class)
			.single()).isOne();
		jane.submit("/account/profile", "/logout", Map.of());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME IS NOT NULL")
			.query(Long.class)
			.single()).isZero();
		assertThat(jane.get("/account/profile").statusCode()).isEqualTo(302);
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindAnHttpsProxy() throws Exception {
		signedUp("jane@example.org", "Jane Doe");
		HttpClient http = HttpClient.newHttpClient();
		String form = "email=jane%40example.org&password=" + PASSWORD.replace(" ", "+");

		for (boolean behindHttps : new boolean[] { false, true }) {
			HttpRequest.Builder login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded");
			if (behindHttps) {
				login.header("X-Forwarded-Proto", "https");
			}
			HttpResponse<String> page = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			String session = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
			HttpResponse<String> signedIn = http.send(login.header("Cookie", session)
				.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token))
				.build(), HttpResponse.BodyHandlers.ofString());

			String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
			assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax");
			assertThat(cookie.contains("Secure")).as("Secure when the proxy says https").isEqualTo(behindHttps);
		}
	}

	/** A browser signed in to a new, verified account. */
	WebClient signedUp(String email, String name) {
		WebClient browser = browser();
		browser.submit("/signup", "/signup", Map.of("name", name, "email", email, "password", PASSWORD));
		verify(browser, linkInLatestMailTo(email), PASSWORD);
		assertThat(browser.signIn(email, PASSWORD)).isEqualTo("/");
		return browser;
	}

}
