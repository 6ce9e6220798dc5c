package org.plumbline.account;

import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server with a real SMTP server (GreenMail) catching its mail, a site admin
 * made from the settings, and a clock that tests move. Each test starts at {@link #START}
 * with no accounts but the admin's, no mail, sessions or sign-in throttles.
 */
abstract class AccountWebTest extends MailCatchingServerTest {

	static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

	static final String ADMIN_EMAIL = "admin@plumbline.test";

	static final String ADMIN_PASSWORD = "admin password for tests";

	@DynamicPropertySource
	static void siteAdmin(DynamicPropertyRegistry registry) {
		registry.add("plumbline.admin.email", () -> ADMIN_EMAIL);
		registry.add("plumbline.admin.password", () -> ADMIN_PASSWORD);
	}

	AccountWebTest() {
		super(START);
	}

	@BeforeEach
	void startFromAnEmptyAccountTable() {
		jdbc.sql("DELETE FROM mail_outbox").update();
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		jdbc.sql("DELETE FROM account WHERE NOT site_admin").update();
		jdbc.sql("DELETE FROM login_throttle").update();
		jdbc.sql("DELETE FROM sign_up_client").update();
	}

	WebClient browser() {
		return WebClient.browser(port);
	}

	/** Opens a verification link and confirms it with the password. */
	static Document verify(WebClient browser, String link, String password) {
		return Jsoup.parse(browser.submit(link, "/account/verify", Map.of("password", password)).body());
	}

	long accounts(String emailKey) {
		return count("SELECT COUNT(*) FROM account WHERE email_key = ?", emailKey);
	}

}
