package org.plumbline.overview.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plumbline.overview.AudienceMatrix;
import org.plumbline.schedule.SessionInterest;

/** The pairs of MCs whose sessions overlap in time somewhere in a timetable. */
public final class ParallelPairs {

	private ParallelPairs() {
	}

	/**
	 * The pairs, keyed by {@link AudienceMatrix#pair}.
	 * @param sessions ordered by start, as the schedule feature gives them
	 */
	public static Set<String> of(List<SessionInterest> sessions) {
		List<SessionInterest> mcSessions = sessions.stream()
			.filter(session -> session.microconferenceId() != null)
			.toList();
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i < mcSessions.size(); i++) {
			SessionInterest one = mcSessions.get(i);
			// sorted by start: once a session starts after this one ends, so do all later
			// ones
			for (int j = i + 1; j < mcSessions.size() && mcSessions.get(j).startsAt().isBefore(one.endsAt()); j++) {
				SessionInterest other = mcSessions.get(j);
				if (!other.microconferenceId().equals(one.microconferenceId()) && one.overlaps(other)) {
					pairs.add(AudienceMatrix.pair(one.microconferenceId(), other.microconferenceId()));
				}
			}
		}
		return pairs;
	}

}
