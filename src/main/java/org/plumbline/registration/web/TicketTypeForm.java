package org.plumbline.registration.web;

import java.time.ZoneId;

import org.plumbline.event.EventTimes;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeInput;
import org.plumbline.registration.WhoMayBuy;

/** The form of a ticket type, bound as text, as typed or as the type is stored. */
public record TicketTypeForm(String name, String description, String price, String currency, String capacity,
		String saleOpensAt, String saleClosesAt, String whoMayBuy) {

	static final TicketTypeForm EMPTY = new TicketTypeForm("", "", "", "", "", "", "", WhoMayBuy.ANYONE.name());

	public TicketTypeForm {
		name = text(name);
		description = text(description);
		price = text(price);
		currency = text(currency);
		capacity = text(capacity);
		saleOpensAt = text(saleOpensAt);
		saleClosesAt = text(saleClosesAt);
		whoMayBuy = text(whoMayBuy);
	}

	static TicketTypeForm of(TicketType type, ZoneId zone) {
		return new TicketTypeForm(type.name(), type.description(), type.amount(), type.currency(),
				Integer.toString(type.capacity()), EventTimes.field(type.saleOpensAt(), zone),
				EventTimes.field(type.saleClosesAt(), zone), type.whoMayBuy().name());
	}

	TicketTypeInput input() {
		return new TicketTypeInput(name, description, price, currency, capacity, saleOpensAt, saleClosesAt, whoMayBuy);
	}

	public boolean chosen(WhoMayBuy choice) {
		return choice.name().equals(whoMayBuy);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
