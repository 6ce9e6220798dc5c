package org.plumbline.material.web;

import org.plumbline.validation.FormErrors;

/**
 * Which of the materials page's forms was refused, with its messages and what was typed
 * into it, so that the page shows them beside that form alone.
 *
 * @param failed {@code file}, {@code link} or {@code change}, or {@code null} when no
 * form was refused or the whole page is told something
 * @param materialId the material whose change was refused, or {@code null}
 * @param video whether the refused link was given as the talk's own recording
 */
public record MaterialForms(String failed, Long materialId, FormErrors errors, String title, String url,
		boolean privateMaterial, boolean video) {

	static final MaterialForms NONE = new MaterialForms(null, null, FormErrors.NONE, "", "", false, false);

	static MaterialForms file(FormErrors errors, String title, boolean privateMaterial) {
		return new MaterialForms("file", null, errors, text(title), "", privateMaterial, false);
	}

	static MaterialForms link(FormErrors errors, String title, String url, boolean privateMaterial, boolean video) {
		return new MaterialForms("link", null, errors, text(title), text(url), privateMaterial, video);
	}

	static MaterialForms change(long materialId, FormErrors errors, String title, boolean privateMaterial) {
		return new MaterialForms("change", materialId, errors, text(title), "", privateMaterial, false);
	}

	static MaterialForms whole(String message) {
		return new MaterialForms(null, null, FormErrors.form(message), "", "", false, false);
	}

	/** The messages of the file form, if it was the one refused. */
	public FormErrors fileErrors() {
		return "file".equals(failed) ? errors : FormErrors.NONE;
	}

	/** The messages of the link form, if it was the one refused. */
	public FormErrors linkErrors() {
		return "link".equals(failed) ? errors : FormErrors.NONE;
	}

	/** The messages of one material's form, if it was the one refused. */
	public FormErrors changeErrors(long id) {
		return "change".equals(failed) && materialId == id ? errors : FormErrors.NONE;
	}

	private static String text(String typed) {
		return typed == null ? "" : typed;
	}

}
