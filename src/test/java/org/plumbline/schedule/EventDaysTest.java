package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * The event's days, as the scheduler's day choices and the c3voc exports list them, and
 * the check that a day is one of them.
 */
class EventDaysTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void theDatesAreEachDayFromTheFirstToTheLastIncludingTheOneOnWhichSummerTimeEnds() {
		EventDays days = new EventDays(LocalDate.of(2027, 10, 29), LocalDate.of(2027, 11, 1), BERLIN);

		assertThat(days.dates()).containsExactly(LocalDate.of(2027, 10, 29), LocalDate.of(2027, 10, 30),
				LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 1));
		assertThat(days.dates()).allMatch(days::contain);
		assertThat(days.contain(LocalDate.of(2027, 10, 28))).isFalse();
		assertThat(days.contain(LocalDate.of(2027, 11, 2))).isFalse();
	}

	@Test
	void aOneDayEventHasOneDateAndOneEndingBeforeItBeginsIsRefused() {
		LocalDate only = LocalDate.of(2027, 10, 29);

		assertThat(new EventDays(only, only, BERLIN).dates()).containsExactly(only);
		assertThatThrownBy(() -> new EventDays(only, only.minusDays(1), BERLIN))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("the event ends on 2027-10-28, before its first day 2027-10-29");
	}

}
