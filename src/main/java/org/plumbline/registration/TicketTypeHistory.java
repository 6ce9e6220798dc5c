package org.plumbline.registration;

import java.time.LocalDate;
import java.util.List;

/**
 * How one ticket type filled over time: at the end of each day on which its figures
 * changed (in the event's time zone, in order), how many registrations held a place and
 * how many waited.
 */
public record TicketTypeHistory(long ticketTypeId, String name, int capacity, List<Standing> days) {

	public TicketTypeHistory {
		days = List.copyOf(days);
	}

	/**
	 * @param holding registrations that held one of its places: registered, awaiting
	 * payment, or offered a place from the waiting line
	 * @param waiting registrations in its waiting line
	 */
	public record Standing(LocalDate day, int holding, int waiting) {

	}

}
