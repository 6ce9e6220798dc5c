package org.plumbline.cfp.domain;

/** A plain track as stored, with its own settings. */
public record PlainTrackRow(long id, long eventId, String slug, String name, CallOverride settings) {

}
