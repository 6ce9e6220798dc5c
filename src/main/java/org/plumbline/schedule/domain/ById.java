package org.plumbline.schedule.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rows read once per answer, looked up by id while a timetable is walked. */
public final class ById {

	private ById() {
	}

	/**
	 * The items by their ids, in the list's order; a repeated id keeps its first item.
	 */
	public static <T> Map<Long, T> of(List<T> items, Function<T, Long> id) {
		return items.stream()
			.collect(Collectors.toMap(id, Function.identity(), (first, second) -> first, LinkedHashMap::new));
	}

}
