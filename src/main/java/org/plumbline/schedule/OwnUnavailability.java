package org.plumbline.schedule;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intervals people declare themselves (issue 11, point 3): a signed-in account whose
 * verified person an event's timetable needs (a lead or key attendee of an accepted MC, a
 * speaker of a placeable topic) adds and removes its own intervals, for each such event
 * that has not ended. They are the event's intervals like any other: the organisers see
 * and may remove them, and the conflict checker holds sessions against them. An
 * unverified address names no person (DOMAIN.md, L14), so it declares nothing.
 */
@Service
public class OwnUnavailability {

	private final Unavailabilities unavailabilities;

	private final EventCatalog events;

	private final AccountPersons persons;

	private final Clock clock;

	OwnUnavailability(Unavailabilities unavailabilities, EventCatalog events, AccountPersons persons, Clock clock) {
		this.unavailabilities = unavailabilities;
		this.events = events;
		this.persons = persons;
		this.clock = clock;
	}

	/** An event that needs the person, with the intervals they declared for it. */
	public record EventIntervals(Event event, List<Unavailability> intervals) {
	}

	/**
	 * The events that need the account's person and have not ended, in the catalogue's
	 * order; empty for an account without a verified person.
	 */
	@Transactional(readOnly = true)
	public List<EventIntervals> of(long accountId) {
		return persons.verifiedPersonId(accountId)
			.map(personId -> events.listEvents()
				.stream()
				.filter(this::notEnded)
				.filter(event -> needed(event, personId).isPresent())
				.map(event -> new EventIntervals(event, own(event, personId)))
				.toList())
			.orElse(List.of());
	}

	/**
	 * Declares an interval of the account's own person, typed in the event's zone.
	 * @param typed its times and reason; its {@code who} is ignored, as it is always the
	 * account's person
	 * @throws TimetableNotFoundException if the account has no verified person, or the
	 * event does not need it or has ended
	 * @throws org.plumbline.validation.InvalidFields as {@link Unavailabilities#add}
	 * throws it
	 */
	@Transactional
	public Unavailability add(long accountId, String eventSlug, UnavailabilityInput typed) {
		Event event = event(eventSlug);
		long personId = person(accountId);
		Unavailable me = needed(event, personId)
			.orElseThrow(() -> new TimetableNotFoundException("Event " + eventSlug + " does not need this person"));
		return unavailabilities.declare(event, accountId, Optional.of(me), typed);
	}

	/**
	 * Removes one of the account's person's intervals, over the version the page showed:
	 * one they declared, or one the organisers declared about them, since it is their own
	 * time either way.
	 * @throws TimetableNotFoundException as {@link #add} throws it, or if the interval is
	 * none of the person's (another's, or removed meanwhile)
	 * @throws OptimisticLockingFailureException if the interval was changed meanwhile
	 */
	@Transactional
	public void remove(long accountId, String eventSlug, long id, int version) {
		Event event = event(eventSlug);
		long personId = person(accountId);
		if (needed(event, personId).isEmpty()) {
			throw new TimetableNotFoundException("Event " + eventSlug + " does not need this person");
		}
		Unavailability interval = own(event, personId).stream()
			.filter(candidate -> candidate.id() == id)
			.findFirst()
			.orElseThrow(() -> new TimetableNotFoundException("Interval " + id + " is not this person's"));
		unavailabilities.withdraw(event, accountId, Optional.of(interval), version);
	}

	private Event event(String slug) {
		return events.findBySlug(slug)
			.filter(this::notEnded)
			.orElseThrow(() -> new TimetableNotFoundException("No event " + slug + " that has not ended"));
	}

	private long person(long accountId) {
		return persons.verifiedPersonId(accountId)
			.orElseThrow(() -> new TimetableNotFoundException("Account " + accountId + " has no verified person"));
	}

	private boolean notEnded(Event event) {
		return !event.endDate().isBefore(clock.instant().atZone(event.timeZone()).toLocalDate());
	}

	private Optional<Unavailable> needed(Event event, long personId) {
		String value = Unavailable.person(personId, "").value();
		return unavailabilities.people(event.id()).stream().filter(person -> person.value().equals(value)).findFirst();
	}

	private List<Unavailability> own(Event event, long personId) {
		return unavailabilities.ofEvent(event.id())
			.stream()
			.filter(interval -> Long.valueOf(personId).equals(interval.personId()))
			.toList();
	}

}
