package org.plumbline.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.schedule.solver.PenaltyTables;
import org.plumbline.schedule.solver.Placement;
import org.plumbline.schedule.solver.TablePenalty;
import org.plumbline.schedule.solver.Talk;
import org.plumbline.schedule.solver.Track;

/**
 * The penalty tables of an event's problem ({@link EventProblems}): declared
 * unavailability (a room's on its cells, a person's on the sessions that need them), the
 * MCs' leads' preferred times, and what a placed session costs away from its place.
 */
final class EventPenalties {

	/** A lead or speaker unavailable during a block a session of theirs is placed in. */
	static final long UNAVAILABLE_LEAD_OR_SPEAKER = 10;

	/** A key attendee unavailable during a block a session of theirs is placed in. */
	static final long UNAVAILABLE_KEY_ATTENDEE = 3;

	/**
	 * A session of an MC in a block its leads did not mark preferred, when they marked
	 * some.
	 */
	static final long NOT_PREFERRED = 1;

	/** A session of an MC in a block its leads asked to avoid. */
	static final long AVOIDED = 3;

	/**
	 * A placed session, per slot, in another block than its own, and in another room than
	 * its own.
	 */
	static final long MOVED = 1;

	private final Map<String, TimeBlock> blocks;

	private final Map<String, Room> rooms;

	private final List<Unavailability> unavailable;

	/** Talk id to block id to penalty, summed over what costs there. */
	private final Map<String, Map<String, Long>> talkBlocks = new LinkedHashMap<>();

	private final List<TablePenalty> talkRooms = new ArrayList<>();

	/**
	 * @param blocks the problem's blocks by their ids
	 * @param rooms the problem's rooms by their ids
	 */
	EventPenalties(Map<String, TimeBlock> blocks, Map<String, Room> rooms, List<Unavailability> unavailable) {
		this.blocks = blocks;
		this.rooms = rooms;
		this.unavailable = unavailable;
	}

	/**
	 * Per block, what a session costs there for the people it needs who declared
	 * themselves unavailable then.
	 */
	void unavailablePeople(Talk talk, Track track) {
		Set<String> needed = new HashSet<>(track.chairs());
		needed.addAll(talk.presenters());
		Set<String> keyAttendees = new HashSet<>(track.keyAttendees());
		keyAttendees.removeAll(needed);
		for (Map.Entry<String, TimeBlock> block : blocks.entrySet()) {
			long penalty = 0;
			for (Unavailability interval : unavailable) {
				if (interval.personId() == null || !overlaps(interval, block.getValue())) {
					continue;
				}
				String person = EventProblems.personId(interval.personId());
				penalty += needed.contains(person) ? UNAVAILABLE_LEAD_OR_SPEAKER
						: keyAttendees.contains(person) ? UNAVAILABLE_KEY_ATTENDEE : 0;
			}
			if (penalty > 0) {
				addTalkBlock(talk.id(), block.getKey(), penalty);
			}
		}
	}

	/**
	 * A placed session costs a little anywhere but where it is, so that a proposal moves
	 * only what it must: the organiser reads a short diff, and speakers keep the times
	 * they were told.
	 */
	void movingAway(String talkId, Placement at) {
		blocks.keySet()
			.stream()
			.filter(block -> !block.equals(at.block()))
			.forEach(block -> addTalkBlock(talkId, block, MOVED));
		rooms.keySet()
			.stream()
			.filter(room -> !room.equals(at.room()))
			.forEach(room -> talkRooms.add(new TablePenalty(talkId, room, MOVED)));
	}

	/**
	 * The tables, with the leads' preferred times of the accepted MCs that are tracks of
	 * the problem.
	 * @param chosen MC id to time block id to its leads' preference
	 */
	PenaltyTables tables(List<Microconference> accepted, Set<String> trackIds,
			Map<Long, Map<Long, TimePreference>> chosen) {
		return new PenaltyTables(trackBlocks(accepted, trackIds, chosen), null, roomBlocks(), talkBlocks(), talkRooms,
				null, 0, 0);
	}

	/**
	 * What an MC's session costs in each block, from its leads' preferred times: an
	 * avoided block, and, when they marked some preferred, any other.
	 */
	private List<TablePenalty> trackBlocks(List<Microconference> accepted, Set<String> trackIds,
			Map<Long, Map<Long, TimePreference>> chosen) {
		List<TablePenalty> penalties = new ArrayList<>();
		for (Microconference mc : accepted) {
			String track = "mc-" + mc.slug();
			Map<Long, TimePreference> ofMc = chosen.getOrDefault(mc.id(), Map.of());
			if (!trackIds.contains(track) || ofMc.isEmpty()) {
				continue;
			}
			boolean somePreferred = ofMc.containsValue(TimePreference.PREFERRED);
			for (Map.Entry<String, TimeBlock> block : blocks.entrySet()) {
				TimePreference preference = ofMc.get(block.getValue().id());
				long penalty = preference == TimePreference.AVOIDED ? AVOIDED
						: somePreferred && preference != TimePreference.PREFERRED ? NOT_PREFERRED : 0;
				if (penalty > 0) {
					penalties.add(new TablePenalty(track, block.getKey(), penalty));
				}
			}
		}
		return penalties;
	}

	private List<TablePenalty> roomBlocks() {
		List<TablePenalty> penalties = new ArrayList<>();
		for (Map.Entry<String, TimeBlock> block : blocks.entrySet()) {
			for (Map.Entry<String, Room> room : rooms.entrySet()) {
				boolean closed = unavailable.stream()
					.anyMatch(interval -> Long.valueOf(room.getValue().id()).equals(interval.roomId())
							&& overlaps(interval, block.getValue()));
				if (closed) {
					penalties.add(new TablePenalty(room.getKey(), block.getKey(), 1));
				}
			}
		}
		return penalties;
	}

	private List<TablePenalty> talkBlocks() {
		List<TablePenalty> table = new ArrayList<>();
		talkBlocks.forEach((talk, targets) -> targets
			.forEach((block, penalty) -> table.add(new TablePenalty(talk, block, penalty))));
		return table;
	}

	private void addTalkBlock(String talkId, String blockId, long penalty) {
		talkBlocks.computeIfAbsent(talkId, unseen -> new LinkedHashMap<>()).merge(blockId, penalty, Long::sum);
	}

	private static boolean overlaps(Unavailability interval, TimeBlock block) {
		return interval.startsAt().isBefore(block.endsAt()) && block.startsAt().isBefore(interval.endsAt());
	}

}
