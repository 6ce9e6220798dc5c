package org.plumbline.schedule.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicConflicts;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.schedule.TentativeTalks;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableSession;
import org.plumbline.schedule.web.DraftGrid.BlockOption;
import org.plumbline.schedule.web.DraftGrid.Cell;
import org.plumbline.schedule.web.DraftGrid.ConflictLine;
import org.plumbline.schedule.web.DraftGrid.Day;
import org.plumbline.schedule.web.DraftGrid.Row;
import org.plumbline.schedule.web.DraftGrid.SessionCard;
import org.plumbline.schedule.web.DraftGrid.TrackOption;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the draft and what it is made of (rooms, blocks, MCs, topics, conflicts) into the
 * grid that the organisers' and leads' pages show, in the event's time zone.
 */
@Component
class DraftGridBuilder {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final DraftTimetables drafts;

	private final DraftEditor editor;

	private final TentativeTalks tentative;

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final PlaceableTopics topics;

	private final TopicCalls calls;

	private final TopicConflicts topicConflicts;

	DraftGridBuilder(DraftTimetables drafts, DraftEditor editor, TentativeTalks tentative, EventCatalog events,
			Microconferences microconferences, PlaceableTopics topics, TopicCalls calls,
			TopicConflicts topicConflicts) {
		this.calls = calls;
		this.topicConflicts = topicConflicts;
		this.drafts = drafts;
		this.editor = editor;
		this.tentative = tentative;
		this.events = events;
		this.microconferences = microconferences;
		this.topics = topics;
	}

	/**
	 * @param onlyMc a lead's MC, whose sessions alone are shown, or {@code null} for all
	 * @param introduced the words of the conflicts the last change brought in
	 */
	// Not read-only: an event's draft is created at its first use, which may be here.
	@Transactional
	DraftGrid build(Event event, long accountId, Long onlyMc, List<String> introduced) {
		ZoneId zone = event.timeZone();
		Timetable draft = drafts.draft(event.id());
		List<Room> rooms = events.rooms(event.id());
		List<BlockOption> blocks = events.timeBlocks(event.id())
			.stream()
			.map(block -> new BlockOption(block,
					DAY.format(block.startsAt().atZone(zone)) + ", " + block.label() + " "
							+ span(block.startsAt(), block.endsAt(), zone),
					span(block.startsAt(), block.endsAt(), zone)))
			.toList();
		List<Microconference> mcs = microconferences.published(event.id());
		Map<Long, Microconference> mcById = mcs.stream()
			.collect(Collectors.toMap(Microconference::id, Function.identity()));
		Map<Long, Room> roomById = rooms.stream().collect(Collectors.toMap(Room::id, Function.identity()));
		List<TrackOption> tracks = calls.plainTracks(event.id())
			.values()
			.stream()
			.map(call -> new TrackOption(call.plainTrackId(), call.name()))
			.toList();
		Map<Long, String> trackNames = tracks.stream().collect(Collectors.toMap(TrackOption::id, TrackOption::name));
		List<PlaceableTopic> placeable = topics.ofEvent(event.id());
		Set<Long> placed = new HashSet<>();
		draft.sessions().forEach(session -> session.talks().forEach(talk -> placed.add(talk.topicId())));
		SessionCards sessionCards = new SessionCards(zone, blocks, mcById, trackNames, roomById, placeable, placed,
				topicId -> topicConflicts.conflicted(topicId, accountId));
		List<SessionCard> cards = draft.sessions()
			.stream()
			.filter(session -> onlyMc == null || onlyMc.equals(session.microconferenceId()))
			.map(sessionCards::of)
			.toList();
		Set<Long> mcsPlaced = draft.sessions()
			.stream()
			.filter(session -> session.microconferenceId() != null)
			.map(TimetableSession::microconferenceId)
			.collect(Collectors.toSet());
		return new DraftGrid(event, draft.version(), rooms, blocks, days(blocks, rooms, cards, zone), cards,
				mcs.stream().filter(mc -> !mcsPlaced.contains(mc.id())).toList(), mcs, tracks,
				ConflictLine.of(onlyMc == null ? editor.conflicts(event) : editor.conflicts(event, onlyMc),
						new HashSet<>(introduced)),
				tentative.decidableBy(accountId, event, onlyMc));
	}

	private static List<Day> days(List<BlockOption> blocks, List<Room> rooms, List<SessionCard> cards, ZoneId zone) {
		Map<LocalDate, List<BlockOption>> byDay = new LinkedHashMap<>();
		blocks.forEach(block -> byDay
			.computeIfAbsent(block.block().startsAt().atZone(zone).toLocalDate(), day -> new ArrayList<>())
			.add(block));
		List<Day> days = new ArrayList<>();
		byDay.forEach((date, dayBlocks) -> {
			List<Row> rows = dayBlocks.stream().map(block -> row(block, rooms, cards)).toList();
			List<SessionCard> otherBreaks = cards.stream()
				.filter(card -> card.blockId() == null && card.isBreak())
				.filter(card -> card.day().equals(date))
				.toList();
			days.add(new Day(DAY.format(date), rows, otherBreaks));
		});
		return days;
	}

	private static Row row(BlockOption block, List<Room> rooms, List<SessionCard> cards) {
		long blockId = block.block().id();
		List<SessionCard> everyRoom = cards.stream()
			.filter(card -> card.roomId() == null && Long.valueOf(blockId).equals(card.blockId()))
			.toList();
		List<Cell> cells = rooms.stream()
			.map(room -> new Cell(room, blockId,
					cards.stream()
						.filter(card -> Long.valueOf(blockId).equals(card.blockId())
								&& Long.valueOf(room.id()).equals(card.roomId()))
						.toList()))
			.toList();
		return new Row(block, everyRoom, cells);
	}

	private static String span(Instant from, Instant to, ZoneId zone) {
		return TIME.format(from.atZone(zone)) + "–" + TIME.format(to.atZone(zone));
	}

}
