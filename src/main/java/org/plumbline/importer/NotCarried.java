package org.plumbline.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a stored event holds that its event data file does not carry yet (README, "Backup
 * and restore"): an export leaves it out, and replacing the event deletes it.
 *
 * @param counts how many of each kind (a singular noun such as "material") the event
 * holds, kinds it has none of left out, in a fixed order
 */
public record NotCarried(Map<String, Integer> counts) {

	public NotCarried {
		Map<String, Integer> held = new LinkedHashMap<>();
		counts.forEach((kind, count) -> {
			if (count > 0) {
				held.merge(kind, count, Integer::sum);
			}
		});
		counts = Collections.unmodifiableMap(held);
	}

	public boolean isEmpty() {
		return counts.isEmpty();
	}

	/** The counts for a user: "12 feedback ratings, 1 bank statement". */
	public String describe() {
		return counts.entrySet()
			.stream()
			.map(count -> count.getValue() + " " + count.getKey() + (count.getValue() == 1 ? "" : "s"))
			.collect(Collectors.joining(", "));
	}

}
