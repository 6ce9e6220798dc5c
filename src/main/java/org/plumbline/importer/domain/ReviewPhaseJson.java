package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plumbline.importer.domain.EventFileContent.FileReviewPhase;
import org.plumbline.importer.domain.EventFileContent.FileWindow;
import org.plumbline.review.BackedUpReviewPhase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The review windows of an event data file: {@code reviewPhaseDefaults}, the event's
 * default, and {@code reviewPhases}, each call's own by its MC's or plain track's slug.
 */
final class ReviewPhaseJson {

	private ReviewPhaseJson() {
	}

	/**
	 * @param phases the event's default first, if it set one, then the calls' own
	 * @param mcSlugs the slugs of the event's MCs, by id
	 * @param trackSlugs the slugs of its plain tracks, by id
	 */
	static void write(ObjectNode root, List<BackedUpReviewPhase> phases, Map<Long, String> mcSlugs,
			Map<Long, String> trackSlugs) {
		phases.stream()
			.filter(BackedUpReviewPhase::isEventDefault)
			.forEach(phase -> window(root.putObject("reviewPhaseDefaults"), phase.opensAt(), phase.closesAt()));
		ArrayNode calls = root.putArray("reviewPhases");
		for (BackedUpReviewPhase phase : phases) {
			if (!phase.isEventDefault()) {
				window(calls.addObject()
					.put("call", phase.microconferenceId() != null ? mcSlugs.get(phase.microconferenceId())
							: trackSlugs.get(phase.plainTrackId())),
						phase.opensAt(), phase.closesAt());
			}
		}
	}

	/** The event's default first, if the file gives one, then the calls' own. */
	static List<FileReviewPhase> read(JsonNode root) {
		List<FileReviewPhase> phases = new ArrayList<>();
		if (root.has("reviewPhaseDefaults")) {
			phases.add(new FileReviewPhase(null, window(root.get("reviewPhaseDefaults"))));
		}
		root.path("reviewPhases")
			.values()
			.forEach(phase -> phases.add(new FileReviewPhase(phase.get("call").stringValue(), window(phase))));
		return List.copyOf(phases);
	}

	/** Writes a window's two instants into the node. */
	static ObjectNode window(ObjectNode node, Instant opensAt, Instant closesAt) {
		return node.put("opensAt", opensAt.toString()).put("closesAt", closesAt.toString());
	}

	/** The window of a node that passed validation. */
	static FileWindow window(JsonNode node) {
		return new FileWindow(Instant.parse(node.get("opensAt").stringValue()),
				Instant.parse(node.get("closesAt").stringValue()));
	}

}
