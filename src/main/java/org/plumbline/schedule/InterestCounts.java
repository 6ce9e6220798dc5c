package org.plumbline.schedule;

import java.util.Map;

/**
 * How many marked each MC and each talk of an event interesting, for the room-size check
 * and the scheduler.
 */
public record InterestCounts(Map<Long, Integer> byMicroconference, Map<Long, Integer> byTopic) {

	public static final InterestCounts NONE = new InterestCounts(Map.of(), Map.of());

	public InterestCounts {
		byMicroconference = Map.copyOf(byMicroconference);
		byTopic = Map.copyOf(byTopic);
	}

	public int ofMicroconference(long microconferenceId) {
		return byMicroconference.getOrDefault(microconferenceId, 0);
	}

	public int ofTopic(long topicId) {
		return byTopic.getOrDefault(topicId, 0);
	}

}
