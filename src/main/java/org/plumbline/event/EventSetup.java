package org.plumbline.event;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewSponsor;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.domain.EventRepository;
import org.plumbline.event.domain.SponsorRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event feature's write facade: creating and deleting whole events. */
@Service
public class EventSetup {

	private final EventRepository events;

	private final SponsorRepository sponsors;

	private final ApplicationEventPublisher publisher;

	EventSetup(EventRepository events, SponsorRepository sponsors, ApplicationEventPublisher publisher) {
		this.events = events;
		this.sponsors = sponsors;
		this.publisher = publisher;
	}

	/**
	 * Creates an event with its rooms, blocks, tiers and sponsors. The caller has
	 * validated the input; the database's constraints are only a backstop.
	 */
	@Transactional
	public Event create(NewEvent event) {
		long eventId = events.insert(event);
		int position = 0;
		for (NewRoom room : event.rooms()) {
			events.insertRoom(eventId, room.guid() != null ? room.guid() : UUID.randomUUID(), room, position++);
		}
		for (NewTimeBlock block : event.timeBlocks()) {
			events.insertTimeBlock(eventId, block.label(), at(block, block.start(), event),
					at(block, block.end(), event), at(block, block.breakStart(), event),
					at(block, block.breakEnd(), event));
		}
		Map<String, Long> tierIds = new HashMap<>();
		position = 0;
		for (String tier : event.sponsorTiers()) {
			tierIds.put(tier, sponsors.insertTier(eventId, tier, position++));
		}
		position = 0;
		for (NewSponsor sponsor : event.sponsors()) {
			sponsors.insertSponsor(tierIds.get(sponsor.tier()), sponsor, position++);
		}
		return events.findById(eventId).orElseThrow();
	}

	/**
	 * Adds time blocks at the instants given (their ids are ignored), as a clone of
	 * another event's blocks moved in time; the caller keeps each break inside its block.
	 */
	@Transactional
	public void addTimeBlocks(long eventId, List<TimeBlock> blocks) {
		for (TimeBlock block : blocks) {
			events.insertTimeBlock(eventId, block.label(), block.startsAt(), block.endsAt(), block.breakStartsAt(),
					block.breakEndsAt());
		}
	}

	/**
	 * Deletes an event and everything that belongs to it: its timetables through the
	 * {@link EventDeletion} listeners, the rest by the database's cascades.
	 */
	@Transactional
	public void delete(long eventId) {
		publisher.publishEvent(new EventDeletion(eventId));
		events.delete(eventId);
	}

	private static Instant at(NewTimeBlock block, LocalTime time, NewEvent event) {
		return time == null ? null : ZonedDateTime.of(block.date(), time, event.timeZone()).toInstant();
	}

}
