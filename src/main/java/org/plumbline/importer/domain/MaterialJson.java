package org.plumbline.importer.domain;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.plumbline.material.BackedUpMaterial;
import org.plumbline.material.BackedUpRecording;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code materials} of an export: each with its GUID, its talk by GUID, the
 * account that added it by address, and a file's bytes in base64; and the
 * {@code recordings}: each session's by its GUID, its talks' offsets by topic GUID.
 */
final class MaterialJson {

	private MaterialJson() {
	}

	/**
	 * @param topicGuids each topic's GUID, by its id
	 * @param content a file's bytes
	 */
	static void write(ObjectNode root, List<BackedUpMaterial> materials, Map<Long, String> topicGuids,
			Map<Long, String> addresses, Function<BackedUpMaterial, byte[]> content) {
		ArrayNode list = root.putArray("materials");
		for (BackedUpMaterial material : materials) {
			ObjectNode node = list.addObject()
				.put("guid", material.guid().toString())
				.put("topic", topicGuids.get(material.topicId()))
				.put("kind", material.kind())
				.put("title", material.title());
			if (material.privateMaterial()) {
				node.put("private", true);
			}
			if (material.url() != null) {
				node.put("url", material.url());
			}
			if (material.fileName() != null) {
				node.put("fileName", material.fileName())
					.put("mediaType", material.mediaType())
					.put("base64", Base64.getEncoder().encodeToString(content.apply(material)));
			}
			if (material.addedBy() != null) {
				node.put("addedBy", addresses.get(material.addedBy()));
			}
			node.put("addedAt", material.addedAt().toString());
		}
	}

	static void writeRecordings(ObjectNode root, List<BackedUpRecording> recordings, Map<Long, String> topicGuids) {
		ArrayNode list = root.putArray("recordings");
		for (BackedUpRecording recording : recordings) {
			ObjectNode node = list.addObject()
				.put("session", recording.sessionGuid().toString())
				.put("url", recording.url())
				.put("updatedAt", recording.updatedAt().toString());
			ArrayNode talks = node.putArray("talks");
			recording.offsets()
				.entrySet()
				.stream()
				.sorted(Comparator.comparing(offset -> topicGuids.get(offset.getKey())))
				.forEach(offset -> talks.addObject()
					.put("topic", topicGuids.get(offset.getKey()))
					.put("offset", offset.getValue()));
		}
	}

}
