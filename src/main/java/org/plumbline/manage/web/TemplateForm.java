package org.plumbline.manage.web;

/**
 * The mail text editor's fields, with the version of the scope's own text that the editor
 * started from.
 */
public record TemplateForm(String subject, String body, int version) {

	TemplateForm withVersion(int current) {
		return new TemplateForm(subject, body, current);
	}

}
