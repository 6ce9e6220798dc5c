package org.plumbline.registration;

import java.time.Instant;
import java.util.List;

/**
 * A kind of ticket an event sells (issue 13, point 1): its price in the currency's minor
 * units (0 is free, and then there is no currency), its places, and when it is on sale,
 * as UTC instants.
 *
 * @param currency an ISO-4217 code, or {@code null} for a free ticket
 * @param codes the codes that let their holders buy it, by code
 */
public record TicketType(long id, long eventId, String name, String description, long priceMinor, String currency,
		int capacity, Instant saleOpensAt, Instant saleClosesAt, WhoMayBuy whoMayBuy, int version,
		List<TicketCode> codes) {

	public TicketType {
		codes = List.copyOf(codes);
	}

	public boolean free() {
		return priceMinor == 0;
	}

	/** The price as people read it: "12.50 EUR", or "Free". */
	public String priceShown() {
		return Prices.shown(priceMinor, currency);
	}

	/** The price as a form shows it: "12.50", or "0". */
	public String amount() {
		return Prices.amount(priceMinor, currency);
	}

	/** Whether the sale is open at the instant: from its opening, until its closing. */
	public boolean onSaleAt(Instant instant) {
		return !instant.isBefore(saleOpensAt) && instant.isBefore(saleClosesAt);
	}

	/** The sale's state at the instant, in words. */
	public String saleStateAt(Instant instant) {
		if (instant.isBefore(saleOpensAt)) {
			return "Not open yet";
		}
		return onSaleAt(instant) ? "On sale now" : "Closed";
	}

}
