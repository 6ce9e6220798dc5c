package org.plumbline.mail.domain;

import java.time.Clock;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The MIME message of a claimed outbox message: from the configured sender, to its
 * recipient, its subject and text in UTF-8 (with its HTML as an alternative part when it
 * has one), dated by the clock, under the Message-ID stored in the outbox, so that every
 * attempt sends the same message and mail clients recognise a second copy.
 */
class MimeMessages {

	private final Session session;

	private final String from;

	private final Clock clock;

	MimeMessages(JavaMailSender sender, String from, Clock clock) {
		this.session = (sender instanceof JavaMailSenderImpl impl) ? impl.getSession()
				: Session.getInstance(new Properties());
		this.from = from;
		this.clock = clock;
	}

	MimeMessage of(QueuedMail message) throws MessagingException {
		MimeMessage mime = new StoredIdMimeMessage(session, message.messageId());
		MimeMessageHelper helper = new MimeMessageHelper(mime, message.htmlBody() != null, "UTF-8");
		helper.setFrom(from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		if (message.htmlBody() != null) {
			helper.setText(message.textBody(), message.htmlBody());
		}
		else {
			helper.setText(message.textBody());
		}
		helper.setSentDate(Date.from(clock.instant()));
		return mime;
	}

	/**
	 * A message that keeps the Message-ID stored in the outbox instead of generating one
	 * on every attempt.
	 */
	static final class StoredIdMimeMessage extends MimeMessage {

		private final String messageId;

		StoredIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
