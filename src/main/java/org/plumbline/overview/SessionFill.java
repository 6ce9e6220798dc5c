package org.plumbline.overview;

import java.time.Instant;

/**
 * A session of the draft timetable: how many marked it interesting against its room's
 * seats.
 */
public record SessionFill(String title, String room, Instant startsAt, Instant endsAt, int interested, int seats) {

	/** Interest as a share of the seats, in whole percent rounded down. */
	public int percent() {
		return (int) (100L * interested / seats);
	}

	public boolean overflows() {
		return interested > seats;
	}

}
