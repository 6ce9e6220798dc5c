package org.plumbline.schedule.solver;

import java.util.Set;

/**
 * Who is needed in two parallel places, for the clash constraints. A chair is needed for
 * their track's whole session, so chairing counts only against a different track.
 */
final class Clashes {

	private Clashes() {
	}

	static boolean presenterClash(PlannedTalk talk, PlannedTalk other) {
		return sharesAny(talk.presenters(), other.presenters()) || presentsWhereOtherChairs(talk, other)
				|| presentsWhereOtherChairs(other, talk);
	}

	static boolean attendeeClash(PlannedTalk talk, PlannedTalk other) {
		return attendsWhereNeededByOther(talk, other) || attendsWhereNeededByOther(other, talk);
	}

	static boolean chairClash(Session session, Session other) {
		return !session.track().equals(other.track())
				&& session.track().chairs().stream().anyMatch(other.track().chairs()::contains);
	}

	private static boolean presentsWhereOtherChairs(PlannedTalk talk, PlannedTalk other) {
		return differentTracks(talk, other) && sharesAny(talk.presenters(), other.chairs());
	}

	private static boolean attendsWhereNeededByOther(PlannedTalk talk, PlannedTalk other) {
		return sharesAny(talk.attendees(), other.attendees()) || sharesAny(talk.attendees(), other.presenters())
				|| (differentTracks(talk, other) && sharesAny(talk.attendees(), other.chairs()));
	}

	private static boolean differentTracks(PlannedTalk talk, PlannedTalk other) {
		return !talk.trackId().equals(other.trackId());
	}

	private static boolean sharesAny(Set<String> people, Set<String> others) {
		return people.stream().anyMatch(others::contains);
	}

}
