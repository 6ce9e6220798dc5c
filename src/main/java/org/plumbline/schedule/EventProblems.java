package org.plumbline.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.EventProblem.Item;
import org.plumbline.schedule.EventProblem.SessionPlace;
import org.plumbline.schedule.domain.ById;
import org.plumbline.schedule.solver.Block;
import org.plumbline.schedule.solver.Placement;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.Talk;
import org.plumbline.schedule.solver.Track;
import org.plumbline.schedule.solver.Weight;
import org.springframework.stereotype.Component;

/**
 * Reads an event's draft as the scheduler's problem (issue 12). Each time block is a
 * block of two slots, before and after its break (one slot when it has none), the same in
 * every room. What the scheduler places are sessions, not single talks, since an MC's
 * leads order its talks: each placed MC or plain-track session of the draft is an item
 * filling its part of the block, and an accepted MC not placed yet is one item filling a
 * whole block. An MC is a track whose leads are chairs and whose key attendees stay key
 * attendees; the speakers of the talks placed in a session present in it, and those of
 * the MC's accepted talks not placed yet present in every session of the MC; who marked
 * the MC interesting attends it. A pinned session is pinned where it is. Declared
 * unavailability goes into the problem's tables: a room's as penalties on its cells, a
 * person's as the slots they cannot be in, which the scheduler counts at the checker's
 * levels.
 */
@Component
class EventProblems {

	private static final String MC_PREFIX = "mc-";

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final PlaceableTopics topics;

	private final TopicCalls calls;

	private final DraftTimetables drafts;

	private final Unavailabilities unavailabilities;

	private final InterestMarks interest;

	private final SchedulerWeights weights;

	private final McTimePreferences preferences;

	EventProblems(EventCatalog events, Microconferences microconferences, PlaceableTopics topics, TopicCalls calls,
			DraftTimetables drafts, Unavailabilities unavailabilities, InterestMarks interest, SchedulerWeights weights,
			McTimePreferences preferences) {
		this.weights = weights;
		this.preferences = preferences;
		this.events = events;
		this.microconferences = microconferences;
		this.topics = topics;
		this.calls = calls;
		this.drafts = drafts;
		this.unavailabilities = unavailabilities;
		this.interest = interest;
	}

	/**
	 * The problem of the whole event, or of one day: then only that day's blocks are
	 * offered, only that day's sessions move, and the others are left out as they are.
	 */
	EventProblem of(Event event, LocalDate day) {
		return new Reading(event, day).problem();
	}

	/** One reading of the event's draft, with the ids it gives. */
	private final class Reading {

		private final Event event;

		private final LocalDate day;

		private final Timetable draft;

		private final List<TimeBlock> allBlocks;

		private final Map<String, TimeBlock> blocks = new LinkedHashMap<>();

		private final Map<Long, String> blockIds = new HashMap<>();

		private final Map<String, Room> rooms = new LinkedHashMap<>();

		private final Map<Long, String> roomIds = new HashMap<>();

		private final Map<Long, PlaceableTopic> placeable;

		private final Map<String, Track> tracks = new LinkedHashMap<>();

		private final Map<String, Item> items = new LinkedHashMap<>();

		private final List<Talk> talks = new ArrayList<>();

		private final EventPenalties penalties;

		Reading(Event event, LocalDate day) {
			this.event = event;
			this.day = day;
			this.draft = drafts.draft(event.id());
			this.allBlocks = events.timeBlocks(event.id())
				.stream()
				.sorted(Comparator.comparing(TimeBlock::startsAt))
				.toList();
			this.placeable = ById.of(topics.ofEvent(event.id()), PlaceableTopic::id);
			for (TimeBlock block : allBlocks) {
				if (day == null || dayOf(block).equals(day)) {
					String id = blockId(block);
					blocks.put(id, block);
					blockIds.put(block.id(), id);
				}
			}
			for (Room room : events.rooms(event.id())) {
				rooms.put(room.name(), room);
				roomIds.put(room.id(), room.name());
			}
			this.penalties = new EventPenalties(blocks, rooms, unavailabilities.ofEvent(event.id()));
		}

		EventProblem problem() {
			List<Microconference> accepted = microconferences.published(event.id());
			Map<Long, Microconference> mcs = ById.of(accepted, Microconference::id);
			Map<Long, TopicCall> plainTracks = calls.plainTracks(event.id());
			Map<Long, List<String>> audience = interest.audienceOfMicroconferences(event.id());
			InterestCounts counts = interest.counts(event.id());
			Set<Long> placedTopics = new HashSet<>();
			Set<Long> placedMcs = new HashSet<>();
			for (TimetableSession session : draft.sessions()) {
				session.talks().forEach(talk -> placedTopics.add(talk.topicId()));
				if (session.microconferenceId() != null) {
					placedMcs.add(session.microconferenceId());
				}
			}
			for (TimetableSession session : draft.sessions()) {
				SessionPlace place = placeOf(session);
				if (place == null || !blockIds.containsKey(place.block().id())) {
					continue;
				}
				if (session.microconferenceId() != null && mcs.containsKey(session.microconferenceId())) {
					Microconference mc = mcs.get(session.microconferenceId());
					List<String> presenters = speakers(session.talks().stream().map(TimetableTalk::topicId).toList());
					presenters.addAll(unplacedSpeakers(mc, placedTopics));
					addItem("session-" + session.guid(), mc.title(), trackOf(mc), session, place, presenters,
							audience.getOrDefault(mc.id(), List.of()), counts.ofMicroconference(mc.id()));
				}
				else if (session.plainTrackId() != null && plainTracks.containsKey(session.plainTrackId())) {
					TopicCall track = plainTracks.get(session.plainTrackId());
					String trackId = "track-" + track.slug();
					tracks.putIfAbsent(trackId, new Track(trackId, List.of(), List.of(), List.of()));
					List<Long> placedHere = session.talks().stream().map(TimetableTalk::topicId).toList();
					long mostInterested = placedHere.stream().mapToLong(counts::ofTopic).max().orElse(0);
					addItem("session-" + session.guid(), track.name(), trackId, session, place, speakers(placedHere),
							List.of(), mostInterested);
				}
			}
			int wholeBlock = blocks.values().stream().mapToInt(EventProblems::slots).max().orElse(1);
			for (Microconference mc : accepted) {
				if (!placedMcs.contains(mc.id())) {
					String id = mcTrackId(mc);
					items.put(id, new Item(id, mc.title(), null, mc.id(), null, null));
					talks.add(new Talk(id, trackOf(mc), wholeBlock, null, unplacedSpeakers(mc, placedTopics),
							audience.getOrDefault(mc.id(), List.of()), counts.ofMicroconference(mc.id()), null, null));
				}
			}
			Map<String, List<String>> audiences = new LinkedHashMap<>();
			for (Microconference mc : accepted) {
				if (tracks.containsKey(mcTrackId(mc))) {
					audiences.put(mcTrackId(mc), audience.getOrDefault(mc.id(), List.of()));
				}
			}
			SchedulingProblem problem = new SchedulingProblem(blocks(), rooms(), List.copyOf(tracks.values()), talks,
					penalties.tables(accepted, tracks, talks, preferences.ofEvent(event.id()), audiences),
					weighable(weights.ofEvent(event.id())));
			return new EventProblem(problem, draft.version(), day, items, blocks, rooms);
		}

		private String trackOf(Microconference mc) {
			String id = mcTrackId(mc);
			Set<String> chairs = new LinkedHashSet<>();
			mc.leads().forEach(lead -> chairs.add(personId(lead.personId())));
			Set<String> keyAttendees = new LinkedHashSet<>();
			mc.keyAttendees().forEach(attendee -> keyAttendees.add(personId(attendee.personId())));
			keyAttendees.removeAll(chairs);
			tracks.putIfAbsent(id, new Track(id, List.copyOf(chairs), List.copyOf(keyAttendees), List.of()));
			return id;
		}

		private void addItem(String id, String title, String trackId, TimetableSession session, SessionPlace place,
				List<String> presenters, List<String> attendees, long interested) {
			items.put(id,
					new Item(id, title, session.id(), session.microconferenceId(), session.plainTrackId(), place));
			int slots = place.part() == BlockPart.WHOLE ? slots(place.block()) : 1;
			Placement at = new Placement(blockIds.get(place.block().id()), roomIds.get(place.room().id()),
					place.part() == BlockPart.AFTER_BREAK ? 1 : 0);
			talks.add(new Talk(id, trackId, slots, null, List.copyOf(new LinkedHashSet<>(presenters)), attendees,
					interested, null, session.pinned() ? at : null));
			if (!session.pinned()) {
				penalties.movingAway(id, at);
			}
		}

		/**
		 * The place of a session that takes a block or one half of it exactly, else null.
		 */
		private SessionPlace placeOf(TimetableSession session) {
			if (session.kind() == SessionKind.BREAK || session.roomId() == null
					|| !roomIds.containsKey(session.roomId())) {
				return null;
			}
			for (TimeBlock block : allBlocks) {
				BlockPart part = BlockPart.of(block, session.startsAt(), session.endsAt());
				if (part != null) {
					return new SessionPlace(block, rooms.get(roomIds.get(session.roomId())), part);
				}
			}
			return null;
		}

		private List<String> speakers(List<Long> topicIds) {
			List<String> speakers = new ArrayList<>();
			for (long topicId : topicIds) {
				PlaceableTopic topic = placeable.get(topicId);
				if (topic != null) {
					topic.speakers().forEach(speaker -> speakers.add(personId(speaker.personId())));
				}
			}
			return speakers;
		}

		/**
		 * The speakers of the MC's accepted or confirmed talks that no session holds yet.
		 */
		private List<String> unplacedSpeakers(Microconference mc, Set<Long> placedTopics) {
			return speakers(placeable.values()
				.stream()
				.filter(topic -> Long.valueOf(mc.id()).equals(topic.microconferenceId()) && topic.decidedIn()
						&& !placedTopics.contains(topic.id()))
				.map(PlaceableTopic::id)
				.sorted()
				.toList());
		}

		private List<Block> blocks() {
			List<Block> engineBlocks = new ArrayList<>();
			int order = 1;
			for (Map.Entry<String, TimeBlock> entry : blocks.entrySet()) {
				TimeBlock block = entry.getValue();
				int slots = slots(block);
				int slotMinutes = (int) (Duration.between(block.startsAt(), block.endsAt()).toMinutes() / slots);
				engineBlocks.add(new Block(entry.getKey(), order++, dayOf(block), block.startsAt(), block.endsAt(),
						slots, slotMinutes));
			}
			return engineBlocks;
		}

		private List<org.plumbline.schedule.solver.Room> rooms() {
			return rooms.entrySet()
				.stream()
				.map(room -> new org.plumbline.schedule.solver.Room(room.getKey(), room.getValue().capacity()))
				.toList();
		}

		private LocalDate dayOf(TimeBlock block) {
			return block.startsAt().atZone(zone()).toLocalDate();
		}

		private ZoneId zone() {
			return event.timeZone();
		}

		/**
		 * "2023-11-13 10:00": the block's day and local start, unique among the event's.
		 */
		private String blockId(TimeBlock block) {
			String id = block.startsAt().atZone(zone()).toLocalDateTime().toString().replace('T', ' ');
			return blocks.containsKey(id) ? RunFileKeys.secondBlockId(id, block.id()) : id;
		}

	}

	/**
	 * The weights an instance carries: the two constraints that keep a timetable possible
	 * always weigh their default, and an instance file has no place for them.
	 */
	private static Map<ScheduleConstraint, Weight> weighable(Map<ScheduleConstraint, Weight> weights) {
		Map<ScheduleConstraint, Weight> kept = new EnumMap<>(ScheduleConstraint.class);
		weights.forEach((constraint, weight) -> {
			if (constraint.weighable()) {
				kept.put(constraint, weight);
			}
		});
		return kept;
	}

	/** Two slots, before and after the break; one for a block without a break. */
	static int slots(TimeBlock block) {
		return block.breakStartsAt() == null ? 1 : 2;
	}

	/**
	 * An MC's track id, also the item id of an MC not placed yet: its slug, readable in
	 * an instance file.
	 */
	static String mcTrackId(Microconference mc) {
		return MC_PREFIX + mc.slug();
	}

	/** Whether an item id is that of an MC not placed yet, rather than a session's. */
	static boolean isUnplacedMcItem(String itemId) {
		return itemId.startsWith(MC_PREFIX);
	}

	static String personId(long personId) {
		return RunFileKeys.personId(personId);
	}

}
