package org.plumbline.schedule;

/** What is marked: an MC or a talk (a topic), by id; exactly one is set. */
public record InterestSubject(Long microconferenceId, Long topicId) {

	public InterestSubject {
		if ((microconferenceId == null) == (topicId == null)) {
			throw new IllegalArgumentException("mark an MC or a talk");
		}
	}

	public static InterestSubject microconference(long id) {
		return new InterestSubject(id, null);
	}

	public static InterestSubject talk(long topicId) {
		return new InterestSubject(null, topicId);
	}

}
