package org.plumbline.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.review.domain.ReviewRepository;
import org.plumbline.review.domain.ReviewedTopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the data generator does to reviews (its only caller: {@code ModularityTest}):
 * a generated event's leads review their MC's topics by the hundred thousand, too many to
 * save one by one through {@link Reviews}, so they are written in batches. The log
 * records one entry for each batch, not one for each review: nobody wrote them.
 */
@Service
public class GeneratedReviews {

	/** One review: a score from {@link Review#MIN_SCORE} to {@link Review#MAX_SCORE}. */
	public record GeneratedReview(long topicId, long reviewerAccountId, int score, String comment) {

		public GeneratedReview {
			if (score < Review.MIN_SCORE || score > Review.MAX_SCORE) {
				throw new IllegalArgumentException(
						"A score from " + Review.MIN_SCORE + " to " + Review.MAX_SCORE + ", not " + score);
			}
		}

	}

	private final ReviewRepository reviews;

	private final AuditLog audit;

	private final ReviewedTopicRepository reviewedTopics;

	GeneratedReviews(ReviewRepository reviews, AuditLog audit, ReviewedTopicRepository reviewedTopics) {
		this.reviews = reviews;
		this.audit = audit;
		this.reviewedTopics = reviewedTopics;
	}

	/**
	 * Writes the reviews of one event, as if each was saved at {@code at}.
	 * @throws org.springframework.dao.DuplicateKeyException if a reviewer reviews a topic
	 * twice
	 */
	@Transactional
	public void write(long eventId, String actor, List<GeneratedReview> generated, Instant at) {
		reviews.insertAll(generated, at);
		reviewedTopics.recomputeEvent(eventId);
		audit.record(new AuditEntry(eventId, null, actor, "review", "generated", "reviews-generated", null,
				Map.of("reviews", generated.size()), null));
	}

}
