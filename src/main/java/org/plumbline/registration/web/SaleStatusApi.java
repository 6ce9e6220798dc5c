package org.plumbline.registration.web;

import java.time.Duration;
import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.registration.Registrations;
import org.plumbline.registration.Registrations.OnSale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Whether an event sells tickets now, which are sold out and how many wait, for the
 * script that fills in the event's public page: the page stays the same bytes for every
 * visitor through a rush, and only this small answer changes. It is the same for
 * everyone, so caches may keep it for a few seconds.
 */
@RestController
class SaleStatusApi {

	private static final Duration FRESH_FOR = Duration.ofSeconds(5);

	private final EventCatalog events;

	private final Registrations registrations;

	SaleStatusApi(EventCatalog events, Registrations registrations) {
		this.events = events;
		this.registrations = registrations;
	}

	/**
	 * @param open whether a ticket type anyone may buy is on sale
	 * @param soldOut whether every such type is full, so that registering joins a waiting
	 * list
	 * @param waiting how many wait for a place of those types
	 */
	record SaleStatus(boolean open, boolean soldOut, int waiting, List<TypeStatus> ticketTypes) {
	}

	record TypeStatus(String name, String price, boolean soldOut, int waiting) {
	}

	@GetMapping(path = "/api/v1/events/{event}/registration", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SaleStatus> status(@PathVariable("event") String slug) {
		Event event = events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<OnSale> onSale = registrations.onSale(event);
		SaleStatus status = new SaleStatus(!onSale.isEmpty(),
				!onSale.isEmpty() && onSale.stream().allMatch(OnSale::soldOut),
				onSale.stream().mapToInt(OnSale::waiting).sum(),
				onSale.stream()
					.map(sale -> new TypeStatus(sale.type().name(), sale.type().priceShown(), sale.soldOut(),
							sale.waiting()))
					.toList());
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(FRESH_FOR).cachePublic()).body(status);
	}

}
