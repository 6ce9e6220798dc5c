package org.plumbline.load;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.LoggerFactory;

/**
 * The SMTP server the application delivers to (GreenMail, in the load test's JVM), and
 * the check that the outbox's mail of a rush reached it: every message sent at least
 * once, and copies (the application died between the server's acceptance and the outbox's
 * commit) no more than the kills.
 */
final class MailCheck implements AutoCloseable {

	private static final Duration DRAIN_TIME_OUT = Duration.ofMinutes(5);

	private final GreenMail server;

	private final Database database;

	MailCheck(int port, Database database) {
		((Logger) LoggerFactory.getLogger("com.icegreen")).setLevel(Level.WARN);
		this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
		this.database = database;
	}

	/**
	 * Waits until the outbox has nothing pending or being sent: messages a killed
	 * instance had claimed come back when their lease ends.
	 * @return how long it took
	 */
	Duration awaitDrained() throws Exception {
		Instant began = Instant.now();
		while (database.count("SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')") > 0) {
			if (Duration.between(began, Instant.now()).compareTo(DRAIN_TIME_OUT) > 0) {
				throw new IllegalStateException("the outbox did not drain within " + DRAIN_TIME_OUT);
			}
			Thread.sleep(1000);
		}
		return Duration.between(began, Instant.now());
	}

	/**
	 * Compares the outbox's mail about the registrations with what the SMTP server
	 * received.
	 */
	void check(List<String> registrationIds, int kills, Violations violations, Figures figures) throws Exception {
		Map<String, Integer> received = received();
		long sent = 0;
		long copies = 0;
		for (int from = 0; from < registrationIds.size(); from += 500) {
			List<String> chunk = registrationIds.subList(from, Math.min(registrationIds.size(), from + 500));
			String marks = String.join(",", chunk.stream().map(id -> "?").toList());
			for (Map<String, Object> message : database.query(
					"SELECT message_id, status FROM mail_outbox WHERE subject_type = 'registration' AND subject_id IN ("
							+ marks + ")",
					chunk.toArray())) {
				String messageId = (String) message.get("message_id");
				int times = received.getOrDefault(messageId, 0);
				if (!"SENT".equals(message.get("status")) || times == 0) {
					violations.add("mail " + messageId + " is " + message.get("status") + " and arrived " + times
							+ " times (lost)");
				}
				sent++;
				copies += Math.max(0, times - 1);
			}
		}
		if (copies > kills) {
			violations.add(copies + " registration mails arrived twice, more than the " + kills + " kills");
		}
		figures.add("registration mails sent (outbox)", sent);
		figures.add("of them arrived more than once (same Message-ID)", copies);
	}

	private Map<String, Integer> received() throws MessagingException {
		Map<String, Integer> times = new HashMap<>();
		for (MimeMessage message : server.getReceivedMessages()) {
			times.merge(message.getMessageID(), 1, Integer::sum);
		}
		return times;
	}

	@Override
	public void close() {
		server.stop();
	}

}
