package org.plumbline.validation;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that a facade refused, with one message per field in words a user reads; a form
 * shows each beside its field. Nothing was written.
 */
public class InvalidFields extends IllegalArgumentException {

	private final Map<String, String> messages;

	public InvalidFields(Map<String, String> messages) {
		super(messages.entrySet()
			.stream()
			.map(entry -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining("; ")));
		this.messages = Map.copyOf(messages);
	}

	/** Field name to message. */
	public Map<String, String> messages() {
		return messages;
	}

}
