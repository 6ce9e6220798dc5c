package org.plumbline.schedule;

import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event's one draft timetable, as it is now. {@link DraftEditor} changes it.
 */
@Service
public class DraftTimetables {

	private final TimetableRepository timetables;

	DraftTimetables(TimetableRepository timetables) {
		this.timetables = timetables;
	}

	/** The event's draft, created empty on first use. */
	@Transactional
	public Timetable draft(long eventId) {
		return timetables.find(timetables.draftId(eventId)).orElseThrow();
	}

}
