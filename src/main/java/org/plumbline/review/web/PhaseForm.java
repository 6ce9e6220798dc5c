package org.plumbline.review.web;

import org.plumbline.review.PhaseInput;
import org.plumbline.validation.FormVersions;

/** A review-phase form, bound as text. */
record PhaseForm(String opensAt, String closesAt, String version) {

	PhaseInput input() {
		return new PhaseInput(opensAt, closesAt, FormVersions.orZero(version));
	}

	PhaseForm withVersion(int current) {
		return new PhaseForm(opensAt, closesAt, Integer.toString(current));
	}

}
