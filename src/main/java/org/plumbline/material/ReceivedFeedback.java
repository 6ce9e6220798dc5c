package org.plumbline.material;

import java.util.List;

/**
 * The feedback a talk received, last changed first, for its speakers, the leads of its MC
 * and the organisers. It names nobody: attendees give it to be read, not to be answered.
 */
public record ReceivedFeedback(FeedbackTalk talk, List<Feedback> entries) {

	public ReceivedFeedback {
		entries = List.copyOf(entries);
	}

	/** The mean rating with one decimal, or empty when nobody gave feedback. */
	public String meanShown() {
		return Ratings.mean(entries.stream().mapToInt(Feedback::rating).average().orElse(0), entries.size());
	}

}
