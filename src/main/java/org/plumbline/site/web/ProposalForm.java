package org.plumbline.site.web;

import org.plumbline.microconference.McProposalText;
import org.plumbline.validation.FormVersions;

/**
 * A proposer's MC proposal form, all text, so that binding never fails before the page
 * has checked who asks.
 *
 * @param submissionKey the one-time key of a new proposal's form
 * @param action {@code submit} for the submit button, anything else saves
 */
public record ProposalForm(String title, String description, String topics, String audience, String keyAttendees,
		String references, String version, String submissionKey, String action) {

	McProposalText text() {
		return new McProposalText(title, description, topics, audience, keyAttendees, references);
	}

	boolean submits() {
		return "submit".equals(action);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

	static ProposalForm of(McProposalText text, int version, String submissionKey) {
		return new ProposalForm(text.title(), text.description(), text.topics(), text.audience(), text.keyAttendees(),
				text.references(), Integer.toString(version), submissionKey, null);
	}

	ProposalForm withVersion(int current) {
		return new ProposalForm(title, description, topics, audience, keyAttendees, references,
				Integer.toString(current), submissionKey, action);
	}

	/**
	 * The version sent back in the hidden field.
	 * @throws org.springframework.web.server.ResponseStatusException 400 if it is missing
	 * or was altered
	 */
	int parsedVersion() {
		return FormVersions.required(version);
	}

}
