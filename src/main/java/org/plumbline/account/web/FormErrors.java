package org.plumbline.account.web;

import java.util.Map;

import org.plumbline.validation.InvalidFields;

/**
 * What a form shows beside its fields after a refused submission.
 *
 * @param fields field name to message
 * @param form a message about the whole form, or null
 */
public record FormErrors(Map<String, String> fields, String form) {

	static final FormErrors NONE = new FormErrors(Map.of(), null);

	static FormErrors of(InvalidFields invalid) {
		return new FormErrors(invalid.messages(), "Please correct the fields marked below.");
	}

	static FormErrors form(String message) {
		return new FormErrors(Map.of(), message);
	}

	/** The message of one field, or null. */
	public String of(String field) {
		return fields.get(field);
	}

	public boolean any() {
		return form != null || !fields.isEmpty();
	}

}
