package org.plumbline.cfp;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.plumbline.cfp.domain.CallTopicCountRepository;
import org.plumbline.cfp.domain.TallyRepository;
import org.plumbline.event.Event;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of topics, summed by the database: an event's for the organisers' overview,
 * every event's for the metrics.
 */
@Service
public class TopicTallies {

	private final TallyRepository tallies;

	private final CallTopicCountRepository callCounts;

	TopicTallies(TallyRepository tallies, CallTopicCountRepository callCounts) {
		this.tallies = tallies;
		this.callCounts = callCounts;
	}

	/**
	 * How many topics stand submitted (every state but draft and withdrawn) in each call
	 * of the event that has one, in no order: one row per call, counted as topics are
	 * written.
	 */
	@Transactional(readOnly = true)
	public List<CallSize> callSizes(long eventId) {
		return callCounts.ofEvent(eventId);
	}

	/**
	 * For each call and each day in the event's time zone, how many of the topics that
	 * stand submitted now (every state but draft and withdrawn) were submitted that day;
	 * in order of day.
	 */
	@Transactional(readOnly = true)
	public List<SubmittedOnDay> submittedPerDay(Event event) {
		return tallies.submittedPerDay(event.id(), event.timeZone());
	}

	/**
	 * As {@link #submittedPerDay(Event)}, for the given calls only: their topics alone
	 * are read, where a large event holds a hundred thousand.
	 */
	@Transactional(readOnly = true)
	public List<SubmittedOnDay> submittedPerDay(Event event, Collection<Long> microconferenceIds,
			Collection<Long> plainTrackIds) {
		return tallies.submittedPerDay(event.id(), event.timeZone(), microconferenceIds, plainTrackIds);
	}

	/**
	 * How many topics, of every event, stand in each state now (drafts included), in one
	 * query; a state without any is left out.
	 */
	@Transactional(readOnly = true)
	public Map<TopicState, Long> byState() {
		Map<TopicState, Long> counts = new EnumMap<>(TopicState.class);
		tallies.countByState().forEach((state, count) -> counts.put(TopicState.valueOf(state), count));
		return counts;
	}

}
