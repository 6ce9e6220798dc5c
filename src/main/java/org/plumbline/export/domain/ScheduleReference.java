package org.plumbline.export.domain;

import org.plumbline.material.RecordingLink;

/**
 * A link or attachment of an event as the c3voc formats carry it (the JSON schema's
 * "Reference", the XML's {@code link} and {@code attachment}).
 *
 * @param type one of the schema's kinds: "media" for a recording, "slides" for a file
 * attached to a talk, "related" for a link added to it
 * @param href an absolute address
 */
public record ScheduleReference(String type, String href, String title) {

	static final String MEDIA = "media";

	static final String SLIDES = "slides";

	static final String RELATED = "related";

	static ScheduleReference of(RecordingLink recording) {
		return new ScheduleReference(MEDIA, recording.href(), recording.title());
	}

}
