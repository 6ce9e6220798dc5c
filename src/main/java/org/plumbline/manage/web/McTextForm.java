package org.plumbline.manage.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.microconference.McTextEdit;
import org.plumbline.microconference.McTextEdit.SectionText;
import org.plumbline.microconference.Microconference;
import org.plumbline.validation.FormVersions;

/**
 * Reads the MC text form, whose fields are numbered by position: {@code caption0},
 * {@code body0}, ... for each section and the one to add, {@code role0}, ... for each key
 * attendee, beside {@code description} and the {@code version} the editor started from.
 */
final class McTextForm {

	private McTextForm() {
	}

	/**
	 * The edit the form holds for the MC as it is now; empty if a field is missing or the
	 * version is not a number, which a form of the MC's page never sends.
	 */
	static Optional<McTextEdit> read(Map<String, String> fields, Microconference mc) {
		Integer version = FormVersions.optional(fields.get("version"));
		String description = fields.get("description");
		if (version == null || description == null) {
			return Optional.empty();
		}
		List<SectionText> sections = new ArrayList<>();
		for (int i = 0; i <= mc.sections().size(); i++) {
			String caption = fields.get("caption" + i);
			String body = fields.get("body" + i);
			if (caption == null || body == null) {
				return Optional.empty();
			}
			sections.add(new SectionText(i < mc.sections().size() ? mc.sections().get(i).kind() : null, caption, body));
		}
		List<String> roles = new ArrayList<>();
		for (int i = 0; i < mc.keyAttendees().size(); i++) {
			String role = fields.get("role" + i);
			if (role == null) {
				return Optional.empty();
			}
			roles.add(role);
		}
		return Optional.of(new McTextEdit(version, description, sections, roles));
	}

}
