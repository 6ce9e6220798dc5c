package org.plumbline.testsupport;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * What a test's GreenMail server caught: the messages to one address, their text and
 * links.
 */
public final class CaughtMail {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private CaughtMail() {
	}

	/** The messages GreenMail caught for an address, oldest first. */
	public static List<MimeMessage> to(GreenMailExtension greenMail, String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(RecipientType.TO))
					.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * The path and query of the first link in the newest of the messages to an address.
	 */
	public static String linkInLatest(List<MimeMessage> messages, String address) {
		if (messages.isEmpty()) {
			throw new AssertionError("No mail to " + address);
		}
		Matcher link = LINK.matcher(text(messages.getLast()));
		if (!link.find()) {
			throw new AssertionError("No link in the mail to " + address);
		}
		return link.group().replaceFirst("https?://[^/]+", "");
	}

	public static String text(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
