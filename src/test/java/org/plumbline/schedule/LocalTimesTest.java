package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 8: a time typed on the event's clock that the zone skips (Berlin's
 * clocks go from 02:00 to 03:00 on March 28, 2027) names no instant, so a talk, a break
 * or an absence typed at it is refused in words instead of moved by the gap; a time the
 * zone has twice (October 31, 2027, 02:30) is the earlier one.
 */
class LocalTimesTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void aTimeTheClocksSkipIsRefusedInWords() {
		assertThatThrownBy(() -> LocalTimes.onTheClock(LocalDateTime.parse("2027-03-28T02:30"), BERLIN))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessage("2027-03-28 02:30 does not exist in Europe/Berlin: the clocks skip it when they go forward.");
	}

	@Test
	void aTimeTheClocksShowTwiceIsTheEarlierAndAnOrdinaryTimeIsItself() {
		assertThat(LocalTimes.onTheClock(LocalDateTime.parse("2027-10-31T02:30"), BERLIN))
			.isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
		assertThat(LocalTimes.onTheClock(LocalDateTime.parse("2027-03-28T03:00"), BERLIN))
			.isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
	}

}
