package org.plumbline.schedule;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.plumbline.event.Event;
import org.springframework.stereotype.Component;

/**
 * The draft's conflicts as its editors read them: all of them for the organisers, those
 * of one MC worded for its leads ({@link McConflicts}), each told whether a release of
 * the draft would hold it, so that a clash of a tentative talk is not said to block a
 * release that leaves the talk out.
 */
@Component
class DraftConflicts {

	private final TimetableConflicts timetableConflicts;

	private final McConflicts mcConflicts;

	private final TimetableReleases releases;

	private final StoredSessions storedSessions;

	DraftConflicts(TimetableConflicts timetableConflicts, McConflicts mcConflicts, TimetableReleases releases,
			StoredSessions storedSessions) {
		this.timetableConflicts = timetableConflicts;
		this.mcConflicts = mcConflicts;
		this.releases = releases;
		this.storedSessions = storedSessions;
	}

	/**
	 * The conflicts as a page lists them, each told whether a release would hold it.
	 * @param onlyMc the MC whose leads read them, or {@code null} for the organisers
	 */
	List<PolicedConflict> of(Event event, Timetable draft, Long onlyMc) {
		List<PolicedConflict> found = found(draft, onlyMc);
		Set<String> released = storedSessions.of(releases.releasableOf(event, draft))
			.stream()
			.map(PlacedSession::key)
			.collect(Collectors.toSet());
		return found.stream().map(conflict -> conflict.inReleaseOf(released)).toList();
	}

	/**
	 * The conflicts alone, for a change that compares them before and after and refuses
	 * what a policy blocks: neither reads whether a release would hold them, so the
	 * release need not be worked out twice per change.
	 */
	List<PolicedConflict> found(Timetable draft, Long onlyMc) {
		return onlyMc == null ? timetableConflicts.of(draft) : mcConflicts.of(draft, onlyMc);
	}

}
