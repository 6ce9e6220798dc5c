package org.plumbline.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * Moving an event's dates by whole weeks on its wall clock: weekday and local time hold,
 * and the changes of the clocks are resolved and told.
 */
class WeekShiftTest {

	static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

	@Test
	void anInstantKeepsItsWeekdayAndLocalTimeAcrossAChangeOfOffset() {
		WeekShift shift = new WeekShift(VIENNA, 30);

		// A Tuesday at 09:00 in summer time (+02:00), thirty weeks on in winter time.
		Instant moved = shift.instant("Call closes", at("2026-06-02T09:00:00+02:00"));

		assertThat(moved).isEqualTo(at("2026-12-29T09:00:00+01:00"));
		assertThat(shift.notes()).isEmpty();
		assertThat(shift.date(LocalDate.of(2026, 6, 2))).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(shift.instant("Nothing", null)).isNull();
	}

	@Test
	void aTimeTheClocksSkipMovesForwardByTheGapAndIsTold() {
		WeekShift shift = new WeekShift(VIENNA, 1);

		Instant moved = shift.instant("Call for Microconferences closes", at("2027-03-21T02:30:00+01:00"));

		assertThat(moved).isEqualTo(at("2027-03-28T03:30:00+02:00"));
		assertThat(shift.notes()).containsExactly("Call for Microconferences closes Sun 28 Mar 2027 02:30 does not "
				+ "exist in Europe/Vienna (the clocks skip 60 minutes): set to 03:30.");
	}

	@Test
	void aTimeTheClocksPassTwiceTakesTheFirstWhicheverItWasBeforeAndIsTold() {
		WeekShift shift = new WeekShift(VIENNA, 52);

		Instant fromTheFirst = shift.instant("Sale opens", at("2026-10-25T02:30:00+02:00"));
		Instant fromTheSecond = shift.instant("Sale closes", at("2026-10-25T02:30:00+01:00"));

		// 52 weeks after the last Sunday of October 2026 is the last Sunday of October
		// 2027.
		assertThat(fromTheFirst).isEqualTo(at("2027-10-24T02:30:00+02:00"));
		assertThat(fromTheSecond).isEqualTo(fromTheFirst);
		assertThat(shift.notes()).isEmpty();

		WeekShift intoTheOverlap = new WeekShift(VIENNA, 53);
		assertThat(intoTheOverlap.instant("Sale opens", at("2026-10-25T02:30:00+01:00")))
			.isEqualTo(at("2027-10-31T02:30:00+02:00"));
		assertThat(intoTheOverlap.notes()).containsExactly(
				"Sale opens Sun 31 Oct 2027 02:30 happens twice in Europe/Vienna: set to the first, 02:30 at UTC+02:00.");
	}

	@Test
	void aZoneWithoutChangesOfTheClocksMovesBySevenDaysAWeek() {
		WeekShift shift = new WeekShift(ZoneId.of("Asia/Tokyo"), 52);

		assertThat(shift.instant("Call closes", at("2026-03-29T02:30:00+09:00")))
			.isEqualTo(at("2026-03-29T02:30:00+09:00").plusSeconds(52L * 7 * 24 * 3600));
		assertThat(shift.notes()).isEmpty();
	}

	private static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

}
