package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plumbline.importer.ExportedEventFile.LeftOut;

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
		assertThat(new ImportResult("lpc2023", 18, 3, 6, 1, 0, null, 0, 0).summary())
			.isEqualTo("Imported lpc2023: 18 microconferences, 3 rooms, 6 time blocks, 1 person");
	}

	@Test
	void summarisesTheReleasedTimetableVersionAFileCarried() {
		assertThat(new ImportResult("lpc2023", 18, 3, 6, 93, 0, 1, 18, 0).summary()).isEqualTo(
				"Imported lpc2023: 18 microconferences, 3 rooms, 6 time blocks, 93 people, timetable version 1 with 18 sessions");
	}

	@Test
	void summarisesTheTicketTypesWhenThereAreAny() {
		assertThat(new ImportResult("lpc2023", 18, 3, 6, 93, 3, 1, 18, 0).summary())
			.isEqualTo("Imported lpc2023: 18 microconferences, 3 rooms, 6 time blocks, 93 people, 3 ticket types, "
					+ "timetable version 1 with 18 sessions");
		assertThat(new ImportResult("confname", 0, 0, 0, 0, 1, null, 0, 0).summary())
			.endsWith("0 people, 1 ticket type");
	}

	@Test
	void summarisesTheBreaksOfTheVersionWhenItHasAny() {
		assertThat(new ImportResult("confname", 2, 2, 2, 3, 0, 1, 1, 2).summary()).isEqualTo(
				"Imported confname: 2 microconferences, 2 rooms, 2 time blocks, 3 people, timetable version 1 with 1 session and 2 breaks");
		assertThat(new ImportResult("confname", 2, 2, 2, 3, 0, 1, 2, 1).summary())
			.endsWith("with 2 sessions and 1 break");
	}

	@Test
	void namesWhatAnExportLeftOutAndWhyInTheSingularOrPlural() {
		assertThat(new LeftOut(1, 0).note()).contains("Left out of the file, which cannot carry them: "
				+ "1 session that fills neither a time block nor half of one (the format places sessions by block)");
		assertThat(new LeftOut(2, 1).note()).contains("Left out of the file, which cannot carry them: "
				+ "2 sessions that fill neither a time block nor half of one (the format places sessions by block), "
				+ "with 1 talk");
		assertThat(LeftOut.NOTHING.note()).isEmpty();
	}

}
