package org.plumbline.cfp.domain;

import java.util.List;

import org.plumbline.account.ReviewableTracks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the event's plain tracks to the account feature, which grants reviewers of them
 * and cannot ask this feature itself (this one depends on it).
 */
@Component
class TracksForReviewers implements ReviewableTracks {

	private final CallRepository repository;

	TracksForReviewers(CallRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Track> ofEvent(long eventId) {
		return repository.plainTracks(eventId)
			.stream()
			.map(track -> new Track(track.id(), track.slug(), track.name()))
			.toList();
	}

}
