package org.plumbline.review;

import java.util.List;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.review.domain.PhaseRepository;
import org.plumbline.review.domain.ReviewBackupRepository;
import org.plumbline.review.domain.ReviewedTopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's reviews and conflicts of interest for its backup in an event data file, and
 * written back as they were: scores, comments, reasons and instants, without the review
 * phase's checks, since a restore tells history; and the review phases. Nobody is mailed.
 */
@Service
public class ReviewBackups {

	private final ReviewBackupRepository reviews;

	private final AuditLog audit;

	private final ReviewedTopicRepository reviewedTopics;

	ReviewBackups(ReviewBackupRepository reviews, AuditLog audit, ReviewedTopicRepository reviewedTopics) {
		this.reviews = reviews;
		this.audit = audit;
		this.reviewedTopics = reviewedTopics;
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

	/** The event's conflict marks and declared conflicts, each in the order made. */
	@Transactional(readOnly = true)
	public BackedUpConflicts conflicts(long eventId) {
		return reviews.conflicts(eventId);
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the account marked against the person already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpConflicts.Mark mark) {
		long id = reviews.insert(event.id(), mark);
		audit.record(new AuditEntry(event.id(), null, systemActor, "conflict-mark", Long.toString(id), "restored", null,
				Map.of("account", mark.accountId(), "person", mark.personId()), null));
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the account declared a conflict with the topic already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpConflicts.Declaration declaration) {
		reviews.insert(declaration);
		audit.record(new AuditEntry(event.id(), null, systemActor, "topic", Long.toString(declaration.topicId()),
				"declared-conflict-restored", null, Map.of("account", declaration.accountId()), null));
	}

	/**
	 * Counts which of the event's topics have a review by someone not conflicted with
	 * them, once its reviews, conflict marks, declared conflicts and speakers are
	 * restored: a count per restored row would cost three statements each.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void countReviewedTopics(Event event) {
		reviewedTopics.recomputeEvent(event.id());
	}

	/**
	 * The event's default review window, if it set one, then the calls' own: a restore
	 * that lost them would let reviewers in at any time, or never.
	 */
	@Transactional(readOnly = true)
	public List<BackedUpReviewPhase> reviewPhases(long eventId) {
		return reviews.phases(eventId);
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a second window for the event or the call, one that closes before it
	 * opens)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpReviewPhase phase) {
		reviews.insert(event.id(), phase);
		String call = phase.isEventDefault() ? "event"
				: PhaseRepository.callKey(phase.microconferenceId(), phase.plainTrackId());
		audit.record(new AuditEntry(event.id(), null, systemActor, "review-phase", call, "restored", null,
				Map.of("opensAt", phase.opensAt().toString(), "closesAt", phase.closesAt().toString()), null));
	}

}
