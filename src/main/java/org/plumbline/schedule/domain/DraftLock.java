package org.plumbline.schedule.domain;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The draft's lock for an edit made from a page: the page showed the draft at a version,
 * and the edit runs only if nobody changed the draft since, so an organiser never acts on
 * a grid or a conflict list that is no longer true.
 */
@Repository
public class DraftLock {

	/** What an organiser whose page is out of date is told. */
	public static final String CHANGED_MEANWHILE = "The draft timetable was changed meanwhile (by you in another "
			+ "window, or by someone else): nothing was changed. Look at it as it is now and try again.";

	private final JdbcClient jdbc;

	private final TimetableRepository timetables;

	DraftLock(JdbcClient jdbc, TimetableRepository timetables) {
		this.jdbc = jdbc;
		this.timetables = timetables;
	}

	/**
	 * Locks the event's draft until the transaction ends and bumps its version, if it is
	 * still at the version the page showed.
	 * @return the draft's id
	 * @throws OptimisticLockingFailureException if the draft changed since
	 */
	public long lockAt(long eventId, int seenVersion) {
		long id = timetables.draftId(eventId);
		int version = jdbc.sql("SELECT version FROM timetable WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Integer.class)
			.single();
		if (version != seenVersion) {
			throw new OptimisticLockingFailureException(CHANGED_MEANWHILE);
		}
		jdbc.sql("UPDATE timetable SET version = version + 1 WHERE id = ?").param(id).update();
		return id;
	}

}
