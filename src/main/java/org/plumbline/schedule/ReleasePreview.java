package org.plumbline.schedule;

import java.util.List;

/**
 * What releasing the draft would meet now.
 *
 * @param draftVersion the draft's version, for the release form
 * @param blocking the conflicts of the sessions and talks a release would hold whose
 * policy refuses it
 * @param leftOut the draft's talks a release would leave out, each with why
 */
public record ReleasePreview(int draftVersion, List<Conflict> blocking, List<String> leftOut) {

	public ReleasePreview {
		blocking = List.copyOf(blocking);
		leftOut = List.copyOf(leftOut);
	}

}
