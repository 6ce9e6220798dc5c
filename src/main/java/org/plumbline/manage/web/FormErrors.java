package org.plumbline.manage.web;

import java.util.Map;

/**
 * What a form of the manage pages shows beside its fields after a refused submission.
 *
 * @param fields field name to message
 * @param form a message about the whole form, or null
 */
public record FormErrors(Map<String, String> fields, String form) {

	static final FormErrors NONE = new FormErrors(Map.of(), null);

	static FormErrors field(String field, String message) {
		return new FormErrors(Map.of(field, message), "Please correct the field marked below.");
	}

	static FormErrors form(String message) {
		return new FormErrors(Map.of(), message);
	}

	/** The message of one field, or null. */
	public String of(String field) {
		return fields.get(field);
	}

}
