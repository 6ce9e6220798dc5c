package org.plumbline.microconference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.microconference.domain.MicroconferenceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The microconference feature's facade. */
@Service
public class Microconferences {

	private static final McStatus PUBLISHED = McStatus.ACCEPTED;

	private final MicroconferenceRepository repository;

	Microconferences(MicroconferenceRepository repository) {
		this.repository = repository;
	}

	/**
	 * The event's MCs in page order, whole (sections, key attendees, leads), in a fixed
	 * number of queries.
	 */
	@Transactional(readOnly = true)
	public List<Microconference> forEvent(long eventId) {
		return repository.findByEvent(eventId);
	}

	@Transactional(readOnly = true)
	public Optional<Microconference> find(long eventId, String slug) {
		return repository.findBySlug(eventId, slug);
	}

	/**
	 * The MCs the public sees, in page order: accepted ones only (public pages show the
	 * state, never a pending decision; DOMAIN.md, "Recorded, then announced").
	 */
	@Transactional(readOnly = true)
	public List<Microconference> published(long eventId) {
		return repository.findByEventAndStatus(eventId, PUBLISHED);
	}

	@Transactional(readOnly = true)
	public long countPublished(long eventId) {
		return repository.countByEventAndStatus(eventId, PUBLISHED);
	}

	/** One MC if the public may see it. */
	@Transactional(readOnly = true)
	public Optional<Microconference> findPublished(long eventId, String slug) {
		return repository.findBySlug(eventId, slug).filter(mc -> mc.status() == PUBLISHED);
	}

	/** Adds an MC after the event's existing ones; the caller has validated the input. */
	@Transactional
	public Microconference create(long eventId, NewMicroconference mc) {
		UUID guid = mc.guid() != null ? mc.guid() : UUID.randomUUID();
		repository.insert(eventId, guid, mc);
		return repository.findBySlug(eventId, mc.slug()).orElseThrow();
	}

}
