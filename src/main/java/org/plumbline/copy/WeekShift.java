package org.plumbline.copy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Moves dates and instants by whole weeks on the wall clock of one zone, so that a
 * Tuesday 09:00 stays a Tuesday 09:00. A local time the clocks skip on the new day (a
 * daylight-saving gap) moves forward by the gap's length; one they pass twice (an
 * overlap) takes the earlier offset, the first time it happens; each such case is noted
 * in words for the organiser.
 */
public final class WeekShift {

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final ZoneId zone;

	private final int weeks;

	private final List<String> notes = new ArrayList<>();

	public WeekShift(ZoneId zone, int weeks) {
		this.zone = zone;
		this.weeks = weeks;
	}

	public ZoneId zone() {
		return zone;
	}

	public int weeks() {
		return weeks;
	}

	public LocalDate date(LocalDate date) {
		return date == null ? null : date.plusWeeks(weeks);
	}

	/**
	 * The instant at the same local time of day, on the same weekday, {@link #weeks()}
	 * later in the zone.
	 * @param what what the instant is, in words ("Call for Microconferences closes"), for
	 * the note when the local time does not exist or exists twice on the new day
	 * @return the moved instant, or {@code null} for {@code null}
	 */
	public Instant instant(String what, Instant at) {
		if (at == null) {
			return null;
		}
		LocalDateTime local = LocalDateTime.ofInstant(at, zone).plusWeeks(weeks);
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
		ZonedDateTime moved = ZonedDateTime.ofLocal(local, zone, null);
		if (offsets.isEmpty()) {
			ZoneOffsetTransition gap = zone.getRules().getTransition(local);
			notes.add(what + " " + local.format(DAY_AND_TIME) + " does not exist in " + zone.getId()
					+ " (the clocks skip " + gap.getDuration().toMinutes() + " minutes): set to " + moved.format(TIME)
					+ ".");
		}
		else if (offsets.size() > 1) {
			notes.add(what + " " + local.format(DAY_AND_TIME) + " happens twice in " + zone.getId()
					+ ": set to the first, " + moved.format(TIME) + " at UTC" + moved.getOffset().getId() + ".");
		}
		return moved.toInstant();
	}

	/** What moved where the clocks change, in the order it was met. */
	public List<String> notes() {
		return List.copyOf(notes);
	}

}
