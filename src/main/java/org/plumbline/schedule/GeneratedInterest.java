package org.plumbline.schedule;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plumbline.microconference.McName;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.domain.InterestMarkRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the data generator does to interest marks (its only caller:
 * {@code ModularityTest}): a generated event's people mark MCs by the hundred thousand,
 * too many to mark one by one through {@link InterestMarks}, which checks each against
 * every MC of the event. Here the MCs are checked once and the marks written in batches
 * (a mark is not audited, as one made on a page is not).
 */
@Service
public class GeneratedInterest {

	private final InterestMarkRepository marks;

	private final Microconferences microconferences;

	private final Clock clock;

	GeneratedInterest(InterestMarkRepository marks, Microconferences microconferences, Clock clock) {
		this.marks = marks;
		this.microconferences = microconferences;
		this.clock = clock;
	}

	/**
	 * Marks MCs of the event as interesting to accounts, each pair once however often
	 * given, in their order.
	 * @param accountAndMc an account's id and the id of an MC it marks
	 * @throws UnknownInterestSubjectException if an MC is none of the event's public ones
	 */
	@Transactional
	public void markMicroconferences(long eventId, List<Map.Entry<Long, Long>> accountAndMc) {
		Set<Long> published = microconferences.publishedNames(eventId)
			.stream()
			.map(McName::id)
			.collect(Collectors.toSet());
		accountAndMc.stream().filter(mark -> !published.contains(mark.getValue())).findFirst().ifPresent(mark -> {
			throw new UnknownInterestSubjectException("No public MC " + mark.getValue() + " in event " + eventId);
		});
		List<Map.Entry<Long, Long>> once = List.copyOf(new LinkedHashSet<>(accountAndMc));
		marks.markMicroconferences(eventId, once, clock.instant());
	}

}
