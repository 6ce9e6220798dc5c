package org.plumbline.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.plumbline.testsupport.CaughtMail;
import org.plumbline.testsupport.FreePorts;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server with a real SMTP server (GreenMail) catching its mail, and a clock
 * that tests move. Mail leaves the outbox when a test runs the delivery worker, so no
 * test waits for a poll.
 */
abstract class AccountWebTest extends RunningServerTest {

	static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

	static final String ADMIN_EMAIL = "admin@plumbline.test";

	static final String ADMIN_PASSWORD = "admin password for tests";

	static final int SMTP_PORT = FreePorts.next();

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("plumbline.mail.poll-interval", () -> "PT1H");
		registry.add("plumbline.admin.email", () -> ADMIN_EMAIL);
		registry.add("plumbline.admin.password", () -> ADMIN_PASSWORD);
	}

	@Autowired
	MailDeliveryWorker mailWorker;

	@BeforeEach
	void startFromAnEmptyAccountTableAndTheStartTime() {
		clock.set(START);
		jdbc.sql("DELETE FROM mail_outbox").update();
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		jdbc.sql("DELETE FROM account WHERE NOT site_admin").update();
		jdbc.sql("DELETE FROM login_throttle").update();
		jdbc.sql("DELETE FROM sign_up_client").update();
	}

	WebClient browser() {
		return WebClient.browser(port);
	}

	/**
	 * Delivers what the outbox holds, then answers the messages GreenMail caught for an
	 * address.
	 */
	List<MimeMessage> mailTo(String address) {
		mailWorker.run();
		return CaughtMail.to(greenMail, address);
	}

	/** The path and query of the first link in the newest message to an address. */
	String linkInLatestMailTo(String address) {
		return CaughtMail.linkInLatest(mailTo(address), address);
	}

	static String text(MimeMessage message) {
		return CaughtMail.text(message);
	}

	/** Opens a verification link and confirms it with the password. */
	static Document verify(WebClient browser, String link, String password) {
		return Jsoup.parse(browser.submit(link, "/account/verify", Map.of("password", password)).body());
	}

	long accounts(String emailKey) {
		return jdbc.sql("SELECT COUNT(*) FROM account WHERE email_key = ?").param(emailKey).query(Long.class).single();
	}

}
