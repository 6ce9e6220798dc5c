package org.plumbline.testsupport;

import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server with a real SMTP server (GreenMail) catching its mail. The delivery
 * worker polls once an hour, so mail leaves the outbox only when a test asks for it
 * through {@link #mailTo(String)}, and no test waits for a poll.
 */
public abstract class MailCatchingServerTest extends RunningServerTest {

	private static final int SMTP_PORT = FreePorts.next();

	@RegisterExtension
	protected static final GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailToGreenMail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("plumbline.mail.poll-interval", () -> "PT1H");
	}

	@Autowired
	protected MailDeliveryWorker mailWorker;

	protected MailCatchingServerTest(Instant start) {
		super(start);
	}

	/**
	 * Delivers what the outbox holds, then answers the messages GreenMail caught for an
	 * address.
	 */
	protected List<MimeMessage> mailTo(String address) {
		this.mailWorker.run();
		return CaughtMail.to(greenMail, address);
	}

	/** The path and query of the first link in the newest message to an address. */
	protected String linkInLatestMailTo(String address) {
		return CaughtMail.linkInLatest(mailTo(address), address);
	}

	protected static String text(MimeMessage message) {
		return CaughtMail.text(message);
	}

}
