package org.plumbline.schedule.solver;

/**
 * Two sessions in different rooms of one block, in a fixed order so each pair is one key.
 */
record SessionPair(Session first, Session second) {

	static SessionPair of(Session one, Session other) {
		return one.room().id().compareTo(other.room().id()) < 0 ? new SessionPair(one, other)
				: new SessionPair(other, one);
	}

}
