package org.plumbline.schedule;

import java.time.Instant;

import org.plumbline.event.TimeBlock;

/**
 * Where a talk may sit: inside its session, not across the break of the session's block
 * (LPC's blocks have one no talk spans), and not over another talk of the session.
 */
final class TalkFit {

	private TalkFit() {
	}

	/**
	 * @param block the time block holding the session, or {@code null} if it lies in none
	 * @param movingTalkId the talk being moved, which may overlap its own old place, or
	 * {@code null}
	 * @throws TimetableRefusedException saying where the talk does not fit
	 */
	static void check(TimetableSession session, TimeBlock block, String title, Instant startsAt, Instant endsAt,
			Long movingTalkId) {
		if (startsAt.isBefore(session.startsAt()) || endsAt.isAfter(session.endsAt())) {
			throw new TimetableRefusedException("\"" + title + "\" does not fit inside its session's time.");
		}
		if (crossesBreak(block, startsAt, endsAt)) {
			throw new TimetableRefusedException("\"" + title + "\" would run into the block's break.");
		}
		for (TimetableTalk other : session.talks()) {
			boolean itself = movingTalkId != null && other.id() == movingTalkId;
			if (!itself && startsAt.isBefore(other.endsAt()) && endsAt.isAfter(other.startsAt())) {
				throw new TimetableRefusedException("\"" + title + "\" would overlap another talk of this session.");
			}
		}
	}

	/**
	 * Whether a talk at these times would run into the break of its session's block.
	 * @param block the block holding the session, or {@code null} if it lies in none
	 */
	static boolean crossesBreak(TimeBlock block, Instant startsAt, Instant endsAt) {
		return block != null && block.breakStartsAt() != null && startsAt.isBefore(block.breakEndsAt())
				&& endsAt.isAfter(block.breakStartsAt());
	}

}
