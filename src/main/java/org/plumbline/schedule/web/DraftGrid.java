package org.plumbline.schedule.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.plumbline.event.Event;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.PolicedConflict;
import org.plumbline.schedule.SessionKind;
import org.plumbline.schedule.TentativeTalk;

/**
 * The draft timetable as the organisers' grid shows it: per day, its blocks as rows and
 * the rooms as columns, each cell with its sessions; the accepted MCs not placed yet;
 * every session with its talks; the conflicts, those the last change brought in marked.
 *
 * @param version the draft's version, which every form sends back
 */
public record DraftGrid(Event event, int version, List<Room> rooms, List<BlockOption> blocks, List<Day> days,
		List<SessionCard> sessions, List<Microconference> unplaced, List<Microconference> mcs,
		List<ConflictLine> conflicts, List<TentativeTalk> tentative) {

	/**
	 * A block as the forms offer it: "Fri Oct 29, Morning 10:00–13:30", and its times.
	 */
	public record BlockOption(TimeBlock block, String label, String times) {
	}

	public record Day(String label, List<Row> rows, List<SessionCard> otherBreaks) {
	}

	/** One block of a day, with its breaks in every room and a cell per room. */
	public record Row(BlockOption block, List<SessionCard> everyRoom, List<Cell> cells) {
	}

	public record Cell(Room room, long blockId, List<SessionCard> sessions) {
	}

	/**
	 * A session (an MC's, a track's, a break) with its talks.
	 *
	 * @param blockId the block it lies in, or {@code null}
	 * @param part the part of that block it takes, or {@code null}
	 * @param placeable the topics of its MC that may still be placed in it
	 * @param starts the local starts ("10:30") a talk of its MC may be dropped on: its
	 * start, the end of its block's break and the end of each of its talks
	 */
	public record SessionCard(long id, SessionKind kind, String title, Long microconferenceId, Long roomId,
			String roomName, LocalDate day, String when, Long blockId, BlockPart part, List<TalkLine> talks,
			List<TopicChoice> placeable, List<String> starts) {

		public boolean isBreak() {
			return kind == SessionKind.BREAK;
		}

	}

	/**
	 * A talk in a session.
	 *
	 * @param start its local start ("10:30"), as the forms take it
	 * @param tentative why it is tentative ("tentative", "tentative: acceptance recorded,
	 * not announced"), or {@code null} for a talk of an accepted topic
	 */
	public record TalkLine(long id, long topicId, String title, String start, String when, int minutes,
			String tentative) {
	}

	/** A topic to place: "Scheduler latency (30 min, submitted: tentative)". */
	public record TopicChoice(long id, String label) {
	}

	/**
	 * A conflict in words, with what the event's policy does with it ("blocks release").
	 */
	public record ConflictLine(String level, String words, String effect, boolean introduced) {

		static List<ConflictLine> of(List<PolicedConflict> conflicts, Set<String> introduced) {
			return conflicts.stream()
				.map(conflict -> new ConflictLine(conflict.conflict().level().name().toLowerCase(), conflict.words(),
						conflict.policy().effect(), introduced.contains(conflict.words())))
				.toList();
		}

	}

}
