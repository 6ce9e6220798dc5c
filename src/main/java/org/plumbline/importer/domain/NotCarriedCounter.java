package org.plumbline.importer.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.importer.NotCarried;
import org.plumbline.schedule.TimetableBackups;
import org.springframework.stereotype.Component;

/**
 * Asks each feature that owns something the event data file does not carry yet how much
 * of it an event holds.
 */
@Component
public class NotCarriedCounter {

	private final TimetableBackups schedule;

	NotCarriedCounter(TimetableBackups schedule) {
		this.schedule = schedule;
	}

	public NotCarried of(long eventId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.putAll(schedule.notInEventFile(eventId));
		return new NotCarried(counts);
	}

}
