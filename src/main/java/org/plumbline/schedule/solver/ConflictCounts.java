package org.plumbline.schedule.solver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.ConflictLevel;

/**
 * A solution's conflicts counted the way the timetable's
 * {@link org.plumbline.schedule.ConflictChecker} counts them, so that an organiser
 * reading a report and the timetable sees the same numbers (issue 12, point 7). The
 * solver's constraints count by their own units (per block, slot or cell); these count
 * one per person and pair of overlapping sessions, one per pair of sessions sharing a
 * room, one per session and person needed there while unavailable, and one per session in
 * an unavailable or too small room. Here a session is one placed talk, filling its
 * block's slots from its first slot on; two talks overlap when they are in one block and
 * share a slot.
 *
 * <p>
 * A talk needs its presenters and its track's chairs (hard, as the checker's speakers and
 * leads) and its track's key attendees (medium); attendees are not needed people. A
 * person with two roles in one talk counts at the graver, and a clash between two talks
 * at the lower of the two levels: a chair of one who is a key attendee of the other is a
 * key attendee in two places.
 *
 * @param personInTwoPlaces {@link ConflictKind#PERSON_IN_TWO_PLACES}: a chair or
 * presenter needed in two overlapping talks (hard)
 * @param keyAttendeeInTwoPlaces {@link ConflictKind#KEY_ATTENDEE_IN_TWO_PLACES}: a key
 * attendee of one needed in the other (medium)
 * @param roomUsedTwice {@link ConflictKind#ROOM_USED_TWICE}: two overlapping talks in one
 * room, whatever their tracks (hard)
 * @param roomUnavailable {@link ConflictKind#UNAVAILABLE}, for rooms: a talk in a room
 * and block with a {@code roomBlocks} penalty (hard)
 * @param personUnavailable {@link ConflictKind#UNAVAILABLE}, for people: a talk needing a
 * chair or presenter during a slot that {@code personBlocks} declares them unavailable in
 * (hard)
 * @param keyAttendeeUnavailable {@link ConflictKind#KEY_ATTENDEE_UNAVAILABLE}: likewise
 * for a key attendee (medium)
 * @param roomTooSmall {@link ConflictKind#ROOM_TOO_SMALL}: a talk whose interest exceeds
 * its room's capacity (soft)
 */
public record ConflictCounts(long personInTwoPlaces, long keyAttendeeInTwoPlaces, long roomUsedTwice,
		long roomUnavailable, long personUnavailable, long keyAttendeeUnavailable, long roomTooSmall) {

	/**
	 * The counts of a complete solution: every talk placed, pinned talks at their pins.
	 */
	public static ConflictCounts of(SchedulingProblem problem, List<TalkPlacement> placements) {
		Map<String, Placement> placed = placements.stream()
			.collect(Collectors.toMap(TalkPlacement::talk, TalkPlacement::placement));
		Map<String, Track> tracks = problem.tracks().stream().collect(Collectors.toMap(Track::id, Function.identity()));
		Map<String, Room> rooms = problem.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
		Set<Cell> unavailable = problem.penalties()
			.roomBlocks()
			.stream()
			.filter(entry -> entry.penalty() > 0)
			.map(entry -> new Cell(entry.target(), entry.subject()))
			.collect(Collectors.toSet());
		Map<List<String>, PersonBlock> away = problem.penalties()
			.personBlocks()
			.stream()
			.collect(Collectors.toMap(entry -> List.of(entry.person(), entry.block()), Function.identity()));
		Map<String, List<PlacedItem>> byBlock = new LinkedHashMap<>();
		Map<ConflictLevel, Long> peopleUnavailable = new EnumMap<>(ConflictLevel.class);
		long roomUnavailable = 0;
		long roomTooSmall = 0;
		for (Talk talk : problem.talks()) {
			Placement placement = talk.pinned() != null ? talk.pinned() : placed.get(talk.id());
			PlacedItem item = new PlacedItem(placement, talk.slots(), neededPeople(talk, tracks.get(talk.track())));
			byBlock.computeIfAbsent(placement.block(), block -> new ArrayList<>()).add(item);
			if (unavailable.contains(placement.cell())) {
				roomUnavailable++;
			}
			item.needed().forEach((person, level) -> {
				PersonBlock absence = away.get(List.of(person, placement.block()));
				if (absence != null && absence.during(placement.firstSlot(), placement.firstSlot() + talk.slots())) {
					peopleUnavailable.merge(level, 1L, Long::sum);
				}
			});
			if (talk.interest() > rooms.get(placement.room()).capacity()) {
				roomTooSmall++;
			}
		}
		Map<ConflictLevel, Long> personClashes = new EnumMap<>(ConflictLevel.class);
		long roomUsedTwice = 0;
		for (List<PlacedItem> items : byBlock.values()) {
			for (int i = 0; i < items.size(); i++) {
				for (int j = i + 1; j < items.size(); j++) {
					PlacedItem first = items.get(i);
					PlacedItem second = items.get(j);
					if (first.overlaps(second)) {
						if (first.placement().room().equals(second.placement().room())) {
							roomUsedTwice++;
						}
						countPersonClashes(first, second, personClashes);
					}
				}
			}
		}
		return new ConflictCounts(personClashes.getOrDefault(ConflictLevel.HARD, 0L),
				personClashes.getOrDefault(ConflictLevel.MEDIUM, 0L), roomUsedTwice, roomUnavailable,
				peopleUnavailable.getOrDefault(ConflictLevel.HARD, 0L),
				peopleUnavailable.getOrDefault(ConflictLevel.MEDIUM, 0L), roomTooSmall);
	}

	/** One per person needed in both, at the lower of their two levels. */
	private static void countPersonClashes(PlacedItem first, PlacedItem second, Map<ConflictLevel, Long> counts) {
		first.needed().forEach((person, here) -> {
			ConflictLevel there = second.needed().get(person);
			if (there != null) {
				counts.merge(here.compareTo(there) >= 0 ? here : there, 1L, Long::sum);
			}
		});
	}

	/**
	 * Each person the talk needs once, at their gravest role: a presenter who is also a
	 * key attendee of the track is needed as a presenter.
	 */
	private static Map<String, ConflictLevel> neededPeople(Talk talk, Track track) {
		Map<String, ConflictLevel> needed = new HashMap<>();
		track.keyAttendees().forEach(person -> needed.put(person, ConflictLevel.MEDIUM));
		talk.presenters().forEach(person -> needed.put(person, ConflictLevel.HARD));
		track.chairs().forEach(person -> needed.put(person, ConflictLevel.HARD));
		return needed;
	}

	/** A talk where it sits, with the people it needs. */
	private record PlacedItem(Placement placement, int slots, Map<String, ConflictLevel> needed) {

		boolean overlaps(PlacedItem other) {
			return placement.firstSlot() < other.placement.firstSlot() + other.slots
					&& other.placement.firstSlot() < placement.firstSlot() + slots;
		}

	}

}
