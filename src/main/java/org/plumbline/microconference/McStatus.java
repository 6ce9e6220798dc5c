package org.plumbline.microconference;

/**
 * The lifecycle of an MC (DOMAIN.md): DRAFT → PROPOSED → ACCEPTED | REJECTED; DRAFT or
 * PROPOSED → WITHDRAWN.
 */
public enum McStatus {

	DRAFT, PROPOSED, ACCEPTED, REJECTED, WITHDRAWN;

	/** The state as pages show it: "Draft", "Not accepted". */
	public String inWords() {
		return switch (this) {
			case DRAFT -> "Draft";
			case PROPOSED -> "Proposed";
			case ACCEPTED -> "Accepted";
			case REJECTED -> "Not accepted";
			case WITHDRAWN -> "Withdrawn";
		};
	}

}
