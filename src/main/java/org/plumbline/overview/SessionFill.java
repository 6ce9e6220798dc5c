package org.plumbline.overview;

import java.time.Instant;

/**
 * A session of the draft timetable: how many marked it interesting against its room's
 * seats.
 */
public record SessionFill(String title, String room, Instant startsAt, Instant endsAt, int interested, int seats) {

	/**
	 * Interest as a share of the seats, in whole percent rounded down; {@code null} for a
	 * room with no seats (a virtual one), which any interest overflows.
	 */
	public Integer percent() {
		return seats == 0 ? null : (int) (100L * interested / seats);
	}

	/** The share as a page shows it: "150%", or "no seats". */
	public String percentShown() {
		return seats == 0 ? "no seats" : percent() + "%";
	}

	/**
	 * Interest per seat, to find the fullest sessions; endless for a room with no seats.
	 */
	public double fill() {
		return seats == 0 ? (interested == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) interested / seats;
	}

	public boolean overflows() {
		return interested > seats;
	}

}
