package org.plumbline.schedule;

import java.util.List;

/** The MCs and talks (topic ids) one marker marked in an event, each ascending. */
public record MarkedInterest(List<Long> microconferences, List<Long> talks) {

	public static final MarkedInterest NONE = new MarkedInterest(List.of(), List.of());

	public MarkedInterest {
		microconferences = List.copyOf(microconferences);
		talks = List.copyOf(talks);
	}

}
