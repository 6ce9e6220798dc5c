package org.plumbline.schedule.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.SessionKind;
import org.plumbline.schedule.TimetableSession;
import org.plumbline.schedule.TimetableTalk;
import org.plumbline.schedule.web.DraftGrid.BlockOption;
import org.plumbline.schedule.web.DraftGrid.SessionCard;
import org.plumbline.schedule.web.DraftGrid.TalkLine;
import org.plumbline.schedule.web.DraftGrid.TopicChoice;

/**
 * The draft's sessions as one viewer's grid shows them, in the event's time zone: each
 * with its talks, the topics of its MC or track still to place, and the starts a talk may
 * be dropped on.
 * <p>
 * A recorded acceptance is a pending decision, which nobody conflicted with the topic
 * (DOMAIN.md, L8) may learn before it is announced: to such a viewer its talk reads
 * "tentative" like any other undecided one.
 */
final class SessionCards {

	static final String TENTATIVE = "tentative";

	static final String ACCEPTANCE_RECORDED = "tentative: acceptance recorded, not announced";

	private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final ZoneId zone;

	private final List<BlockOption> blocks;

	private final Map<Long, Microconference> mcs;

	private final Map<Long, String> tracks;

	private final Map<Long, Room> rooms;

	private final List<PlaceableTopic> placeable;

	private final Map<Long, PlaceableTopic> topicById;

	private final Set<Long> placed;

	private final LongPredicate viewerConflictedWith;

	/**
	 * @param placed the topics placed anywhere in the draft
	 * @param viewerConflictedWith whether the viewer is conflicted with a topic, by its
	 * id
	 */
	SessionCards(ZoneId zone, List<BlockOption> blocks, Map<Long, Microconference> mcs, Map<Long, String> tracks,
			Map<Long, Room> rooms, List<PlaceableTopic> placeable, Set<Long> placed,
			LongPredicate viewerConflictedWith) {
		this.zone = zone;
		this.blocks = blocks;
		this.mcs = mcs;
		this.tracks = tracks;
		this.rooms = rooms;
		this.placeable = placeable;
		this.topicById = placeable.stream().collect(Collectors.toMap(PlaceableTopic::id, Function.identity()));
		this.placed = placed;
		this.viewerConflictedWith = viewerConflictedWith;
	}

	SessionCard of(TimetableSession session) {
		TimeBlock block = blocks.stream()
			.map(BlockOption::block)
			.filter(candidate -> !session.startsAt().isBefore(candidate.startsAt())
					&& !session.endsAt().isAfter(candidate.endsAt()))
			.findFirst()
			.orElse(null);
		String title = switch (session.kind()) {
			case MICROCONFERENCE -> mcs.containsKey(session.microconferenceId())
					? mcs.get(session.microconferenceId()).title() : "An MC no longer accepted";
			case TRACK -> tracks.get(session.plainTrackId());
			case BREAK -> session.title();
		};
		List<TalkLine> talks = session.talks()
			.stream()
			.filter(talk -> topicById.containsKey(talk.topicId()))
			.map(talk -> talk(talk, topicById.get(talk.topicId())))
			.toList();
		Room room = session.roomId() == null ? null : rooms.get(session.roomId());
		return new SessionCard(session.id(), session.kind(), title, session.microconferenceId(), session.plainTrackId(),
				session.roomId(), room == null ? "Every room" : room.name(),
				session.startsAt().atZone(zone).toLocalDate(),
				WEEKDAY.format(session.startsAt().atZone(zone)) + " " + span(session.startsAt(), session.endsAt()),
				block == null ? null : block.id(),
				block == null ? null : BlockPart.of(block, session.startsAt(), session.endsAt()), session.pinned(),
				talks, choices(session), session.kind() == SessionKind.BREAK ? List.of() : starts(session, block));
	}

	private List<TopicChoice> choices(TimetableSession session) {
		if (session.kind() == SessionKind.BREAK) {
			return List.of();
		}
		return placeable.stream()
			.filter(topic -> session.kind() == SessionKind.MICROCONFERENCE
					? session.microconferenceId().equals(topic.microconferenceId())
					: session.plainTrackId().equals(topic.plainTrackId()))
			.filter(topic -> !placed.contains(topic.id()))
			.map(topic -> new TopicChoice(topic.id(),
					topic.title() + " (" + topic.durationMinutes() + " min, " + topic.state().inWords().toLowerCase()
							+ (topic.decidedIn() ? "" : ": placed as tentative") + ")"))
			.toList();
	}

	/**
	 * Where a talk may be dropped: the session's start, the end of its block's break and
	 * the end of each talk, inside the session; the server checks the talk fits there.
	 */
	private List<String> starts(TimetableSession session, TimeBlock block) {
		SortedSet<Instant> starts = new TreeSet<>();
		starts.add(session.startsAt());
		if (block != null && block.breakEndsAt() != null) {
			starts.add(block.breakEndsAt());
		}
		session.talks().forEach(talk -> starts.add(talk.endsAt()));
		return starts.stream()
			.filter(start -> !start.isBefore(session.startsAt()) && start.isBefore(session.endsAt()))
			.map(start -> TIME.format(start.atZone(zone)))
			.toList();
	}

	private TalkLine talk(TimetableTalk talk, PlaceableTopic topic) {
		return new TalkLine(talk.id(), topic.id(), topic.title(), TIME.format(talk.startsAt().atZone(zone)),
				span(talk.startsAt(), talk.endsAt()), talk.minutes(), tentative(topic));
	}

	private String tentative(PlaceableTopic topic) {
		if (topic.decidedIn()) {
			return null;
		}
		boolean acceptanceRecorded = topic.pendingState() == TopicState.ACCEPTED;
		return acceptanceRecorded && !viewerConflictedWith.test(topic.id()) ? ACCEPTANCE_RECORDED : TENTATIVE;
	}

	private String span(Instant from, Instant to) {
		return TIME.format(from.atZone(zone)) + "–" + TIME.format(to.atZone(zone));
	}

}
