package org.plumbline.schedule.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.TimePreference;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "Preferred times" form of an MC's page: each time block of the event with what its
 * leads say of it (preferred, fine or avoid), the version to send back, and whether the
 * event still takes changes.
 */
public record PreferredTimesForm(List<Line> lines, int version, boolean open) {

	/** The hidden field of the version. */
	public static final String VERSION_FIELD = "preferences_version";

	/** The value of a block that is fine, which stores nothing. */
	public static final String FINE = "FINE";

	/** The choices of each block, in the form's order. */
	public static final List<Choice> CHOICES = List.of(new Choice(TimePreference.PREFERRED.name(), "Preferred"),
			new Choice(FINE, "Fine"), new Choice(TimePreference.AVOIDED.name(), "Avoid"));

	private static final String PREFIX = "time_";

	/** A choice's value as the form sends it, and its column's heading. */
	public record Choice(String value, String text) {
	}

	/**
	 * @param chosen the preference's name, or {@link #FINE}
	 */
	public record Line(long blockId, String label, String chosen) {

		public String field() {
			return PREFIX + blockId;
		}

	}

	static PreferredTimesForm of(List<TimeBlock> blocks, ZoneId zone, Map<Long, TimePreference> chosen, int version,
			boolean open) {
		return new PreferredTimesForm(blocks.stream()
			.map(block -> new Line(block.id(), BlockLabels.of(block, zone),
					chosen.containsKey(block.id()) ? chosen.get(block.id()).name() : FINE))
			.toList(), version, open);
	}

	/**
	 * What the form sent: each {@code time_<block id>} field that is not fine.
	 * @throws ResponseStatusException 400 for a field a page does not send
	 */
	static Map<Long, TimePreference> chosen(Map<String, String> fields) {
		Map<Long, TimePreference> chosen = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (!name.startsWith(PREFIX) || FINE.equals(value)) {
				return;
			}
			long block = ScheduleForms.id(name.substring(PREFIX.length()), name);
			try {
				chosen.put(block, TimePreference.valueOf(value == null ? "" : value));
			}
			catch (IllegalArgumentException unknown) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						name + " must be PREFERRED, FINE or AVOIDED, not " + value);
			}
		});
		return chosen;
	}

}
