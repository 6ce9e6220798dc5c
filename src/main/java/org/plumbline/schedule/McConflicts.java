package org.plumbline.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The draft's conflicts as one MC's page shows them to its leads: only those that involve
 * the MC's own sessions or talks, worded without what is private to others. A talk of
 * another MC or track is "another talk" (its topic may be undecided, its title not the
 * lead's to read), and no declared unavailability says its reason ("medical"). Accepted
 * MCs' titles, rooms, times and the lead's own people stay named.
 */
@Component
class McConflicts {

	static final String ANOTHER_TALK = "another talk";

	private final StoredSessions storedSessions;

	private final Unavailabilities unavailabilities;

	private final TimetableConflicts conflicts;

	McConflicts(StoredSessions storedSessions, Unavailabilities unavailabilities, TimetableConflicts conflicts) {
		this.storedSessions = storedSessions;
		this.unavailabilities = unavailabilities;
		this.conflicts = conflicts;
	}

	/**
	 * The conflicts of the whole draft, worded as above, less those found among the other
	 * sessions alone: the checker is deterministic, so what remains is exactly what
	 * involves the MC (a multiset difference, as two conflicts may read alike).
	 */
	List<PolicedConflict> of(Timetable draft, long microconferenceId) {
		Map<Boolean, List<TimetableSession>> byOwner = draft.sessions()
			.stream()
			.collect(Collectors
				.partitioningBy(session -> Long.valueOf(microconferenceId).equals(session.microconferenceId())));
		List<PlacedSession> others = storedSessions.of(only(draft, byOwner.get(false)))
			.stream()
			.map(McConflicts::unnamedIfTalk)
			.toList();
		List<PlacedSession> all = new ArrayList<>(storedSessions.of(only(draft, byOwner.get(true))));
		all.addAll(others);
		List<Unavailability> withoutReasons = unavailabilities.ofEvent(draft.eventId())
			.stream()
			.map(McConflicts::withoutReason)
			.toList();
		List<PolicedConflict> involving = new ArrayList<>(
				conflicts.policedSessions(draft.eventId(), all, withoutReasons));
		conflicts.policedSessions(draft.eventId(), others, withoutReasons).forEach(involving::remove);
		return List.copyOf(involving);
	}

	private static Timetable only(Timetable draft, List<TimetableSession> sessions) {
		return new Timetable(draft.id(), draft.eventId(), draft.number(), draft.changeNote(), draft.releasedAt(),
				draft.version(), sessions);
	}

	/** A talk (it sits inside a session) as "another talk"; an MC's session as it is. */
	private static PlacedSession unnamedIfTalk(PlacedSession session) {
		return session.enclosingKey() == null ? session : new PlacedSession(session.key(), ANOTHER_TALK, session.room(),
				session.startsAt(), session.endsAt(), session.people(), session.enclosingKey(), session.interested());
	}

	private static Unavailability withoutReason(Unavailability declared) {
		return new Unavailability(declared.id(), declared.eventId(), declared.personId(), declared.roomId(),
				declared.who(), declared.startsAt(), declared.endsAt(), null, declared.version());
	}

}
