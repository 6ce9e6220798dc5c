package org.plumbline.material;

import java.util.Optional;

/**
 * What an attendee's feedback form shows of a talk.
 *
 * @param started whether the talk has started on the event's clock
 * @param refusal why the account may not give feedback on the talk now, or empty when it
 * may
 * @param own the account's saved feedback on the talk, if it gave one
 * @param mayRead whether the account may read the feedback the talk received
 */
public record FeedbackForm(FeedbackTalk talk, boolean started, Optional<String> refusal, Optional<Feedback> own,
		boolean mayRead) {

	public boolean open() {
		return refusal.isEmpty();
	}

}
