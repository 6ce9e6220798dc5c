package org.plumbline.registration;

/**
 * A ticket type as an organiser's form sends it, as typed.
 *
 * @param price a decimal amount in the currency ("12.50"); blank or 0 for a free ticket
 * @param currency an ISO-4217 code ("EUR"), needed when the price is above 0
 * @param capacity the number of places, 1 to {@value TicketTypes#MAX_CAPACITY}
 * @param saleOpensAt a date and time in the event's zone ("2027-05-03T10:00")
 * @param saleClosesAt likewise, after it opens
 * @param whoMayBuy a {@link WhoMayBuy} name
 */
public record TicketTypeInput(String name, String description, String price, String currency, String capacity,
		String saleOpensAt, String saleClosesAt, String whoMayBuy) {

}
