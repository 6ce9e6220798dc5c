package org.plumbline.schedule;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.solver.SchedulingProblem;

/**
 * An event's draft timetable as the scheduler's problem, with what each of the problem's
 * ids stands for, so that a solution reads back as changes of the draft.
 *
 * @param draftVersion the draft's version the problem was read from: a solution proposes
 * changes of that version only
 * @param day the one day the problem covers, or {@code null} for the whole event
 * @param items each item (a talk of the problem) by its id
 * @param blocks each time block by its id in the problem
 * @param rooms each room by its id in the problem
 */
record EventProblem(SchedulingProblem problem, int draftVersion, LocalDate day, Map<String, Item> items,
		Map<String, TimeBlock> blocks, Map<String, Room> rooms) {

	EventProblem {
		items = Map.copyOf(items);
		blocks = Map.copyOf(blocks);
		rooms = Map.copyOf(rooms);
	}

	/** The time block of this id among the problem's. */
	TimeBlock block(long timeBlockId) {
		return byId(blocks, timeBlockId, TimeBlock::id);
	}

	/** The room of this id among the problem's. */
	Room room(long roomId) {
		return byId(rooms, roomId, Room::id);
	}

	private static <T> T byId(Map<String, T> items, long id, ToLongFunction<T> idOf) {
		return items.values()
			.stream()
			.filter(candidate -> idOf.applyAsLong(candidate) == id)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no item " + id + " in the problem"));
	}

	/**
	 * A session the scheduler places: a placed MC or plain-track session of the draft, or
	 * an accepted MC not placed yet.
	 *
	 * @param sessionId the draft's session, or {@code null} for an MC not placed yet
	 * @param placedAt where the session is now, or {@code null} when it is not placed
	 */
	record Item(String id, String title, Long sessionId, Long microconferenceId, Long plainTrackId,
			SessionPlace placedAt) {
	}

	/** A session's room and time: a room, a time block, and the part of the block. */
	record SessionPlace(TimeBlock block, Room room, BlockPart part) {
	}

}
