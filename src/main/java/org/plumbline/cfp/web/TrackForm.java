package org.plumbline.cfp.web;

import org.plumbline.cfp.NewPlainTrack;

/** The form that adds a plain track. */
public record TrackForm(String slug, String name, String durations, String opensAt, String closesAt) {

	static final TrackForm EMPTY = new TrackForm("", "", "", "", "");

	NewPlainTrack track() {
		return new NewPlainTrack(slug, name, durations, opensAt, closesAt);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
