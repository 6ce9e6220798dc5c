package org.plumbline.account;

import java.util.List;

/**
 * The plain tracks of an event, which a reviewer may be given. The feature that owns them
 * (cfp) answers: it depends on this one, so this one cannot ask it directly without a
 * cycle.
 */
public interface ReviewableTracks {

	/** The event's plain tracks, in the order their owner lists them. */
	List<Track> ofEvent(long eventId);

	record Track(long id, String slug, String name) {
	}

}
