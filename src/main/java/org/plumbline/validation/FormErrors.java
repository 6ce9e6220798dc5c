package org.plumbline.validation;

import java.util.Map;

/**
 * What a form shows after a refused submission: a message beside each field, and one
 * about the whole form (templates {@code form/field.jte} and
 * {@code form/formErrors.jte}).
 *
 * @param fields field name to message
 * @param form a message about the whole form, or null
 */
public record FormErrors(Map<String, String> fields, String form) {

	public static final FormErrors NONE = new FormErrors(Map.of(), null);

	public static FormErrors of(InvalidFields invalid) {
		return new FormErrors(invalid.messages(), "Please correct the fields marked below.");
	}

	public static FormErrors field(String field, String message) {
		return new FormErrors(Map.of(field, message), "Please correct the field marked below.");
	}

	public static FormErrors form(String message) {
		return new FormErrors(Map.of(), message);
	}

	/** The message of one field, or null. */
	public String of(String field) {
		return fields.get(field);
	}

}
