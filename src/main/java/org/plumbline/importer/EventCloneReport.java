package org.plumbline.importer;

import java.util.List;
import java.util.Map;

import org.plumbline.event.Event;

/**
 * What a clone made: the new event, how many of each kind it copied, in the order they
 * were copied, and each time the clocks' changes moved.
 */
public record EventCloneReport(Event source, Event created, int weeks, Map<String, Integer> counts,
		List<String> clockChanges) {
}
