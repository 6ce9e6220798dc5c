package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.microconference.Microconference;
import org.plumbline.registration.BackedUpPasses;
import org.plumbline.registration.BackedUpPasses.Pass;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code passQuotas} and {@code passes} of an export: MCs by slug, the lead
 * who gave a pass by address, its instants as stored.
 */
final class PassJson {

	private PassJson() {
	}

	/**
	 * @param mcs in the file's order, which orders the quotas
	 * @return each pass's number (from 1) in the file, by its id
	 */
	static Map<Long, Integer> write(ObjectNode root, BackedUpPasses passes, List<Microconference> mcs,
			Map<Long, String> addresses) {
		ArrayNode quotas = root.putArray("passQuotas");
		for (Microconference mc : mcs) {
			Integer own = passes.quotas().get(mc.id());
			if (own != null) {
				quotas.addObject().put("microconference", mc.slug()).put("passes", own);
			}
		}
		Map<Long, String> mcSlugs = new HashMap<>();
		mcs.forEach(mc -> mcSlugs.put(mc.id(), mc.slug()));
		Map<Long, Integer> numbers = new HashMap<>();
		ArrayNode list = root.putArray("passes");
		for (Pass pass : passes.passes()) {
			numbers.put(pass.id(), numbers.size() + 1);
			ObjectNode node = list.addObject()
				.put("microconference", mcSlugs.get(pass.microconferenceId()))
				.put("label", pass.label())
				.put("email", pass.email());
			if (pass.assignedBy() != null) {
				node.put("assignedBy", addresses.get(pass.assignedBy()));
			}
			node.put("assignedAt", pass.assignedAt().toString());
			RegistrationJson.instant(node, "usedAt", pass.usedAt());
			RegistrationJson.instant(node, "revokedAt", pass.revokedAt());
		}
		return numbers;
	}

}
