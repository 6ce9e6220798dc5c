package org.plumbline.registration.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plumbline.registration.domain.ChangeCountRepository.QuarterHourChange;
import org.springframework.stereotype.Repository;

/**
 * The daily changes in each ticket type's places held and waiting line (see
 * {@link org.plumbline.registration.RegistrationHistory} for what counts as which),
 * summed from the changes counted by quarter hour as registrations are written: one row
 * per type and quarter hour in which something changed, however many registrations there
 * are.
 */
@Repository
public class HistoryRepository {

	private final ChangeCountRepository counts;

	HistoryRepository(ChangeCountRepository counts) {
		this.counts = counts;
	}

	/** By how much a ticket type's places held and waiting line changed on a day. */
	public record DailyChange(long ticketTypeId, LocalDate day, int holding, int waiting) {

	}

	/**
	 * The changes by day in the zone; every zone's offset is a whole number of quarter
	 * hours, so each quarter hour falls on one day.
	 */
	public List<DailyChange> dailyChanges(long eventId, ZoneId zone) {
		Map<Long, Map<LocalDate, int[]>> byType = new TreeMap<>();
		for (QuarterHourChange change : counts.ofEvent(eventId)) {
			int[] day = byType.computeIfAbsent(change.ticketTypeId(), type -> new TreeMap<>())
				.computeIfAbsent(LocalDate.ofInstant(change.from(), zone), unseen -> new int[2]);
			day[0] += change.holding();
			day[1] += change.waiting();
		}
		List<DailyChange> changes = new ArrayList<>();
		byType.forEach((type, days) -> days
			.forEach((day, change) -> changes.add(new DailyChange(type, day, change[0], change[1]))));
		return changes;
	}

}
