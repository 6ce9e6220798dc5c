package org.plumbline.microconference;

/**
 * The lifecycle of an MC (DOMAIN.md): DRAFT → PROPOSED → ACCEPTED | REJECTED; DRAFT or
 * PROPOSED → WITHDRAWN.
 */
public enum McStatus {

	DRAFT, PROPOSED, ACCEPTED, REJECTED, WITHDRAWN

}
