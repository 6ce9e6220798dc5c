package org.plumbline.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The headers and parts of an outbox message as it goes out: its stored Message-ID on
 * every attempt, the configured sender, its recipient, a subject in any script, the
 * clock's date, and its text, with the HTML as an alternative when it has one.
 */
class MimeMessagesTest {

	private static final Instant NOW = Instant.parse("2031-05-05T08:30:00Z");

	private static final String MESSAGE_ID = "<2f1c0d4e-9a7b-4c3d-8e6f-0a1b2c3d4e5f@lpc.example.org>";

	private final MimeMessages messages = new MimeMessages(new JavaMailSenderImpl(),
			"Plumbline <noreply@lpc.example.org>", Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aMessageKeepsItsStoredMessageIdAndCarriesSenderRecipientSubjectAndTheClocksDate() throws Exception {
		QueuedMail queued = new QueuedMail(7, MESSAGE_ID, "zoë@example.org", "Ihr Vortrag – angenommen ✓", "Guten Tag",
				null, 0, NOW);

		MimeMessage first = messages.of(queued);
		first.saveChanges();
		MimeMessage again = messages.of(queued);
		again.saveChanges();

		assertThat(first.getMessageID()).isEqualTo(MESSAGE_ID);
		assertThat(again.getMessageID()).as("the next attempt's").isEqualTo(MESSAGE_ID);
		assertThat(first.getFrom()).containsExactly(new InternetAddress("Plumbline <noreply@lpc.example.org>"));
		assertThat(first.getRecipients(RecipientType.TO)).extracting(Object::toString)
			.containsExactly("zoë@example.org");
		assertThat(first.getSubject()).isEqualTo("Ihr Vortrag – angenommen ✓");
		assertThat(first.getHeader("Subject")[0]).as("encoded for the wire").startsWith("=?UTF-8?");
		assertThat(first.getSentDate()).isEqualTo(Date.from(NOW));
		assertThat(first.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(first.getContent()).isEqualTo("Guten Tag");
	}

	@Test
	void aMessageWithHtmlCarriesItsTextAndHtmlAsAlternatives() throws Exception {
		MimeMessage mime = messages.of(new QueuedMail(8, MESSAGE_ID, "ana@example.org", "Accepted", "Plain words",
				"<p>Rich words</p>", 2, NOW));
		mime.saveChanges();
		ByteArrayOutputStream wire = new ByteArrayOutputStream();
		mime.writeTo(wire);

		assertThat(mime.getMessageID()).isEqualTo(MESSAGE_ID);
		assertThat(mime.getContent()).isInstanceOf(MimeMultipart.class);
		assertThat(wire.toString(StandardCharsets.UTF_8)).contains("multipart/alternative")
			.containsPattern("text/plain;\\s*charset=UTF-8")
			.containsPattern("text/html;\\s*charset=UTF-8")
			.contains("Plain words")
			.contains("<p>Rich words</p>");
	}

}
