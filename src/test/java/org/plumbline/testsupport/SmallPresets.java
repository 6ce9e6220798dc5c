package org.plumbline.testsupport;

import java.util.List;

import org.plumbline.generator.Preset;
import org.plumbline.generator.Preset.PresetTicketType;
import org.plumbline.generator.Presets;

/** Generated events small enough for a test to make in seconds. */
public final class SmallPresets {

	private SmallPresets() {
	}

	/**
	 * LPC's preset at a fraction of its size, times {@code factor}: enough rows that a
	 * query per row shows, few enough that two events generate in seconds; with LPC's
	 * calls (some open), decisions, timetable and sale.
	 */
	public static Preset lpcSized(int factor) {
		Preset lpc = Presets.named("lpc");
		List<PresetTicketType> types = lpc.ticketTypes()
			.stream()
			.map(type -> new PresetTicketType(type.name(), type.description(), type.price(), type.currency(),
					type.capacity() * factor / 6, type.registrations() * factor / 6, type.paidPercent(), type.code()))
			.toList();
		return new Preset(lpc.slug(), lpc.name(), lpc.venue(), lpc.timeZone(), lpc.startsInDays(), lpc.startsOnMonday(),
				lpc.days(), lpc.rooms(), 60 * factor, 4 * factor, 4 * factor, lpc.leadsPerMicroconference(),
				lpc.keyAttendeesPerMicroconference(), 4 * factor, 2 * factor, 2 * factor, 2, lpc.interestPerPerson(),
				types, 1, lpc.slidesPercent(), 2);
	}

}
