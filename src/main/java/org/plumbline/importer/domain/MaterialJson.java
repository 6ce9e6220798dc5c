package org.plumbline.importer.domain;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.plumbline.material.BackedUpMaterial;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code materials} of an export: each with its GUID, its talk by GUID, the
 * account that added it by address, and a file's bytes in base64.
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

}
