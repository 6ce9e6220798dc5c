package org.plumbline.manage.web;

import org.plumbline.validation.FormVersions;
import org.springframework.web.server.ResponseStatusException;

/**
 * The mail text editor's fields, with the version of the scope's own text that the editor
 * started from. All are text, so that binding never fails before the page has checked who
 * asks: a stranger is told the page does not exist, whatever was posted.
 */
public record TemplateForm(String subject, String body, String version) {

	static TemplateForm of(String subject, String body, int version) {
		return new TemplateForm(subject, body, Integer.toString(version));
	}

	/**
	 * The version to send back to the save.
	 * @throws ResponseStatusException 400 if the hidden field is missing or was altered
	 */
	int expectedVersion() {
		return FormVersions.required(version);
	}

	TemplateForm withVersion(int current) {
		return of(subject, body, current);
	}

}
