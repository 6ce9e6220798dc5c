package org.plumbline.schedule.solver;

/**
 * Who is needed in two parallel places, for the clash constraints. A chair is needed for
 * their track's whole session, so chairing counts only against a different track.
 */
final class Clashes {

	private Clashes() {
	}

	static boolean presenterClash(PlannedTalk talk, PlannedTalk other) {
		TalkFacts one = talk.facts();
		TalkFacts two = other.facts();
		return one.presenters().intersects(two.presenters()) || (one.trackIndex() != two.trackIndex()
				&& (one.presenters().intersects(two.chairs()) || two.presenters().intersects(one.chairs())));
	}

	/**
	 * An attendee of one who attends or presents in the other, or chairs the other's
	 * different track.
	 */
	static boolean attendeeClash(PlannedTalk talk, PlannedTalk other) {
		TalkFacts one = talk.facts();
		TalkFacts two = other.facts();
		return one.attendees().intersects(two.attendeesAndPresenters()) || two.attendees().intersects(one.presenters())
				|| (one.trackIndex() != two.trackIndex()
						&& (one.attendees().intersects(two.chairs()) || two.attendees().intersects(one.chairs())));
	}

	static boolean chairClash(Session session, Session other) {
		return session.trackIndex() != other.trackIndex() && session.chairs().intersects(other.chairs());
	}

}
