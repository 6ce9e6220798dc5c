package org.plumbline.schedule.domain;

import org.plumbline.event.EventDeletion;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes an event's timetables, released versions included, when the event itself is
 * deleted. It is the only way a released version goes: the database refuses to let one
 * lose a session or talk to the deletion of a room, MC, plain track or topic (V23), and
 * so refuses the event's own cascade while its timetables are still there. Synchronous,
 * in the deleting transaction: a deletion that fails later keeps the timetables too.
 */
@Component
class DeletedEventTimetables {

	private final TimetableRepository timetables;

	DeletedEventTimetables(TimetableRepository timetables) {
		this.timetables = timetables;
	}

	@EventListener
	void deleteTimetablesOf(EventDeletion deletion) {
		timetables.deleteAllOfEvent(deletion.eventId());
	}

}
