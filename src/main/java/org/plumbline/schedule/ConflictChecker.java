package org.plumbline.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the conflicts of placed sessions, without a database: a person needed in two
 * overlapping sessions, a room used by two, a session outside the event's days or while a
 * person or room it needs is declared unavailable, a room with fewer seats than the
 * people interested (DOMAIN.md, "Conflict levels"). Computed on demand, never stored, so
 * they cannot go stale (L12).
 */
public final class ConflictChecker {

	private static final Comparator<PlacedSession> TIMETABLE_ORDER = Comparator.comparing(PlacedSession::startsAt)
		.thenComparingInt(session -> session.room().position())
		.thenComparing(PlacedSession::title)
		.thenComparing(PlacedSession::key);

	private static final Comparator<Conflict> REPORT_ORDER = Comparator.comparing(Conflict::startsAt)
		.thenComparing(Conflict::words);

	private ConflictChecker() {
	}

	/** The conflicts ordered by when they begin, then by their words. */
	public static List<Conflict> check(EventDays days, List<PlacedSession> sessions) {
		return check(days, sessions, List.of());
	}

	/**
	 * The conflicts, with the declared unavailability of people and rooms, ordered by
	 * when they begin, then by their words.
	 */
	public static List<Conflict> check(EventDays days, List<PlacedSession> sessions,
			List<Unavailability> unavailabilities) {
		ConflictWords words = new ConflictWords(days);
		List<PlacedSession> ordered = sessions.stream().sorted(TIMETABLE_ORDER).toList();
		Map<String, PlacedSession> byKey = new HashMap<>();
		ordered.forEach(session -> byKey.put(session.key(), session));
		List<Conflict> conflicts = new ArrayList<>();
		for (PlacedSession session : ordered) {
			if (!days.contain(session)) {
				conflicts.add(new Conflict(ConflictLevel.HARD, ConflictRule.OUTSIDE_THE_EVENT, session.startsAt(),
						words.outsideTheEvent(session), List.of(session.key())));
			}
			Integer seats = session.room().capacity();
			if (seats != null && session.interested() > seats) {
				conflicts.add(new Conflict(ConflictLevel.SOFT, ConflictRule.ROOM_TOO_SMALL, session.startsAt(),
						words.roomTooSmall(session), List.of(session.key())));
			}
			PlacedSession enclosing = session.enclosingKey() == null ? null : byKey.get(session.enclosingKey());
			// One conflict per person or room and session, however many of their declared
			// intervals it overlaps, as the scheduler's report counts.
			Map<String, List<Unavailability>> bySubject = unavailabilities.stream()
				.filter(unavailable -> unavailable.overlaps(session))
				.collect(Collectors.groupingBy(Unavailability::subject, LinkedHashMap::new, Collectors.toList()));
			bySubject.values().forEach(intervals -> addUnavailable(session, enclosing, intervals, words, conflicts));
		}
		for (int i = 0; i < ordered.size(); i++) {
			for (int j = i + 1; j < ordered.size(); j++) {
				PlacedSession first = ordered.get(i);
				PlacedSession second = ordered.get(j);
				if (!second.startsAt().isBefore(first.endsAt())) {
					// Sorted by start: no later session overlaps the first either.
					break;
				}
				if (!first.nestedWith(second)) {
					addClashes(first, second, byKey, words, conflicts);
				}
			}
		}
		conflicts.sort(REPORT_ORDER);
		return List.copyOf(conflicts);
	}

	/**
	 * The clashes of two overlapping sessions, each counted once (DOMAIN.md: one per
	 * person and pair of overlapping sessions): a talk's clash that its enclosing session
	 * already has with the same other session (the room, or a person the session needs at
	 * least as gravely) is that session's, not the talk's again.
	 */
	private static void addClashes(PlacedSession first, PlacedSession second, Map<String, PlacedSession> byKey,
			ConflictWords words, List<Conflict> conflicts) {
		Instant from = later(first.startsAt(), second.startsAt());
		Instant to = earlier(first.endsAt(), second.endsAt());
		PlacedSession firstEnclosing = enclosing(first, byKey);
		PlacedSession secondEnclosing = enclosing(second, byKey);
		boolean roomReportedOutside = firstEnclosing != null || secondEnclosing != null;
		if (first.room().id() == second.room().id() && !roomReportedOutside) {
			conflicts.add(new Conflict(ConflictLevel.HARD, ConflictRule.ROOM_USED_TWICE, from,
					words.roomUsedTwice(first, second, from, to), List.of(first.key(), second.key())));
		}
		Map<Long, NeededPerson> secondNeeds = gravestNeeds(second);
		for (NeededPerson here : gravestNeeds(first).values()) {
			NeededPerson there = secondNeeds.get(here.personId());
			if (there != null && !neededAsGravely(firstEnclosing, here) && !neededAsGravely(secondEnclosing, there)) {
				ConflictLevel level = here.role().levelWhenAbsent().lower(there.role().levelWhenAbsent());
				conflicts.add(new Conflict(level, ConflictRule.PERSON_IN_TWO_PLACES, from,
						words.personInTwoPlaces(shownName(here, there), first, second, from, to),
						List.of(first.key(), second.key())));
			}
		}
	}

	/**
	 * The placed session a talk sits inside, or {@code null} for a session or a lone
	 * talk.
	 */
	private static PlacedSession enclosing(PlacedSession session, Map<String, PlacedSession> byKey) {
		return session.enclosingKey() == null ? null : byKey.get(session.enclosingKey());
	}

	/** Whether the enclosing session needs the person at the talk's level or graver. */
	private static boolean neededAsGravely(PlacedSession enclosing, NeededPerson inTalk) {
		if (enclosing == null) {
			return false;
		}
		NeededPerson inSession = gravestNeeds(enclosing).get(inTalk.personId());
		return inSession != null && inSession.role().levelWhenAbsent().compareTo(inTalk.role().levelWhenAbsent()) <= 0;
	}

	/**
	 * A talk inside a placed session shares its room and, often, its people: what the
	 * session already reports at the same level or graver is not counted again for the
	 * talk (a lead unavailable all morning is one conflict, not one per talk).
	 */
	private static void addUnavailable(PlacedSession session, PlacedSession enclosing, List<Unavailability> intervals,
			ConflictWords words, List<Conflict> conflicts) {
		Unavailability first = intervals.getFirst();
		boolean enclosingOverlaps = enclosing != null
				&& intervals.stream().anyMatch(unavailable -> unavailable.overlaps(enclosing));
		if (first.roomId() != null) {
			boolean reportedByEnclosing = enclosingOverlaps && first.roomId() == enclosing.room().id();
			if (first.roomId() == session.room().id() && !reportedByEnclosing) {
				conflicts.add(new Conflict(ConflictLevel.HARD, ConflictRule.UNAVAILABLE, session.startsAt(),
						words.roomUnavailable(intervals, session), List.of(session.key())));
			}
			return;
		}
		NeededPerson needed = gravestNeeds(session).get(first.personId());
		if (needed == null) {
			return;
		}
		ConflictLevel level = needed.role().levelWhenAbsent();
		NeededPerson alsoThere = enclosingOverlaps ? gravestNeeds(enclosing).get(first.personId()) : null;
		if (alsoThere == null || alsoThere.role().levelWhenAbsent().compareTo(level) > 0) {
			conflicts.add(new Conflict(level, ConflictRule.UNAVAILABLE, session.startsAt(),
					words.personUnavailable(needed.nameAsWritten(), intervals, session), List.of(session.key())));
		}
	}

	/**
	 * Each person once, in their gravest role there: Steven Rostedt leads Tracing and is
	 * also on its key-attendee list, and Tracing needs him as its lead.
	 */
	private static Map<Long, NeededPerson> gravestNeeds(PlacedSession session) {
		Map<Long, NeededPerson> needs = new LinkedHashMap<>();
		for (NeededPerson person : session.people()) {
			needs.merge(person.personId(), person, ConflictChecker::graverNeed);
		}
		return needs;
	}

	private static NeededPerson graverNeed(NeededPerson known, NeededPerson added) {
		return added.role().levelWhenAbsent().compareTo(known.role().levelWhenAbsent()) < 0 ? added : known;
	}

	/** Both names as written when the two lists spell them differently ("Jörg Rödel"). */
	private static String shownName(NeededPerson here, NeededPerson there) {
		return here.nameAsWritten().equals(there.nameAsWritten()) ? here.nameAsWritten()
				: here.nameAsWritten() + " (" + there.nameAsWritten() + ")";
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
