package org.plumbline.importer;

/** An export asked for an event slug that no event has. */
public class UnknownEventException extends RuntimeException {

	public UnknownEventException(String slug) {
		super("there is no event \"" + slug + "\"");
	}

}
