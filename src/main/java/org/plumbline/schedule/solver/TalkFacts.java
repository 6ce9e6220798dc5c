package org.plumbline.schedule.solver;

import java.util.BitSet;

/**
 * What the constraints read of one talk, computed once per solve: its index and its
 * track's (into the penalty tables) and the people it involves as sets of person indices,
 * so that clash tests are bit-set intersections instead of string set lookups.
 */
final class TalkFacts {

	private final int index;

	private final int trackIndex;

	private final BitSet presenters;

	private final BitSet attendees;

	private final BitSet chairs;

	private final BitSet attendeesAndPresenters;

	private final int[] keyAttendeeList;

	private final int[] chairList;

	private final int[] presenterList;

	TalkFacts(int index, int trackIndex, int[] presenters, int[] attendees, int[] chairs, int[] keyAttendees) {
		this.index = index;
		this.trackIndex = trackIndex;
		this.presenters = bits(presenters);
		this.attendees = bits(attendees);
		this.chairs = bits(chairs);
		this.attendeesAndPresenters = bits(attendees);
		this.attendeesAndPresenters.or(this.presenters);
		this.keyAttendeeList = keyAttendees;
		this.chairList = chairs;
		this.presenterList = presenters;
	}

	private static BitSet bits(int[] people) {
		BitSet bits = new BitSet();
		for (int person : people) {
			bits.set(person);
		}
		return bits;
	}

	int index() {
		return index;
	}

	int trackIndex() {
		return trackIndex;
	}

	BitSet presenters() {
		return presenters;
	}

	BitSet attendees() {
		return attendees;
	}

	BitSet chairs() {
		return chairs;
	}

	BitSet attendeesAndPresenters() {
		return attendeesAndPresenters;
	}

	int[] keyAttendeeList() {
		return keyAttendeeList;
	}

	int[] chairList() {
		return chairList;
	}

	int[] presenterList() {
		return presenterList;
	}

}
