package org.plumbline.registration.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.plumbline.event.Event;
import org.plumbline.registration.RegistrationListing;
import org.plumbline.registration.RegistrationQuery.Order;
import org.plumbline.registration.RegistrationStatus;

/**
 * The organisers' registration list: a page of the registrations its filter matches, the
 * counts per state and the places of each ticket type above it. Times are shown in the
 * event's zone, which the page names once.
 */
public record RegistrationListPage(Event event, RegistrationListing listing, RegistrationFilter filter) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

	public String path() {
		return "/manage/" + event.slug() + "/registration";
	}

	public String zone() {
		return event.timeZone().getId();
	}

	/** The instant on the event's clock, without the zone; empty for none. */
	public String local(Instant instant) {
		return local(instant, event);
	}

	static String local(Instant instant, Event event) {
		return instant == null ? "" : MINUTES.withZone(event.timeZone()).format(instant);
	}

	/** The list at another page, with the same filters and order. */
	public String pageLink(int page) {
		return filter.link(path(), page);
	}

	/** The file of every registration the filters match. */
	public String csvLink() {
		return filter.link(path() + "/export.csv", null);
	}

	/** The list of the registrations in a state, or in any for {@code null}. */
	public String statusLink(RegistrationStatus status) {
		return filter.withStatus(status).link(path(), null);
	}

	public long total() {
		return listing.totals().stream().mapToLong(RegistrationListing.StatusTotal::count).sum();
	}

	/** A state's count as the list's top line says it: "3 registered". */
	public static String counted(RegistrationListing.StatusTotal total) {
		return total.count() + " " + total.status().words().toLowerCase(Locale.ROOT);
	}

	public static RegistrationStatus[] statuses() {
		return RegistrationStatus.values();
	}

	public static Order[] orders() {
		return Order.values();
	}

	public static String sortValue(Order order) {
		return order.name().toLowerCase(Locale.ROOT);
	}

}
