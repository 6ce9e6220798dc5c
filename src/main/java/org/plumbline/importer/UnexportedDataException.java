package org.plumbline.importer;

/**
 * An import with {@code --replace} would delete what the event holds and the file does
 * not carry, and was not told to discard it; nothing was written.
 */
public class UnexportedDataException extends RuntimeException {

	private final transient NotCarried held;

	public UnexportedDataException(String slug, NotCarried held) {
		super("event \"" + slug + "\" holds what the file does not carry, which replacing it would delete: "
				+ held.describe());
		this.held = held;
	}

	public NotCarried held() {
		return held;
	}

}
