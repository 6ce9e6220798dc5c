package org.plumbline.schedule.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
		List<SessionCard> sessions, List<Microconference> unplaced, List<Microconference> mcs, List<TrackOption> tracks,
		List<ConflictLine> conflicts, List<TentativeTalk> tentative) {

	/**
	 * The topics still to place, once per MC or plain track that has a session to place
	 * them in (every session of one offers the same), in the order of the sessions.
	 */
	public List<TopicsToPlace> topicsToPlace() {
		Map<String, TopicsToPlace> byTrack = new LinkedHashMap<>();
		sessions.stream()
			.filter(card -> card.trackKey() != null && !card.placeable().isEmpty())
			.forEach(card -> byTrack.putIfAbsent(card.trackKey(),
					new TopicsToPlace(card.trackKey(), card.title(), card.placeable())));
		return List.copyOf(byTrack.values());
	}

	/**
	 * The topics of an MC or plain track still to place, which may be dragged onto a
	 * start of its sessions.
	 *
	 * @param trackKey as {@link SessionCard#trackKey()}
	 */
	public record TopicsToPlace(String trackKey, String title, List<TopicChoice> topics) {
	}

	/** A plain track (one that is not an MC) whose sessions may be placed. */
	public record TrackOption(long id, String name) {
	}

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
	 * @param plainTrackId the plain track of a track's session, else {@code null}
	 * @param blockId the block it lies in, or {@code null}
	 * @param part the part of that block it takes, or {@code null}
	 * @param placeable the topics of its MC or track that may still be placed in it
	 * @param starts the local starts ("10:30") a talk of its MC or track may be dropped
	 * on: its start, the end of its block's break and the end of each of its talks
	 */
	public record SessionCard(long id, SessionKind kind, String title, Long microconferenceId, Long plainTrackId,
			Long roomId, String roomName, LocalDate day, String when, Long blockId, BlockPart part, boolean pinned,
			List<TalkLine> talks, List<TopicChoice> placeable, List<String> starts) {

		public boolean isBreak() {
			return kind == SessionKind.BREAK;
		}

		/**
		 * What a talk of this session shares with the sessions it may move into, their MC
		 * or plain track ("mc-4", "track-2"), or {@code null} for a break.
		 */
		public String trackKey() {
			return microconferenceId != null ? "mc-" + microconferenceId
					: plainTrackId != null ? "track-" + plainTrackId : null;
		}

		/**
		 * Whether a talk of this session may move into the other: one of the same MC or
		 * track.
		 */
		public boolean sameTrackAs(SessionCard other) {
			return trackKey() != null && trackKey().equals(other.trackKey());
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
				.map(conflict -> new ConflictLine(conflict.conflict().level().name().toLowerCase(Locale.ROOT),
						conflict.words(), conflict.effect(), introduced.contains(conflict.words())))
				.toList();
		}

	}

}
