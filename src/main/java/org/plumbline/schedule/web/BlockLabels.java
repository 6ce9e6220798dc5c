package org.plumbline.schedule.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.plumbline.event.TimeBlock;

/**
 * A time block as the preference pages name it, in the event's zone, as the draft grid
 * names it: "Fri Oct 29, Morning 10:00–13:30".
 */
final class BlockLabels {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private BlockLabels() {
	}

	static String of(TimeBlock block, ZoneId zone) {
		return DAY.format(block.startsAt().atZone(zone)) + ", " + block.label() + " "
				+ TIME.format(block.startsAt().atZone(zone)) + "–" + TIME.format(block.endsAt().atZone(zone));
	}

}
