package org.plumbline.event;

import java.util.List;
import java.util.Optional;

import org.plumbline.event.domain.EventRepository;
import org.plumbline.event.domain.SponsorRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event feature's read facade: events, their rooms, time blocks and sponsors. */
@Service
@Transactional(readOnly = true)
public class EventCatalog {

	private final EventRepository events;

	private final SponsorRepository sponsors;

	EventCatalog(EventRepository events, SponsorRepository sponsors) {
		this.events = events;
		this.sponsors = sponsors;
	}

	/** All events, the newest first. */
	public List<Event> listEvents() {
		return events.findAll();
	}

	public Optional<Event> findBySlug(String slug) {
		return events.findBySlug(slug);
	}

	public Optional<Event> findById(long eventId) {
		return events.findById(eventId);
	}

	public List<Room> rooms(long eventId) {
		return events.rooms(eventId);
	}

	public List<TimeBlock> timeBlocks(long eventId) {
		return events.timeBlocks(eventId);
	}

	/**
	 * Every tier of the event in order, each with its sponsors in order, empty tiers
	 * included.
	 */
	public List<SponsorTier> sponsorTiers(long eventId) {
		return sponsors.tiers(eventId);
	}

	public Optional<SponsorLogo> sponsorLogo(long eventId, long sponsorId) {
		return sponsors.logo(eventId, sponsorId);
	}

}
