package org.plumbline.review;

import org.plumbline.cfp.TopicConflicts;
import org.plumbline.review.domain.ReviewRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** cfp's port to the one conflict rule of this feature ({@code ConflictRule}). */
@Component
class ConflictRuleForCfp implements TopicConflicts {

	private final ReviewRepository reviews;

	ConflictRuleForCfp(ReviewRepository reviews) {
		this.reviews = reviews;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean conflicted(long topicId, long accountId) {
		return reviews.conflicted(topicId, accountId);
	}

}
