package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plumbline.material.TalkMaterials;
import tools.jackson.databind.JsonNode;

/**
 * Rules for materials that only the rest of the file can decide: a material's GUID is
 * given once, it is on a topic of the file and added by an account of the file, a file
 * has its name, type and bytes (valid base64) and no address, and a link or video an http
 * or https address, as the talk's page admits it, and no file.
 */
final class MaterialRules {

	private static final List<String> FILE_FIELDS = List.of("fileName", "mediaType", "base64");

	private MaterialRules() {
	}

	static void check(Findings findings) {
		Set<String> topics = ReferenceRules.topicGuids(findings);
		Set<String> accounts = AccountRules.addressKeys(findings);
		Map<String, String> guids = new HashMap<>();
		List<JsonNode> materials = Findings.elements(findings.root().get("materials"));
		for (int i = 0; i < materials.size(); i++) {
			String pointer = "/materials/" + i;
			JsonNode material = materials.get(i);
			findings.uniqueGuid(guids, material, pointer, "material");
			String topic = Findings.text(material.get("topic"));
			ReferenceRules.knownTopic(findings, topics, pointer + "/topic", topic);
			AccountRules.knownAccount(findings, accounts, pointer + "/addedBy", Findings.text(material.get("addedBy")));
			String kind = Findings.text(material.get("kind"));
			if ("FILE".equals(kind)) {
				for (String field : FILE_FIELDS) {
					if (!material.has(field)) {
						findings.add(pointer, "a FILE material needs its \"" + field + "\"");
					}
				}
				if (material.has("url")) {
					findings.add(pointer + "/url", "a FILE material has no \"url\"");
				}
				String base64 = Findings.text(material.get("base64"));
				if (base64 != null && !EventRules.decodes(base64)) {
					findings.add(pointer + "/base64", "is not valid base64");
				}
			}
			else if (kind != null) {
				String url = Findings.text(material.get("url"));
				if (url == null) {
					findings.add(pointer, "a " + kind + " material needs its \"url\"");
				}
				else {
					TalkMaterials.linkProblem(url).ifPresent(problem -> findings.add(pointer + "/url", problem));
				}
				FILE_FIELDS.stream()
					.filter(material::has)
					.forEach(
							field -> findings.add(pointer + "/" + field, "only a FILE material has \"" + field + "\""));
			}
		}
	}

	static void checkRecordings(Findings findings) {
		Set<String> topics = ReferenceRules.topicGuids(findings);
		Map<String, String> sessions = new HashMap<>();
		Map<String, String> talks = new HashMap<>();
		List<JsonNode> recordings = Findings.elements(findings.root().get("recordings"));
		for (int i = 0; i < recordings.size(); i++) {
			String pointer = "/recordings/" + i;
			JsonNode recording = recordings.get(i);
			String session = Findings.text(recording.get("session"));
			if (session != null) {
				findings.unique(sessions, session.toLowerCase(Locale.ROOT), pointer + "/session",
						"recording of session " + session);
			}
			String url = Findings.text(recording.get("url"));
			if (url != null && !url.isEmpty()) {
				TalkMaterials.linkProblem(url).ifPresent(problem -> findings.add(pointer + "/url", problem));
			}
			List<JsonNode> offsets = Findings.elements(recording.get("talks"));
			for (int j = 0; j < offsets.size(); j++) {
				String topic = Findings.text(offsets.get(j).get("topic"));
				String topicPointer = pointer + "/talks/" + j + "/topic";
				ReferenceRules.knownTopic(findings, topics, topicPointer, topic);
				if (topic != null) {
					findings.unique(talks, topic.toLowerCase(Locale.ROOT), topicPointer, "offset of topic " + topic);
				}
			}
		}
	}

}
