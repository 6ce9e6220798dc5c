package org.plumbline.mail;

/**
 * A template text that cannot be saved or previewed: it does not compile, uses a
 * placeholder its purpose does not offer, or is too long. The message says what and
 * where, for the organiser who wrote it.
 */
public class InvalidTemplateException extends IllegalArgumentException {

	private final String field;

	InvalidTemplateException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	/** {@code subject} or {@code body}: the form field to mark. */
	public String field() {
		return field;
	}

}
