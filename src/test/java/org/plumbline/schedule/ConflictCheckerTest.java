package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The conflict rules and their words, on hand-made sessions, without Spring. */
class ConflictCheckerTest {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final EventDays LPC = new EventDays(LocalDate.of(2023, 11, 13), LocalDate.of(2023, 11, 15),
			NEW_YORK);

	private static final PlacedRoom ROOM_1 = new PlacedRoom(1, "Room 1", 1);

	private static final PlacedRoom ROOM_2 = new PlacedRoom(2, "Room 2", 2);

	private static final PlacedRoom ROOM_3 = new PlacedRoom(3, "Room 3", 3);

	private static final NeededPerson ROSTEDT_LEADS = new NeededPerson(10, "Steven Rostedt", SessionRole.LEAD);

	@Test
	void aLeadOfTwoParallelMcsIsAHardConflictNamedInWords() {
		// Listed first as a key attendee, Tracing still needs him as its lead.
		var tracing = mc("tracing", "Tracing", ROOM_2, monday(10, 0), monday(13, 30),
				new NeededPerson(10, "Steven Rostedt", SessionRole.KEY_ATTENDEE), ROSTEDT_LEADS);
		var realTime = mc("rt", "Real-time and Scheduling", ROOM_3, monday(10, 0), monday(13, 30), ROSTEDT_LEADS);

		assertThat(ConflictChecker.check(LPC, List.of(realTime, tracing)))
			.extracting(Conflict::level, Conflict::rule, Conflict::words)
			.containsExactly(tuple(ConflictLevel.HARD, ConflictRule.PERSON_IN_TWO_PLACES,
					"Steven Rostedt: Tracing (Room 2) and Real-time and Scheduling (Room 3), Mon 10:00–13:30"));
	}

	@Test
	void aKeyAttendeeOfTwoParallelMcsIsAMediumConflict() {
		var tracing = mc("tracing", "Tracing", ROOM_2, monday(15, 0), monday(18, 30), zijlstra());
		var vfio = mc("vfio", "VFIO/IOMMU/PCI", ROOM_3, monday(15, 0), monday(18, 30), zijlstra());

		assertThat(ConflictChecker.check(LPC, List.of(tracing, vfio))).extracting(Conflict::level, Conflict::words)
			.containsExactly(tuple(ConflictLevel.MEDIUM,
					"Peter Zijlstra: Tracing (Room 2) and VFIO/IOMMU/PCI (Room 3), Mon 15:00–18:30"));
	}

	@Test
	void aLeadOfOneMcWhoIsAKeyAttendeeOfTheParallelOneTakesTheLowerLevel() {
		var cxl = mc("cxl", "Compute Express Link (CXL)", ROOM_1, monday(10, 0), monday(13, 30),
				new NeededPerson(20, "Dan Williams", SessionRole.LEAD));
		var vfio = mc("vfio", "VFIO/IOMMU/PCI", ROOM_2, monday(10, 0), monday(13, 30),
				new NeededPerson(20, "Dan Williams", SessionRole.KEY_ATTENDEE));

		assertThat(ConflictChecker.check(LPC, List.of(vfio, cxl))).extracting(Conflict::level)
			.containsExactly(ConflictLevel.MEDIUM);
	}

	@Test
	void theOverlapIsNamedNotTheWholeBlocks() {
		var morning = mc("a", "Android", ROOM_1, monday(10, 0), monday(13, 30), ROSTEDT_LEADS);
		var late = mc("b", "Build Systems", ROOM_2, monday(12, 0), monday(15, 0), ROSTEDT_LEADS);

		assertThat(ConflictChecker.check(LPC, List.of(late, morning))).extracting(Conflict::words)
			.containsExactly("Steven Rostedt: Android (Room 1) and Build Systems (Room 2), Mon 12:00–13:30");
	}

	@Test
	void sessionsThatOnlyMeetAtAnInstantDoNotConflict() {
		var morning = mc("a", "Android", ROOM_1, monday(10, 0), monday(13, 30), ROSTEDT_LEADS);
		var next = mc("b", "Build Systems", ROOM_1, monday(13, 30), monday(15, 0), ROSTEDT_LEADS);

		assertThat(ConflictChecker.check(LPC, List.of(morning, next))).isEmpty();
	}

	@Test
	void aRoomUsedByTwoOverlappingSessionsIsAHardConflict() {
		var rust = mc("rust", "Rust", ROOM_1, monday(15, 0), monday(18, 30));
		var iot = mc("iot", "Internet of Things", ROOM_1, monday(15, 0), monday(18, 30));

		assertThat(ConflictChecker.check(LPC, List.of(rust, iot)))
			.extracting(Conflict::level, Conflict::rule, Conflict::words)
			.containsExactly(tuple(ConflictLevel.HARD, ConflictRule.ROOM_USED_TWICE,
					"Room 1: Internet of Things and Rust, Mon 15:00–18:30"));
	}

	@Test
	void aSessionOutsideTheEventsDaysIsAHardConflictWithItsDate() {
		var before = mc("rust", "Rust", ROOM_1, at(2023, 11, 12, 10, 0), at(2023, 11, 12, 13, 30));
		var after = mc("iot", "Internet of Things", ROOM_2, at(2023, 11, 16, 10, 0), at(2023, 11, 16, 13, 30));
		var lastEvening = mc("kvm", "KVM", ROOM_3, at(2023, 11, 15, 20, 0), at(2023, 11, 16, 0, 0));

		assertThat(ConflictChecker.check(LPC, List.of(after, lastEvening, before)))
			.extracting(Conflict::level, Conflict::rule, Conflict::words)
			.containsExactly(
					tuple(ConflictLevel.HARD, ConflictRule.OUTSIDE_THE_EVENT,
							"Rust (Room 1), Sun Nov 12 10:00–13:30, is outside the event's days, Nov 13 – 15, 2023"),
					tuple(ConflictLevel.HARD, ConflictRule.OUTSIDE_THE_EVENT,
							"Internet of Things (Room 2), Thu Nov 16 10:00–13:30, is outside the event's days, "
									+ "Nov 13 – 15, 2023"));
	}

	@Test
	void anOverlapAcrossMidnightNamesBothDays() {
		var late = mc("a", "Android", ROOM_1, monday(22, 0), at(2023, 11, 14, 2, 0), ROSTEDT_LEADS);
		var later = mc("b", "BoF", ROOM_2, monday(23, 0), at(2023, 11, 14, 1, 0), ROSTEDT_LEADS);

		assertThat(ConflictChecker.check(LPC, List.of(late, later))).extracting(Conflict::words)
			.containsExactly("Steven Rostedt: Android (Room 1) and BoF (Room 2), Mon 23:00–Tue 01:00");
	}

	@Test
	void localTimesStayRightAcrossTheEndOfDaylightSavingTimeInsideTheEvent() {
		// New York leaves daylight saving time on Sunday, November 3, 2024, at 02:00.
		EventDays days = new EventDays(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 4), NEW_YORK);
		List<PlacedSession> sessions = new ArrayList<>();
		for (int day : new int[] { 1, 3, 4 }) {
			Instant start = at(2024, 11, day, 10, 0);
			Instant end = at(2024, 11, day, 13, 30);
			sessions.add(mc("t" + day, "Tracing", ROOM_2, start, end, ROSTEDT_LEADS));
			sessions.add(mc("r" + day, "Real-time", ROOM_3, start, end, ROSTEDT_LEADS));
		}
		var acrossTheChange = mc("night", "Hackathon", ROOM_1, at(2024, 11, 3, 0, 0), at(2024, 11, 3, 4, 0),
				ROSTEDT_LEADS);
		var afterTheChange = mc("early", "Early BoF", ROOM_2, at(2024, 11, 3, 1, 30), at(2024, 11, 3, 5, 0),
				ROSTEDT_LEADS);
		sessions.add(acrossTheChange);
		sessions.add(afterTheChange);

		assertThat(Instant.parse("2024-11-01T14:00:00Z")).isEqualTo(at(2024, 11, 1, 10, 0));
		assertThat(Instant.parse("2024-11-04T15:00:00Z")).isEqualTo(at(2024, 11, 4, 10, 0));
		assertThat(ConflictChecker.check(days, sessions)).extracting(Conflict::words)
			.containsExactly("Steven Rostedt: Tracing (Room 2) and Real-time (Room 3), Fri 10:00–13:30",
					"Steven Rostedt: Hackathon (Room 1) and Early BoF (Room 2), Sun 01:30–04:00",
					"Steven Rostedt: Tracing (Room 2) and Real-time (Room 3), Sun 10:00–13:30",
					"Steven Rostedt: Tracing (Room 2) and Real-time (Room 3), Mon 10:00–13:30");
	}

	@Test
	void theEventsLastDayEndsAtItsLocalMidnightAfterTheChangeOfOffset() {
		EventDays days = new EventDays(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 3), NEW_YORK);
		var lastEvening = mc("a", "Closing", ROOM_1, at(2024, 11, 3, 20, 0), at(2024, 11, 4, 0, 0));
		var pastMidnight = mc("b", "Party", ROOM_2, at(2024, 11, 3, 23, 0), at(2024, 11, 4, 0, 30));

		assertThat(ConflictChecker.check(days, List.of(lastEvening, pastMidnight))).extracting(Conflict::words)
			.containsExactly("Party (Room 2), Sun Nov 3 23:00–Mon Nov 4 00:30, is outside the event's days, "
					+ "Nov 1 – 3, 2024");
	}

	@Test
	void peopleAreMatchedByPersonIdNotBySpelling() {
		var cc = mc("cc", "Confidential Computing", ROOM_1, monday(10, 0), monday(13, 30),
				new NeededPerson(30, "Joerg Roedel", SessionRole.LEAD));
		var vfio = mc("vfio", "VFIO/IOMMU/PCI", ROOM_2, monday(10, 0), monday(13, 30),
				new NeededPerson(30, "Jörg Rödel", SessionRole.KEY_ATTENDEE));
		var namesake = mc("other", "Namesakes", ROOM_3, monday(10, 0), monday(13, 30),
				new NeededPerson(31, "Joerg Roedel", SessionRole.LEAD));

		assertThat(ConflictChecker.check(LPC, List.of(cc, vfio, namesake))).extracting(Conflict::level, Conflict::words)
			.containsExactly(tuple(ConflictLevel.MEDIUM,
					"Joerg Roedel (Jörg Rödel): Confidential Computing (Room 1) and VFIO/IOMMU/PCI (Room 2), "
							+ "Mon 10:00–13:30"));
	}

	@Test
	void aSpeakerIsNeededForTheTalksOwnTimeAndNotAgainstTheMcTheTalkSitsIn() {
		var rust = mc("rust", "Rust", ROOM_1, monday(10, 0), monday(13, 30),
				new NeededPerson(40, "Miguel Ojeda", SessionRole.LEAD));
		var talk = PlacedSession.talk("talk", "Rust in the scheduler", ROOM_1, monday(12, 0), monday(12, 30),
				List.of(new NeededPerson(40, "Miguel Ojeda", SessionRole.SPEAKER),
						new NeededPerson(10, "Steven Rostedt", SessionRole.SPEAKER)),
				"rust");
		var tracing = mc("tracing", "Tracing", ROOM_2, monday(10, 0), monday(13, 30), ROSTEDT_LEADS);

		assertThat(ConflictChecker.check(LPC, List.of(rust, talk, tracing)))
			.extracting(Conflict::level, Conflict::words)
			.containsExactly(tuple(ConflictLevel.HARD,
					"Steven Rostedt: Tracing (Room 2) and Rust in the scheduler (Room 1), Mon 12:00–12:30"));
	}

	@Test
	void aSpeakerWhoIsAKeyAttendeeOfAParallelMcIsAMediumConflict() {
		var rust = mc("rust", "Rust", ROOM_1, monday(10, 0), monday(13, 30));
		var talk = PlacedSession.talk("talk", "Rust in the scheduler", ROOM_1, monday(12, 0), monday(12, 30),
				List.of(new NeededPerson(50, "Peter Zijlstra", SessionRole.SPEAKER)), "rust");
		var tracing = mc("tracing", "Tracing", ROOM_2, monday(10, 0), monday(13, 30), zijlstra());

		assertThat(ConflictChecker.check(LPC, List.of(rust, talk, tracing))).extracting(Conflict::level)
			.containsExactly(ConflictLevel.MEDIUM);
	}

	@Test
	void aTalkAddsNoSecondClashForWhatItsSessionAlreadyClashesOver() {
		var tracing = mc("tracing", "Tracing", ROOM_1, monday(10, 0), monday(13, 30), ROSTEDT_LEADS);
		var ownTalk = PlacedSession.talk("own", "Ftrace today", ROOM_1, monday(10, 0), monday(10, 30),
				List.of(new NeededPerson(10, "Steven Rostedt", SessionRole.SPEAKER)), "tracing");
		var secondTalk = PlacedSession.talk("second", "Tracepoints", ROOM_1, monday(11, 0), monday(11, 30),
				List.of(new NeededPerson(60, "Ana Speaker", SessionRole.SPEAKER)), "tracing");
		var realTime = mc("rt", "Real-time", ROOM_1, monday(10, 0), monday(13, 30), ROSTEDT_LEADS);

		assertThat(ConflictChecker.check(LPC, List.of(tracing, ownTalk, secondTalk, realTime)))
			.extracting(Conflict::rule, Conflict::words)
			.containsExactly(tuple(ConflictRule.ROOM_USED_TWICE, "Room 1: Real-time and Tracing, Mon 10:00–13:30"),
					tuple(ConflictRule.PERSON_IN_TWO_PLACES,
							"Steven Rostedt: Real-time (Room 1) and Tracing (Room 1), Mon 10:00–13:30"));
	}

	@Test
	void theReportIsOrderedByStartThenWordsWhateverTheInputOrder() {
		List<PlacedSession> sessions = new ArrayList<>(
				List.of(mc("a", "Android", ROOM_1, monday(15, 0), monday(18, 30), ROSTEDT_LEADS, zijlstra()),
						mc("b", "Build Systems", ROOM_2, monday(15, 0), monday(18, 30), ROSTEDT_LEADS, zijlstra()),
						mc("c", "CXL", ROOM_1, monday(10, 0), monday(13, 30), ROSTEDT_LEADS),
						mc("d", "KVM", ROOM_1, monday(10, 0), monday(13, 30), ROSTEDT_LEADS)));
		List<Conflict> forwards = ConflictChecker.check(LPC, sessions);

		assertThat(ConflictChecker.check(LPC, sessions.reversed())).isEqualTo(forwards);
		assertThat(forwards).extracting(Conflict::words)
			.containsExactly("Room 1: CXL and KVM, Mon 10:00–13:30",
					"Steven Rostedt: CXL (Room 1) and KVM (Room 1), Mon 10:00–13:30",
					"Peter Zijlstra: Android (Room 1) and Build Systems (Room 2), Mon 15:00–18:30",
					"Steven Rostedt: Android (Room 1) and Build Systems (Room 2), Mon 15:00–18:30");
	}

	@Test
	void aSessionThatEndsBeforeItStartsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> mc("a", "Android", ROOM_1, monday(13, 30), monday(10, 0)))
			.withMessageContaining("not after its start");
	}

	private static NeededPerson zijlstra() {
		return new NeededPerson(50, "Peter Zijlstra", SessionRole.KEY_ATTENDEE);
	}

	private static PlacedSession mc(String key, String title, PlacedRoom room, Instant start, Instant end,
			NeededPerson... people) {
		return PlacedSession.mcSession(key, title, room, start, end, List.of(people));
	}

	private static Instant monday(int hour, int minute) {
		return at(2023, 11, 13, hour, minute);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

}
