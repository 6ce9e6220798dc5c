package org.plumbline.mail;

/**
 * A template filled in: the subject (one line) and the plain-text body of a message,
 * ready for an {@link OutgoingMail}.
 */
public record RenderedMail(String subject, String textBody) {

}
