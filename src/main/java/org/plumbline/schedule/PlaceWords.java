package org.plumbline.schedule;

import org.plumbline.event.Event;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.EventProblem.SessionPlace;

/**
 * A session's place as an organiser reads it in a proposal: "Room 2, Mon 10:00–13:30",
 * with "before the break" or "after the break" for half a block.
 */
final class PlaceWords {

	private final Event event;

	private final EventProblem problem;

	PlaceWords(Event event, EventProblem problem) {
		this.event = event;
		this.problem = problem;
	}

	String of(SessionPlace place) {
		TimeBlock block = place.block();
		String words = place.room().name() + ", "
				+ TimeSpans.of(place.part().startsAt(block), place.part().endsAt(block), event.timeZone());
		return place.part() == BlockPart.WHOLE ? words : words + " (" + place.part().inWords().toLowerCase() + ")";
	}

	String of(ProposedPlacement placement) {
		return of(new SessionPlace(problem.block(placement.timeBlockId()), problem.room(placement.roomId()),
				placement.part()));
	}

}
