package org.plumbline.review;

import java.util.Collection;
import java.util.List;

import org.plumbline.review.domain.ProgressRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far review has come in each call of an event, for the organisers' overview. */
@Service
public class ReviewProgress {

	private final ProgressRepository progress;

	ReviewProgress(ProgressRepository progress) {
		this.progress = progress;
	}

	/** One entry for every call that has a submitted topic. */
	@Transactional(readOnly = true)
	public List<CallReviewProgress> perCall(long eventId) {
		return progress.perCall(eventId);
	}

	/** One entry for each of the given calls that has a submitted topic. */
	@Transactional(readOnly = true)
	public List<CallReviewProgress> perCall(long eventId, Collection<Long> microconferenceIds,
			Collection<Long> plainTrackIds) {
		return progress.perCall(eventId, microconferenceIds, plainTrackIds);
	}

}
