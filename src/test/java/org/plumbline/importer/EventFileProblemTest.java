package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventFileProblemTest {

	@Test
	void printsPointerLineColumnAndMessage() {
		assertThat(new EventFileProblem("/event/timeZone", 7, 17, "unknown time zone \"Mars/Olympus\""))
			.hasToString("/event/timeZone (line 7, column 17): unknown time zone \"Mars/Olympus\"");
	}

	@Test
	void leavesOutWhatItDoesNotKnow() {
		assertThat(new EventFileProblem("", 3, 24, "malformed JSON: x"))
			.hasToString("line 3, column 24: malformed JSON: x");
		assertThat(new EventFileProblem("/rooms", 0, 0, "refused")).hasToString("/rooms: refused");
	}

	@Test
	void summarisesWhatAnImportStored() {
		assertThat(new ImportResult("lpc2023", 18, 3, 6, 1, null, 0).summary())
			.isEqualTo("Imported lpc2023: 18 microconferences, 3 rooms, 6 time blocks, 1 person");
	}

	@Test
	void summarisesTheReleasedTimetableVersionAFileCarried() {
		assertThat(new ImportResult("lpc2023", 18, 3, 6, 93, 1, 18).summary()).isEqualTo(
				"Imported lpc2023: 18 microconferences, 3 rooms, 6 time blocks, 93 people, timetable version 1 with 18 sessions");
	}

}
