package org.plumbline.importer.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.importer.domain.EventFileContent.FileFeedback;
import org.plumbline.importer.domain.EventFileContent.FileInterestMark;
import org.plumbline.material.BackedUpFeedback;
import org.plumbline.schedule.BackedUpInterestMark;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an event's audience gave in an event data file: {@code feedback}, each attendee's
 * rating and comment on a talk (the talk by its topic's GUID, the attendee by address),
 * and {@code interestMarks}, each mark on an MC (by slug) or a talk by an account (by
 * address) or an anonymous visitor (by the SHA-256 of the random id in their cookie,
 * which lets no one act as them). The counts of marks are made again on import, not
 * written.
 */
final class AudienceJson {

	private AudienceJson() {
	}

	/**
	 * @param topicGuids the topics' GUIDs, by id
	 * @param addresses the exported accounts' addresses, by id
	 */
	static void writeFeedback(ObjectNode root, List<BackedUpFeedback> feedback, Map<Long, String> topicGuids,
			Map<Long, String> addresses) {
		ArrayNode list = root.putArray("feedback");
		for (BackedUpFeedback given : feedback) {
			ObjectNode node = list.addObject()
				.put("topic", topicGuids.get(given.topicId()))
				.put("account", addresses.get(given.accountId()))
				.put("rating", given.rating());
			if (given.comment() != null) {
				node.put("comment", given.comment());
			}
			node.put("createdAt", given.createdAt().toString()).put("updatedAt", given.updatedAt().toString());
		}
	}

	/**
	 * @param mcSlugs the MCs' slugs, by id
	 * @param topicGuids the topics' GUIDs, by id
	 * @param addresses the exported accounts' addresses, by id
	 */
	static void writeInterestMarks(ObjectNode root, List<BackedUpInterestMark> marks, Map<Long, String> mcSlugs,
			Map<Long, String> topicGuids, Map<Long, String> addresses) {
		ArrayNode list = root.putArray("interestMarks");
		for (BackedUpInterestMark mark : marks) {
			ObjectNode node = list.addObject();
			if (mark.accountId() != null) {
				node.put("account", addresses.get(mark.accountId()));
			}
			else {
				node.put("visitorSha256", mark.visitorHash());
			}
			if (mark.microconferenceId() != null) {
				node.put("microconference", mcSlugs.get(mark.microconferenceId()));
			}
			else {
				node.put("topic", topicGuids.get(mark.topicId()));
			}
			node.put("markedAt", mark.markedAt().toString());
		}
	}

	/** The feedback of a file that passed validation, in its order. */
	static List<FileFeedback> readFeedback(JsonNode root) {
		return root.path("feedback")
			.values()
			.stream()
			.map(node -> new FileFeedback(UUID.fromString(Findings.text(node.get("topic"))),
					Findings.text(node.get("account")), node.get("rating").intValue(),
					Findings.text(node.get("comment")), CalendarRules.instant(node.get("createdAt")),
					CalendarRules.instant(node.get("updatedAt"))))
			.toList();
	}

	/** The interest marks of a file that passed validation, in its order. */
	static List<FileInterestMark> readInterestMarks(JsonNode root) {
		return root.path("interestMarks").values().stream().map(node -> {
			String topic = Findings.text(node.get("topic"));
			return new FileInterestMark(Findings.text(node.get("account")), Findings.text(node.get("visitorSha256")),
					Findings.text(node.get("microconference")), topic == null ? null : UUID.fromString(topic),
					CalendarRules.instant(node.get("markedAt")));
		}).toList();
	}

}
