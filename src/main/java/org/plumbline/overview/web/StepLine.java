package org.plumbline.overview.web;

import java.time.LocalDate;
import java.util.Map;

/**
 * The SVG path of a running figure that holds its value until the next day it changes: a
 * step line from the axis's first day to its last.
 */
final class StepLine {

	private StepLine() {
	}

	/**
	 * @param values the figure at the end of each day it changed, in order of day
	 */
	static String path(DayAxis axis, Map<LocalDate, Integer> values) {
		StringBuilder path = new StringBuilder("M").append(axis.x(axis.from())).append(' ').append(axis.y(0));
		for (Map.Entry<LocalDate, Integer> value : values.entrySet()) {
			path.append(" H").append(axis.x(value.getKey())).append(" V").append(axis.y(value.getValue()));
		}
		return path.append(" H").append(axis.x(axis.to())).toString();
	}

}
