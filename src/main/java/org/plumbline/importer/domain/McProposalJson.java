package org.plumbline.importer.domain;

import java.util.Optional;

import org.plumbline.importer.domain.EventFileContent.FileWindow;
import org.plumbline.microconference.McCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Call for Microconferences of an event data file: {@code callForMicroconferences},
 * the window in which MCs are proposed.
 */
final class McProposalJson {

	private McProposalJson() {
	}

	static void writeCall(ObjectNode root, Optional<McCall> call) {
		call.ifPresent(window -> ReviewPhaseJson.window(root.putObject("callForMicroconferences"), window.opensAt(),
				window.closesAt()));
	}

	/** The window of a file that passed validation, or null if it gives none. */
	static FileWindow readCall(JsonNode root) {
		return root.has("callForMicroconferences") ? ReviewPhaseJson.window(root.get("callForMicroconferences")) : null;
	}

}
