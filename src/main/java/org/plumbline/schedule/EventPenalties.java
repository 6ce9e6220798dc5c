package org.plumbline.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.schedule.solver.PenaltyTables;
import org.plumbline.schedule.solver.PersonBlock;
import org.plumbline.schedule.solver.Placement;
import org.plumbline.schedule.solver.Similarity;
import org.plumbline.schedule.solver.TablePenalty;
import org.plumbline.schedule.solver.Talk;
import org.plumbline.schedule.solver.Track;

/**
 * The penalty tables of an event's problem ({@link EventProblems}): declared
 * unavailability (a room's on its cells, a person's in the slots it covers), the MCs'
 * leads' preferred times, and what a placed session costs away from its place.
 */
final class EventPenalties {

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
	 * the problem, the unavailability of the people its talks need, and the audience its
	 * MCs share.
	 * @param chosen MC id to time block id to its leads' preference
	 * @param audiences track id to who marked that MC interesting
	 */
	PenaltyTables tables(List<Microconference> accepted, Map<String, Track> tracks, List<Talk> talks,
			Map<Long, Map<Long, TimePreference>> chosen, Map<String, List<String>> audiences) {
		return new PenaltyTables(trackBlocks(accepted, tracks.keySet(), chosen), null, roomBlocks(),
				personBlocks(neededPeople(tracks.values(), talks)), talkBlocks(), talkRooms, sharedAudience(audiences),
				0, 0);
	}

	/**
	 * Two MCs are as similar as the number of people who marked both interesting, so that
	 * running them in parallel costs one for each person who must miss one (the attendee
	 * clash alone costs one per pair of sessions, whether they share one person or a
	 * hundred).
	 */
	private static List<Similarity> sharedAudience(Map<String, List<String>> audiences) {
		List<String> trackIds = List.copyOf(audiences.keySet());
		List<Similarity> similarities = new ArrayList<>();
		for (int first = 0; first < trackIds.size(); first++) {
			Set<String> audience = new HashSet<>(audiences.get(trackIds.get(first)));
			for (int second = first + 1; second < trackIds.size(); second++) {
				long shared = audiences.get(trackIds.get(second)).stream().filter(audience::contains).count();
				if (shared > 0) {
					similarities.add(new Similarity(trackIds.get(first), trackIds.get(second), shared));
				}
			}
		}
		return similarities;
	}

	/**
	 * What an MC's session costs in each block, from its leads' preferred times: an
	 * avoided block, and, when they marked some preferred, any other.
	 */
	private List<TablePenalty> trackBlocks(List<Microconference> accepted, Set<String> trackIds,
			Map<Long, Map<Long, TimePreference>> chosen) {
		List<TablePenalty> penalties = new ArrayList<>();
		for (Microconference mc : accepted) {
			String track = EventProblems.mcTrackId(mc);
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

	/**
	 * Each needed person's unavailability, per block, in the slots (the halves either
	 * side of the break) that it overlaps: all of them when it falls in the break alone,
	 * since a session of the whole block spans the break.
	 */
	private List<PersonBlock> personBlocks(Set<String> needed) {
		Map<List<String>, Set<Integer>> unavailableSlots = new LinkedHashMap<>();
		for (Unavailability interval : unavailable) {
			String person = interval.personId() == null ? null : EventProblems.personId(interval.personId());
			if (!needed.contains(person)) {
				continue;
			}
			for (Map.Entry<String, TimeBlock> block : blocks.entrySet()) {
				List<BlockPart> slots = slotsOf(block.getValue());
				Set<Integer> overlapped = new TreeSet<>();
				for (int slot = 0; slot < slots.size(); slot++) {
					if (overlaps(interval, slots.get(slot).startsAt(block.getValue()),
							slots.get(slot).endsAt(block.getValue()))) {
						overlapped.add(slot);
					}
				}
				if (overlapped.isEmpty() && overlaps(interval, block.getValue())) {
					overlapped.addAll(IntStream.range(0, slots.size()).boxed().toList());
				}
				if (!overlapped.isEmpty()) {
					unavailableSlots.computeIfAbsent(List.of(person, block.getKey()), unseen -> new TreeSet<>())
						.addAll(overlapped);
				}
			}
		}
		List<PersonBlock> table = new ArrayList<>();
		unavailableSlots.forEach((personAndBlock, slots) -> {
			boolean wholeBlock = slots.size() == EventProblems.slots(blocks.get(personAndBlock.get(1)));
			table.add(new PersonBlock(personAndBlock.get(0), personAndBlock.get(1),
					wholeBlock ? List.of() : List.copyOf(slots)));
		});
		return table;
	}

	/**
	 * The people the talks need: their presenters, and their tracks' chairs and key
	 * attendees.
	 */
	private static Set<String> neededPeople(Collection<Track> tracks, List<Talk> talks) {
		Set<String> needed = new HashSet<>();
		tracks.forEach(track -> {
			needed.addAll(track.chairs());
			needed.addAll(track.keyAttendees());
		});
		talks.forEach(talk -> needed.addAll(talk.presenters()));
		return needed;
	}

	/** The block's slots as the parts of it they take: its halves, or all of it. */
	private static List<BlockPart> slotsOf(TimeBlock block) {
		return EventProblems.slots(block) == 1 ? List.of(BlockPart.WHOLE)
				: List.of(BlockPart.BEFORE_BREAK, BlockPart.AFTER_BREAK);
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
		return overlaps(interval, block.startsAt(), block.endsAt());
	}

	private static boolean overlaps(Unavailability interval, Instant from, Instant to) {
		return interval.startsAt().isBefore(to) && from.isBefore(interval.endsAt());
	}

}
