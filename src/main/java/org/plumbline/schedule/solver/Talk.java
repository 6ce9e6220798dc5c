package org.plumbline.schedule.solver;

import java.util.List;

/**
 * A talk to place: its track, how many consecutive slots it needs, the position wanted
 * for it in its track (1 is the first, {@code null} when none), its presenters and
 * attendees (person ids), how many people are interested, its remote presenter's hours
 * ({@code null} when the presenter is local) and its pinned placement ({@code null} when
 * the solver may move it). An MC with no talks yet is one talk needing as many slots as
 * its block holds, its track bound to that block's cells.
 */
public record Talk(String id, String track, int slots, Integer wantedPosition, List<String> presenters,
		List<String> attendees, long interest, PresenterHours presenterHours, Placement pinned) {

	public Talk {
		presenters = Track.listOrEmpty(presenters);
		attendees = Track.listOrEmpty(attendees);
	}

}
