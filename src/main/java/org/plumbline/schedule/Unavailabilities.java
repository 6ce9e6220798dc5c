package org.plumbline.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.domain.UnavailabilityRepository;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intervals during which an event's people and rooms are declared unavailable
 * (DOMAIN.md L13), which the conflict checker holds sessions against. Organisers add and
 * remove them; each change is audited in its transaction.
 */
@Service
public class Unavailabilities {

	static final String STALE = "This interval was changed or removed since you opened the page.";

	private final UnavailabilityRepository intervals;

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final PlaceableTopics topics;

	private final PersonDirectory people;

	private final EditorRights rights;

	private final AuditLog audit;

	Unavailabilities(UnavailabilityRepository intervals, EventCatalog events, Microconferences microconferences,
			PlaceableTopics topics, PersonDirectory people, EditorRights rights, AuditLog audit) {
		this.intervals = intervals;
		this.events = events;
		this.microconferences = microconferences;
		this.topics = topics;
		this.people = people;
		this.rights = rights;
		this.audit = audit;
	}

	/** The event's intervals, by start, each naming its person or room. */
	@Transactional(readOnly = true)
	public List<Unavailability> ofEvent(long eventId) {
		List<UnavailabilityRepository.Row> rows = intervals.ofEvent(eventId);
		Map<Long, PersonSummary> persons = people
			.findAll(rows.stream().map(UnavailabilityRepository.Row::personId).filter(id -> id != null).toList());
		Map<Long, String> rooms = new LinkedHashMap<>();
		events.rooms(eventId).forEach(room -> rooms.put(room.id(), room.name()));
		return rows.stream()
			.map(row -> new Unavailability(row.id(), row.eventId(), row.personId(), row.roomId(),
					row.personId() != null ? persons.get(row.personId()).displayName() : rooms.get(row.roomId()),
					row.startsAt(), row.endsAt(), row.reason(), row.version()))
			.toList();
	}

	/**
	 * The people a timetable of the event needs, whom an interval may name: the leads and
	 * key attendees of its accepted MCs and the speakers of its placeable topics, by
	 * name.
	 */
	@Transactional(readOnly = true)
	public List<Unavailable> people(long eventId) {
		Set<Long> ids = new LinkedHashSet<>();
		for (Microconference mc : microconferences.published(eventId)) {
			mc.leads().forEach(lead -> ids.add(lead.personId()));
			mc.keyAttendees().forEach(attendee -> ids.add(attendee.personId()));
		}
		topics.ofEvent(eventId).forEach(topic -> topic.speakers().forEach(speaker -> ids.add(speaker.personId())));
		return people.findAll(ids)
			.values()
			.stream()
			.map(person -> Unavailable.person(person.id(), person.displayName()))
			.sorted(Comparator.comparing(Unavailable::name).thenComparing(Unavailable::value))
			.toList();
	}

	/** The event's rooms, in their order. */
	@Transactional(readOnly = true)
	public List<Unavailable> rooms(long eventId) {
		return events.rooms(eventId).stream().map(room -> Unavailable.room(room.id(), room.name())).toList();
	}

	/**
	 * Declares an interval, typed in the event's zone.
	 * @throws TimetableNotFoundException if the account does not organise the event
	 * @throws org.plumbline.validation.InvalidFields for a person or room the event does
	 * not need, a missing, malformed or skipped (daylight-saving) time, an end not after
	 * the start, or a reason that does not fit on one line of 200 characters
	 */
	@Transactional
	public Unavailability add(Event event, long actorAccountId, UnavailabilityInput input) {
		rights.requireOrganiser(actorAccountId, event);
		return declare(event, actorAccountId, findWho(event.id(), input.who()), input);
	}

	/**
	 * Declares an interval for the person or room chosen, checked as {@link #add} checks
	 * it; the caller has checked who may declare it.
	 * @param who the person or room, or empty when the form named none the event needs
	 */
	Unavailability declare(Event event, long actorAccountId, Optional<Unavailable> who, UnavailabilityInput input) {
		FieldChecks checks = new FieldChecks();
		checks.check("who", who.isEmpty() ? Optional.of("Choose a person or a room of this event.") : Optional.empty());
		Instant starts = checks.localTime("startsAt", input.startsAt(), event.timeZone());
		Instant ends = checks.localTime("endsAt", input.endsAt(), event.timeZone());
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			checks.check("endsAt", Optional.of("The end must be after the start."));
		}
		String reason = checks.optionalLine("reason", input.reason(), 200);
		checks.throwIfAny();
		String value = who.get().value();
		long id = Long.parseLong(value.substring(value.indexOf('-') + 1));
		Long personId = value.startsWith("person-") ? id : null;
		Long roomId = personId == null ? id : null;
		long added = intervals.add(event.id(), personId, roomId, starts, ends, reason);
		Unavailability saved = find(event.id(), added).orElseThrow();
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "unavailability", Long.toString(added),
				"unavailability-added", null, audited(saved), null));
		return saved;
	}

	/**
	 * Removes an interval over the version its remover saw.
	 * @throws TimetableNotFoundException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if it was changed or removed meanwhile,
	 * or is none of the event's
	 */
	@Transactional
	public void remove(Event event, long actorAccountId, long id, int version) {
		rights.requireOrganiser(actorAccountId, event);
		withdraw(event, actorAccountId, find(event.id(), id), version);
	}

	/**
	 * Removes an interval the caller may remove, over the version its remover saw.
	 * @param interval the interval, or empty when there is none the remover may remove
	 * @throws OptimisticLockingFailureException if it was changed or removed meanwhile
	 */
	void withdraw(Event event, long actorAccountId, Optional<Unavailability> interval, int version) {
		Unavailability before = interval.orElseThrow(() -> new OptimisticLockingFailureException(STALE));
		if (!intervals.remove(event.id(), before.id(), version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "unavailability", Long.toString(before.id()),
				"unavailability-removed", audited(before), null, null));
	}

	private Optional<Unavailability> find(long eventId, long id) {
		return ofEvent(eventId).stream().filter(interval -> interval.id() == id).findFirst();
	}

	private Optional<Unavailable> findWho(long eventId, String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		List<Unavailable> choices = new ArrayList<>(people(eventId));
		choices.addAll(rooms(eventId));
		return choices.stream().filter(choice -> choice.value().equals(typed.strip())).findFirst();
	}

	private static Map<String, Object> audited(Unavailability interval) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("who", interval.who());
		shown.put("startsAt", interval.startsAt().toString());
		shown.put("endsAt", interval.endsAt().toString());
		shown.put("reason", interval.reason());
		return shown;
	}

}
