package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Rules for plain tracks and topics that only the rest of the file can decide: a track's
 * slug is unique among the file's MCs and tracks, a topic names the call of one of them,
 * a topic past its draft has the abstract, duration and submission instant the database
 * requires of it, GUIDs are given once, and speakers' {@code person} references exist.
 */
final class TopicRules {

	private static final Set<String> UNSUBMITTED = Set.of("DRAFT", "WITHDRAWN");

	private TopicRules() {
	}

	static void check(Findings findings) {
		Set<String> mcSlugs = new HashSet<>();
		Findings.elements(findings.root().get("microconferences"))
			.forEach(mc -> mcSlugs.add(Findings.text(mc.get("slug"))));
		Set<String> calls = new HashSet<>(mcSlugs);
		Map<String, String> trackSlugs = new HashMap<>();
		List<JsonNode> tracks = Findings.elements(findings.root().get("plainTracks"));
		for (int i = 0; i < tracks.size(); i++) {
			String slug = Findings.text(tracks.get(i).get("slug"));
			if (slug != null && mcSlugs.contains(slug)) {
				findings.add("/plainTracks/" + i + "/slug",
						"\"" + slug + "\" is the slug of a microconference; a track's slug must differ from them");
			}
			findings.uniqueText(trackSlugs, tracks.get(i), "/plainTracks/" + i, "slug", "plain track slug");
			calls.add(slug);
		}
		Map<String, String> personIds = new HashMap<>();
		Findings.elements(findings.root().get("people")).forEach(person -> {
			String id = Findings.text(person.get("id"));
			if (id != null) {
				personIds.putIfAbsent(id, id);
			}
		});
		Map<String, String> guids = new HashMap<>();
		List<JsonNode> topics = Findings.elements(findings.root().get("topics"));
		for (int i = 0; i < topics.size(); i++) {
			String pointer = "/topics/" + i;
			JsonNode topic = topics.get(i);
			findings.uniqueGuid(guids, topic, pointer, "topic");
			String call = Findings.text(topic.get("call"));
			if (call != null && !calls.contains(call)) {
				findings.add(pointer + "/call", "unknown call \"" + call
						+ "\": no entry of \"microconferences\" or \"plainTracks\" has this slug");
			}
			String state = Findings.text(topic.get("state"));
			if (state != null && !UNSUBMITTED.contains(state)) {
				List<String> missing = List.of("abstract", "durationMinutes", "submittedAt")
					.stream()
					.filter(field -> !topic.has(field))
					.toList();
				if (!missing.isEmpty()) {
					findings.add(pointer, "the topic is " + state + ", so it was submitted and needs \""
							+ String.join("\", \"", missing) + "\"");
				}
			}
			if ("CANCELED".equals(state) && !topic.has("cancelReason")) {
				findings.add(pointer, "a CANCELED topic needs the \"cancelReason\" the organisers gave");
			}
			if (topic.has("pendingState") && !topic.has("decidedAt")) {
				findings.add(pointer + "/pendingState",
						"a recorded decision needs \"decidedAt\", when it was recorded");
			}
			MicroconferenceRules.names(findings, pointer + "/speakers", topic.get("speakers"), personIds);
		}
	}

}
