package org.plumbline.schedule;

import java.time.LocalDate;
import java.util.List;

import org.plumbline.schedule.solver.ScheduleReport;

/**
 * A scheduler's solution read against the draft it was made from: what it would change,
 * the scheduler's own report, and the conflicts the draft would have after it, in words.
 *
 * @param day the one day it covers, or {@code null} for the whole event
 * @param changes the sessions it moves or places, in timetable order of their new places
 * @param unchanged how many sessions it leaves where they are
 * @param conflicts every conflict of the draft after it that the event's policy does not
 * ignore
 * @param introduced the words of those that the draft does not have now
 * @param refusal why applying it would be refused (a conflict the policy forbids, a talk
 * that no longer fits), or {@code null} when it can be applied
 */
public record Proposal(LocalDate day, int draftVersion, List<ProposedChange> changes, int unchanged,
		ScheduleReport report, List<PolicedConflict> conflicts, List<String> introduced, String refusal) {

	public Proposal {
		changes = List.copyOf(changes);
		conflicts = List.copyOf(conflicts);
		introduced = List.copyOf(introduced);
	}

	/** One session the proposal moves or places, as the organiser reads it. */
	public record ProposedChange(String title, String from, String to) {
	}

}
