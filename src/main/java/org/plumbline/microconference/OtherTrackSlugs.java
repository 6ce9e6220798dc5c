package org.plumbline.microconference;

/**
 * The slugs an event's other tracks take, which an accepted MC must not take too: a
 * call's page is found by slug, MCs first, so a plain track's call would become
 * unreachable. The feature that owns those tracks (cfp) answers: it depends on this one,
 * so this one cannot ask it directly without a cycle.
 */
public interface OtherTrackSlugs {

	/** Whether one of the event's plain tracks has this slug. */
	boolean taken(long eventId, String slug);

}
