package org.plumbline.registration.web;

import java.util.Locale;

import org.plumbline.registration.RegistrationQuery;
import org.plumbline.registration.RegistrationQuery.Order;
import org.plumbline.registration.RegistrationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registration list's filters as its GET form and links send them, so that a filtered
 * list is a link one can share and its CSV file has the same rows; a blank one matches
 * every registration.
 *
 * @param status a {@link RegistrationStatus} name
 * @param ticket a ticket type's id
 * @param q text the reference, the attendee's name or address contains
 * @param sort an {@link Order} name, in lower case
 * @param page the page, from 1
 */
public record RegistrationFilter(String status, String ticket, String q, String sort, String page) {

	/**
	 * The query these filters ask for.
	 * @throws ResponseStatusException 400 for a state, ticket type, order or page the
	 * form never sends
	 */
	RegistrationQuery query() {
		return new RegistrationQuery(statusChosen(), ticketChosen(), q, order(), pageAsked());
	}

	/** Whether any filter narrows the registrations (the order and page are none). */
	public boolean narrows() {
		return given(status) != null || given(ticket) != null || given(q) != null;
	}

	/**
	 * The address of the list, or of its file, with these filters and order, at a page.
	 */
	public String link(String path, Integer onPage) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		param(uri, "status", status);
		param(uri, "ticket", ticket);
		param(uri, "q", q);
		param(uri, "sort", sort);
		if (onPage != null && onPage > 1) {
			uri.queryParam("page", onPage);
		}
		return uri.encode().build().toUriString();
	}

	/** These filters and order with a state chosen instead, from the first page. */
	public RegistrationFilter withStatus(RegistrationStatus chosen) {
		return new RegistrationFilter(chosen == null ? null : chosen.name(), ticket, q, sort, null);
	}

	/** A filter's value as the form shows it. */
	public static String shown(String value) {
		return value == null ? "" : value.strip();
	}

	public RegistrationStatus statusChosen() {
		String name = given(status);
		if (name == null) {
			return null;
		}
		for (RegistrationStatus each : RegistrationStatus.values()) {
			if (each.name().equals(name)) {
				return each;
			}
		}
		throw badRequest("No registration is in the state \"" + name + "\".");
	}

	public Long ticketChosen() {
		String id = given(ticket);
		try {
			return id == null ? null : Long.valueOf(id);
		}
		catch (NumberFormatException malformed) {
			throw badRequest("The ticket type in the address is not a number: \"" + id + "\".");
		}
	}

	public Order order() {
		String name = given(sort);
		if (name == null) {
			return Order.CREATED;
		}
		for (Order each : Order.values()) {
			if (each.name().toLowerCase(Locale.ROOT).equals(name)) {
				return each;
			}
		}
		throw badRequest("The list has no order \"" + name + "\".");
	}

	private int pageAsked() {
		String number = given(page);
		try {
			int asked = number == null ? 1 : Integer.parseInt(number);
			if (asked >= 1) {
				return asked;
			}
		}
		catch (NumberFormatException malformed) {
			// told below, as a page below 1 is
		}
		throw badRequest("Pages count from 1; \"" + number + "\" is none.");
	}

	private static ResponseStatusException badRequest(String reason) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (given(value) != null) {
			uri.queryParam(name, value.strip());
		}
	}

	private static String given(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
