package org.plumbline.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.plumbline.cfp.Topic;
import org.plumbline.microconference.Microconference;
import org.plumbline.review.GeneratedReviews.GeneratedReview;
import org.plumbline.review.Review;

/**
 * The reviews of one generation: each MC's first leads score each of its topics, one in
 * three of them with a comment. Their scores and comments are drawn from a random source
 * of their own, so that the rest of what a seed makes does not depend on how many reviews
 * a preset asks for.
 */
final class SampleReviews {

	/** A reviewer's comment for each score, from the lowest. */
	private static final List<String> COMMENTS = List.of("Out of scope for this microconference.",
			"Interesting, but the problem to settle is not clear yet.", "Fine; depends on who else comes.",
			"A good fit: the right people will be in the room.", "Exactly the discussion we need this year.");

	private final RandomGenerator random;

	private final int reviewsPerTopic;

	private final List<GeneratedReview> reviews = new ArrayList<>();

	SampleReviews(long seed, int reviewsPerTopic) {
		this.random = new Random(~seed);
		this.reviewsPerTopic = reviewsPerTopic;
	}

	/** The MC's first leads review each of its topics. */
	void review(Microconference mc, List<Topic> submitted, SamplePeople people) {
		List<Long> reviewers = mc.leads()
			.stream()
			.limit(reviewsPerTopic)
			.map(lead -> people.accountOf(lead.personId()).id())
			.toList();
		for (Topic topic : submitted) {
			for (long reviewer : reviewers) {
				int score = Review.MIN_SCORE + random.nextInt(Review.MAX_SCORE - Review.MIN_SCORE + 1);
				reviews.add(new GeneratedReview(topic.id(), reviewer, score,
						random.nextInt(3) == 0 ? COMMENTS.get(score - Review.MIN_SCORE) : null));
			}
		}
	}

	/** The reviews so far, in the order they were given. */
	List<GeneratedReview> all() {
		return Collections.unmodifiableList(reviews);
	}

}
