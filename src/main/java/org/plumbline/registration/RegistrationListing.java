package org.plumbline.registration;

import java.util.List;

import org.plumbline.account.AccountSummary;

/**
 * One page of the organisers' registration list, with what the page shows above it.
 *
 * @param rows the registrations of the page, each with its attendee
 * @param matching how many registrations match the query, on every page
 * @param page the page shown, from 1
 * @param pages how many pages the matching registrations fill, at least 1
 * @param totals how many of the event's registrations are in each state, for the states
 * any is in, whatever the query
 * @param types the event's ticket types with their places and queue
 */
public record RegistrationListing(List<ListedRegistration> rows, long matching, int page, int pages,
		List<StatusTotal> totals, List<TypePlaces> types) {

	public RegistrationListing {
		rows = List.copyOf(rows);
		totals = List.copyOf(totals);
		types = List.copyOf(types);
	}

	/** A registration and who registered. */
	public record ListedRegistration(Registration registration, AccountSummary attendee) {
	}

	/** How many of the event's registrations are in a state. */
	public record StatusTotal(RegistrationStatus status, long count) {
	}

	/** A ticket type's places taken of its capacity, and how many wait for one. */
	public record TypePlaces(long id, String name, int taken, int capacity, long waiting) {
	}

}
