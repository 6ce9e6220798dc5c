package org.plumbline.importer.domain;

import java.util.List;

import org.plumbline.microconference.NewMicroconference;

/** Constants of the event data file format (docs/event-data-file.md). */
public final class EventFileFormat {

	public static final String FORMAT = "plumbline-event";

	/** The newest format version this build reads and the one it writes. */
	public static final int VERSION = 1;

	public static final String SCHEMA_RESOURCE = "importer/event-data-file-1.schema.json";

	/**
	 * Tiers an event has when its file names none (docs/event-data-file.md, "Top level").
	 */
	public static final List<String> DEFAULT_SPONSOR_TIERS = List.of("Diamond", "Platinum", "Gold", "Silver",
			"Catchbox", "Livestream", "T-Shirt", "Conference services");

	public static final String DEFAULT_LEADS_CAPTION = NewMicroconference.DEFAULT_LEADS_CAPTION;

	private EventFileFormat() {
	}

}
