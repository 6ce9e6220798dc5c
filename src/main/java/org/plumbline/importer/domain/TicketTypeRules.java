package org.plumbline.importer.domain;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.registration.TicketTypeFiles;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the ticket types: those of the organisers' forms, which the registration
 * feature applies, each problem placed at its field, and codes unique in the event, as
 * the event keeps them (in capitals).
 */
final class TicketTypeRules {

	/** Fields whose absence the schema reports at their entry. */
	private static final Set<String> REQUIRED = Set.of("name", "price", "capacity", "saleOpensAt", "saleClosesAt");

	private TicketTypeRules() {
	}

	/**
	 * @param zone the event's zone, or null when the file's is missing or wrong (reported
	 * there); the sale windows are then read in UTC, so that their other problems are
	 * still found
	 */
	static void check(Findings findings, ZoneId zone) {
		Map<String, String> codes = new HashMap<>();
		List<JsonNode> types = Findings.elements(findings.root().get("ticketTypes"));
		for (int i = 0; i < types.size(); i++) {
			String pointer = "/ticketTypes/" + i;
			JsonNode entry = types.get(i);
			if (!entry.isObject()) {
				continue;
			}
			List<String> entryCodes = TicketTypeJson.codes(entry);
			Map<String, String> problems = TicketTypeFiles.problems(TicketTypeJson.input(entry), entryCodes,
					zone == null ? ZoneOffset.UTC : zone);
			problems.forEach((field, message) -> {
				// a sale window that is not on the calendar is told so by CalendarRules,
				// which ran first
				if (reported(entry, field) && !findings.reported(pointer + "/" + field)) {
					findings.add(pointer + "/" + field, message);
				}
			});
			for (int j = 0; j < entryCodes.size(); j++) {
				String codePointer = "codes/" + j;
				if (!problems.containsKey(codePointer)) {
					String code = TicketTypeFiles.storedCode(entryCodes.get(j));
					findings.unique(codes, code, pointer + "/" + codePointer, "ticket code \"" + code + "\"");
				}
			}
		}
	}

	/**
	 * Whether a problem the forms' rules find is this check's to report. The schema
	 * already names a missing required field, and an unknown {@code whoMayBuy} with the
	 * values it may take, where the form only asks for a choice.
	 */
	private static boolean reported(JsonNode entry, String field) {
		if (field.equals("whoMayBuy")) {
			return false;
		}
		return entry.has(field) || !REQUIRED.contains(field);
	}

}
