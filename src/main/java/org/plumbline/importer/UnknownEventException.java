package org.plumbline.importer;

/** An export asked for an event slug that no event has. */
public class UnknownEventException extends RuntimeException {

	private final String slug;

	public UnknownEventException(String slug) {
		super("there is no event \"" + slug + "\"");
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

}
