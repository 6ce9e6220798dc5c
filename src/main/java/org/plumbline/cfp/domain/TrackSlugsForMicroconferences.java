package org.plumbline.cfp.domain;

import org.plumbline.microconference.OtherTrackSlugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the slugs of the event's plain tracks to the microconference feature, which gives
 * an accepted MC a slug of its own and cannot ask this feature itself (this one depends
 * on it).
 */
@Component
class TrackSlugsForMicroconferences implements OtherTrackSlugs {

	private final CallRepository repository;

	TrackSlugsForMicroconferences(CallRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean taken(long eventId, String slug) {
		return repository.plainTracks(eventId).stream().anyMatch(track -> track.slug().equals(slug));
	}

}
