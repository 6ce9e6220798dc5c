package org.plumbline.importer.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.plumbline.registration.TicketCode;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeInput;
import org.plumbline.registration.WhoMayBuy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entry of {@code ticketTypes[]}: read as the organisers' form would have typed it, so
 * that the registration feature checks it by the form's rules, and written back from a
 * stored ticket type, its sale window in the event's zone as the file gave it.
 */
final class TicketTypeJson {

	/** A local date and time as a file writes it, the form's datetime-local format. */
	private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm",
			Locale.ROOT);

	private TicketTypeJson() {
	}

	/**
	 * The entry's fields as typed; a value of the wrong JSON type is passed as its JSON
	 * text, so that the schema alone reports its type.
	 */
	static TicketTypeInput input(JsonNode entry) {
		String whoMayBuy = typed(entry.get("whoMayBuy"));
		return new TicketTypeInput(typed(entry.get("name")), typed(entry.get("description")), typed(entry.get("price")),
				typed(entry.get("currency")), typed(entry.get("capacity")), typed(entry.get("saleOpensAt")),
				typed(entry.get("saleClosesAt")), whoMayBuy == null ? WhoMayBuy.ANYONE.name() : whoMayBuy);
	}

	/** The entry's codes as typed; none when it gives none. */
	static List<String> codes(JsonNode entry) {
		return Findings.elements(entry.get("codes")).stream().map(TicketTypeJson::typed).toList();
	}

	static void write(ObjectNode root, List<TicketType> types, ZoneId zone) {
		ArrayNode entries = root.putArray("ticketTypes");
		for (TicketType type : types) {
			ObjectNode entry = entries.addObject().put("name", type.name());
			if (type.description() != null) {
				entry.put("description", type.description());
			}
			entry.put("price", type.amount());
			if (!type.free()) {
				entry.put("currency", type.currency());
			}
			entry.put("capacity", type.capacity())
				.put("saleOpensAt", LOCAL_DATE_TIME.format(type.saleOpensAt().atZone(zone)))
				.put("saleClosesAt", LOCAL_DATE_TIME.format(type.saleClosesAt().atZone(zone)))
				.put("whoMayBuy", type.whoMayBuy().name());
			if (!type.codes().isEmpty()) {
				ArrayNode codes = entry.putArray("codes");
				type.codes().stream().map(TicketCode::code).forEach(codes::add);
			}
		}
	}

	private static String typed(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() ? node.stringValue() : node.toString();
	}

}
