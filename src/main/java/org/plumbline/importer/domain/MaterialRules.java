package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.HashSet;
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
		Set<String> topics = new HashSet<>();
		Findings.elements(findings.root().get("topics")).forEach(topic -> {
			String guid = Findings.text(topic.get("guid"));
			if (guid != null) {
				topics.add(guid.toLowerCase(Locale.ROOT));
			}
		});
		Set<String> accounts = AccountRules.addressKeys(findings);
		Map<String, String> guids = new HashMap<>();
		List<JsonNode> materials = Findings.elements(findings.root().get("materials"));
		for (int i = 0; i < materials.size(); i++) {
			String pointer = "/materials/" + i;
			JsonNode material = materials.get(i);
			findings.uniqueGuid(guids, material, pointer, "material");
			String topic = Findings.text(material.get("topic"));
			if (topic != null && !topics.contains(topic.toLowerCase(Locale.ROOT))) {
				findings.add(pointer + "/topic", TimetableRules.UNKNOWN_TOPIC.formatted(topic));
			}
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

}
