package org.plumbline.importer.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.cfp.BackedUpCall;
import org.plumbline.microconference.Microconference;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the calls' settings of an export: the event's default call for topics, and each
 * MC's own settings into its entry of {@code microconferences}, which must be written
 * first.
 */
final class CallJson {

	private CallJson() {
	}

	/**
	 * @param mcs the MCs in the order {@code microconferences} lists them
	 * @param calls the MCs' own settings, by MC id
	 */
	static void write(ObjectNode root, Optional<BackedUpCall> defaults, List<Microconference> mcs,
			Map<Long, BackedUpCall> calls) {
		defaults.ifPresent(call -> root.set("callForTopics", node(call)));
		ArrayNode written = (ArrayNode) root.get("microconferences");
		for (int i = 0; i < mcs.size(); i++) {
			BackedUpCall call = calls.get(mcs.get(i).id());
			if (call != null) {
				((ObjectNode) written.get(i)).set("call", node(call));
			}
		}
	}

	private static ObjectNode node(BackedUpCall call) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		if (call.opensAt() != null) {
			node.put("opensAt", call.opensAt().toString());
		}
		if (call.closesAt() != null) {
			node.put("closesAt", call.closesAt().toString());
		}
		if (call.durations() != null) {
			ArrayNode durations = node.putArray("durations");
			call.durations().forEach(durations::add);
		}
		if (call.minutesBudget() != null) {
			node.put("minutesBudget", call.minutesBudget());
		}
		if (call.reminderDays() != null) {
			node.put("reminderDays", call.reminderDays());
		}
		return node;
	}

}
