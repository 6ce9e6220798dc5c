package org.plumbline.review;

import java.util.List;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.review.domain.ReviewBackupRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's reviews for its backup in an event data file, and written back as they were:
 * scores, comments and instants, without the review phase's checks, since a restore tells
 * history. Nobody is mailed.
 */
@Service
public class ReviewBackups {

	private final ReviewBackupRepository reviews;

	private final AuditLog audit;

	ReviewBackups(ReviewBackupRepository reviews, AuditLog audit) {
		this.reviews = reviews;
		this.audit = audit;
	}

	/** The reviews of the event's topics, in the order they were written. */
	@Transactional(readOnly = true)
	public List<BackedUpReview> reviews(long eventId) {
		return reviews.ofEvent(eventId);
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a second review of the topic by the reviewer, a score out of range)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpReview review) {
		reviews.insert(review);
		audit.record(new AuditEntry(event.id(), null, systemActor, "review", Long.toString(review.topicId()),
				"restored", null, Map.of("reviewer", review.reviewerAccountId(), "score", review.score()), null));
	}

	/**
	 * What of the event the event data file does not carry yet: a count per kind (a
	 * singular noun), zero included, in a fixed order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> notInEventFile(long eventId) {
		return reviews.notInEventFile(eventId);
	}

}
