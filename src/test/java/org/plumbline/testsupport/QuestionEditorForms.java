package org.plumbline.testsupport;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The question editor's forms (template {@code question/editor.jte}), filled as a browser
 * does.
 */
public final class QuestionEditorForms {

	private QuestionEditorForms() {
	}

	/**
	 * Adds a question on the editor at {@code path}, the "required" box ticked or not (a
	 * browser sends an unticked box not at all).
	 */
	public static HttpResponse<String> add(WebClient client, String path, String kind, String label, String help,
			String options, boolean required) {
		Map<String, String> form = client.formFields(path, path);
		form.remove("required");
		form.putAll(Map.of("kind", kind, "label", label, "help", help, "options", options));
		if (required) {
			form.put("required", "true");
		}
		return client.post(path, form);
	}

	/**
	 * The fields of a question's edit form on the editor at {@code path}, as stored, its
	 * kind too (a choice of a list, which {@link WebClient#formFields} leaves out); the
	 * "required" box unticked.
	 */
	public static Map<String, String> editForm(WebClient client, String path, long questionId) {
		String action = path + "/" + questionId;
		Map<String, String> form = new HashMap<>(client.formFields(path, action));
		form.remove("required");
		form.put("kind",
				client.page(path).select("form[action=" + action + "] select[name=kind] option[selected]").val());
		return form;
	}

}
