package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The checker's rules on declared unavailability and room size, their words and levels,
 * and the policy each kind of conflict has by default; on hand-made sessions, without
 * Spring.
 */
class UnavailableAndRoomTooSmallTest {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final EventDays LPC = new EventDays(LocalDate.of(2023, 11, 13), LocalDate.of(2023, 11, 15),
			NEW_YORK);

	private static final PlacedRoom ROOM_2 = new PlacedRoom(2, "Room 2", 2, 120);

	private static final PlacedRoom ROOM_3 = new PlacedRoom(3, "Room 3", 3, 120);

	private static final NeededPerson ROSTEDT_LEADS = new NeededPerson(10, "Steven Rostedt", SessionRole.LEAD);

	private static final NeededPerson ZIJLSTRA_ATTENDS = new NeededPerson(50, "Peter Zijlstra",
			SessionRole.KEY_ATTENDEE);

	private static final PlacedSession TRACING = PlacedSession.mcSession("tracing", "Tracing", ROOM_2, monday(10, 0),
			monday(13, 30), List.of(ROSTEDT_LEADS, ZIJLSTRA_ATTENDS));

	@Test
	void aLeadDeclaredUnavailableDuringTheirMcIsAHardConflictNamingTheIntervalAndItsReason() {
		var flight = Unavailability.ofPerson(10, "Steven Rostedt", monday(10, 0), monday(12, 0), "flight");

		assertThat(ConflictChecker.check(LPC, List.of(TRACING), List.of(flight)))
			.extracting(Conflict::level, Conflict::rule, Conflict::words)
			.containsExactly(tuple(ConflictLevel.HARD, ConflictRule.UNAVAILABLE,
					"Steven Rostedt is unavailable Mon 10:00–12:00 (flight): Tracing (Room 2), Mon 10:00–13:30"));
	}

	@Test
	void aKeyAttendeeDeclaredUnavailableIsAMediumConflictAndAnIntervalWithoutReasonSaysNone() {
		var away = Unavailability.ofPerson(50, "Peter Zijlstra", monday(13, 0), monday(15, 0), null);

		assertThat(ConflictChecker.check(LPC, List.of(TRACING), List.of(away)))
			.extracting(Conflict::level, Conflict::words)
			.containsExactly(tuple(ConflictLevel.MEDIUM,
					"Peter Zijlstra is unavailable Mon 13:00–15:00: Tracing (Room 2), Mon 10:00–13:30"));
	}

	@Test
	void anIntervalThatOnlyTouchesTheSessionOrNamesSomeoneElseIsNoConflict() {
		var before = Unavailability.ofPerson(10, "Steven Rostedt", monday(8, 0), monday(10, 0), "breakfast");
		var someoneElse = Unavailability.ofPerson(99, "Somebody Else", monday(10, 0), monday(12, 0), null);
		var otherRoom = Unavailability.ofRoom(3, "Room 3", monday(10, 0), monday(12, 0), null);

		assertThat(ConflictChecker.check(LPC, List.of(TRACING), List.of(before, someoneElse, otherRoom))).isEmpty();
	}

	@Test
	void twoIntervalsOfOnePersonOrRoomDuringOneSessionAreOneConflictNamingBoth() {
		var call = Unavailability.ofPerson(10, "Steven Rostedt", monday(10, 0), monday(11, 0), "call");
		var lunch = Unavailability.ofPerson(10, "Steven Rostedt", monday(12, 0), monday(13, 0), null);
		var cleaning = Unavailability.ofRoom(2, "Room 2", monday(9, 0), monday(10, 30), "cleaning");
		var repairs = Unavailability.ofRoom(2, "Room 2", monday(13, 0), monday(14, 0), "repairs");

		assertThat(ConflictChecker.check(LPC, List.of(TRACING), List.of(call, cleaning, lunch, repairs)))
			.extracting(Conflict::words)
			.containsExactlyInAnyOrder(
					"Steven Rostedt is unavailable Mon 10:00–11:00 (call) and Mon 12:00–13:00: Tracing (Room 2), Mon 10:00–13:30",
					"Room 2 is unavailable Mon 09:00–10:30 (cleaning) and Mon 13:00–14:00 (repairs): Tracing, Mon 10:00–13:30");
	}

	@Test
	void aRoomDeclaredUnavailableIsAHardConflictForEverySessionInIt() {
		var cleaning = Unavailability.ofRoom(2, "Room 2", monday(12, 0), monday(16, 0), "cleaning");
		var afternoon = PlacedSession.mcSession("rt", "Real-time", ROOM_2, monday(15, 0), monday(18, 30), List.of());

		assertThat(ConflictChecker.check(LPC, List.of(afternoon, TRACING), List.of(cleaning)))
			.extracting(Conflict::level, Conflict::words)
			.containsExactly(
					tuple(ConflictLevel.HARD,
							"Room 2 is unavailable Mon 12:00–16:00 (cleaning): Tracing, Mon 10:00–13:30"),
					tuple(ConflictLevel.HARD,
							"Room 2 is unavailable Mon 12:00–16:00 (cleaning): Real-time, Mon 15:00–18:30"));
	}

	@Test
	void aSpeakerUnavailableDuringTheirTalkIsHardButALeadAwayAllMorningCountsOnceNotPerTalk() {
		var talk = PlacedSession.talk("talk", "Ftrace futures", ROOM_2, monday(11, 0), monday(11, 30),
				List.of(ROSTEDT_LEADS.withRole(SessionRole.SPEAKER),
						new NeededPerson(60, "Masami Hiramatsu", SessionRole.SPEAKER)),
				"tracing");
		var rostedtAway = Unavailability.ofPerson(10, "Steven Rostedt", monday(10, 0), monday(12, 0), "flight");
		var hiramatsuAway = Unavailability.ofPerson(60, "Masami Hiramatsu", monday(11, 15), monday(12, 0), "visa");

		assertThat(ConflictChecker.check(LPC, List.of(TRACING, talk), List.of(rostedtAway, hiramatsuAway)))
			.extracting(Conflict::words)
			.containsExactly(
					"Steven Rostedt is unavailable Mon 10:00–12:00 (flight): Tracing (Room 2), Mon 10:00–13:30",
					"Masami Hiramatsu is unavailable Mon 11:15–12:00 (visa): Ftrace futures (Room 2), "
							+ "Mon 11:00–11:30");
	}

	@Test
	void anIntervalAcrossDaysIsNamedWithBothDays() {
		var conference = Unavailability.ofPerson(10, "Steven Rostedt", monday(20, 0),
				LocalDateTime.of(2023, 11, 14, 12, 0).atZone(NEW_YORK).toInstant(), "another conference");

		assertThat(ConflictChecker.check(LPC, List.of(TRACING.withInterest(0)), List.of(conference))).isEmpty();
		assertThat(ConflictChecker.check(LPC,
				List.of(PlacedSession.mcSession("late", "BoF", ROOM_3, monday(19, 0), monday(21, 0),
						List.of(ROSTEDT_LEADS))),
				List.of(conference)))
			.extracting(Conflict::words)
			.containsExactly("Steven Rostedt is unavailable Mon 20:00–Tue 12:00 (another conference): BoF (Room 3), "
					+ "Mon 19:00–21:00");
	}

	@Test
	void moreInterestedThanTheRoomSeatsIsASoftConflictNamingBoth() {
		assertThat(ConflictChecker.check(LPC, List.of(TRACING.withInterest(150))))
			.extracting(Conflict::level, Conflict::rule, Conflict::words)
			.containsExactly(tuple(ConflictLevel.SOFT, ConflictRule.ROOM_TOO_SMALL,
					"Tracing (Room 2, 120 seats): 150 interested, Mon 10:00–13:30"));
	}

	@Test
	void asManyInterestedAsSeatsOrARoomOfUnknownSizeIsNoConflict() {
		var unknownSize = PlacedSession.mcSession("rt", "Real-time", new PlacedRoom(1, "Room 1", 1), monday(15, 0),
				monday(18, 30), List.of());

		assertThat(ConflictChecker.check(LPC, List.of(TRACING.withInterest(120), unknownSize.withInterest(1000))))
			.isEmpty();
	}

	@Test
	void hardKindsBlockAReleaseByDefaultAndMediumAndSoftOnesWarn() {
		var rostedtInRealTime = PlacedSession.mcSession("rt", "Real-time", ROOM_3, monday(10, 0), monday(13, 30),
				List.of(ROSTEDT_LEADS, ZIJLSTRA_ATTENDS));

		assertThat(ConflictChecker.check(LPC, List.of(TRACING, rostedtInRealTime)))
			.extracting(conflict -> ConflictKind.of(conflict), conflict -> ConflictKind.of(conflict).defaultPolicy())
			.containsExactly(tuple(ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES, RulePolicy.WARN),
					tuple(ConflictKind.PERSON_IN_TWO_PLACES, RulePolicy.BLOCK_RELEASE));
		assertThat(ConflictKind.values()).filteredOn(kind -> kind.defaultPolicy() == RulePolicy.BLOCK_RELEASE)
			.containsExactly(ConflictKind.PERSON_IN_TWO_PLACES, ConflictKind.ROOM_USED_TWICE,
					ConflictKind.OUTSIDE_THE_EVENT, ConflictKind.UNAVAILABLE);
	}

	private static Instant monday(int hour, int minute) {
		return LocalDateTime.of(2023, 11, 13, hour, minute).atZone(NEW_YORK).toInstant();
	}

}
