package org.plumbline.overview;

import java.util.List;

/**
 * Review progress of an event's calls: every call with a submitted topic, or, for a page
 * that shows only so many, those with most topics (their reviews alone are counted).
 *
 * @param calls the calls counted, in page order
 * @param hidden how many calls with a submitted topic were left out
 */
public record ReviewedCalls(List<CallProgress> calls, int hidden) {

	public ReviewedCalls {
		calls = List.copyOf(calls);
	}

}
