package org.plumbline.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.Topic;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.TimetableReleases;
import org.plumbline.schedule.TimetableSession;
import org.springframework.stereotype.Component;

/**
 * The sample event's timetable, placed and released as an organiser would: each MC in the
 * least busy block where none of its people (leads, key attendees, speakers of its talks)
 * is busy elsewhere, so the release has no hard conflict and every day has its sessions;
 * in each block the MCs with the most interest get the biggest rooms; each session's
 * talks in order from its start, around its break.
 */
@Component
class SampleTimetable {

	static final String CHANGE_NOTE = "The first timetable of the sample event.";

	private final EventCatalog events;

	private final DraftTimetables drafts;

	private final DraftEditor editor;

	private final TimetableReleases releases;

	private final PublishedSchedule published;

	SampleTimetable(EventCatalog events, DraftTimetables drafts, DraftEditor editor, TimetableReleases releases,
			PublishedSchedule published) {
		this.events = events;
		this.drafts = drafts;
		this.editor = editor;
		this.releases = releases;
		this.published = published;
	}

	/**
	 * One MC to place.
	 *
	 * @param people the persons who must not be in two places at once
	 * @param interest how many marked it as interesting
	 * @param talks its confirmed topics, in the order they run
	 */
	record PlacedMc(long microconferenceId, Set<Long> people, int interest, List<Topic> talks) {
	}

	/**
	 * Places the MCs that fit (one whose people are busy in every block stays unplaced,
	 * as the organisers' grid would show it) and releases the draft as version 1.
	 * @return the released version
	 */
	ReleasedSchedule build(Event event, SignedInAccount organiser, List<PlacedMc> mcs) {
		List<TimeBlock> blocks = events.timeBlocks(event.id());
		List<Room> rooms = events.rooms(event.id())
			.stream()
			.sorted(Comparator.comparingInt(Room::capacity).reversed())
			.toList();
		List<List<PlacedMc>> byBlock = new ArrayList<>();
		blocks.forEach(block -> byBlock.add(new ArrayList<>()));
		for (PlacedMc mc : mcs) {
			byBlock.stream()
				.filter(inBlock -> inBlock.size() < rooms.size())
				.filter(inBlock -> inBlock.stream().noneMatch(other -> shareAnyone(mc, other)))
				.min(Comparator.comparingInt(List::size))
				.ifPresent(inBlock -> inBlock.add(mc));
		}
		for (int b = 0; b < blocks.size(); b++) {
			List<PlacedMc> inBlock = new ArrayList<>(byBlock.get(b));
			inBlock.sort(Comparator.comparingInt(PlacedMc::interest).reversed());
			for (int r = 0; r < inBlock.size(); r++) {
				editor.placeMc(organiser.id(), event, drafts.draft(event.id()).version(),
						inBlock.get(r).microconferenceId(), rooms.get(r).id(), blocks.get(b).id(), BlockPart.WHOLE);
			}
		}
		for (int b = 0; b < blocks.size(); b++) {
			for (PlacedMc mc : byBlock.get(b)) {
				placeTalks(event, organiser, blocks.get(b), mc);
			}
		}
		releases.release(event, organiser.id(), null, CHANGE_NOTE);
		return published.latest(event).orElseThrow();
	}

	private void placeTalks(Event event, SignedInAccount organiser, TimeBlock block, PlacedMc mc) {
		long sessionId = drafts.draft(event.id())
			.sessions()
			.stream()
			.filter(session -> Long.valueOf(mc.microconferenceId()).equals(session.microconferenceId()))
			.map(TimetableSession::id)
			.findFirst()
			.orElseThrow();
		Instant start = block.startsAt();
		for (Topic talk : mc.talks()) {
			Duration length = Duration.ofMinutes(talk.durationMinutes());
			if (start.plus(length).isAfter(block.breakStartsAt()) && start.isBefore(block.breakEndsAt())) {
				start = block.breakEndsAt();
			}
			if (start.plus(length).isAfter(block.endsAt())) {
				return;
			}
			editor.placeTalk(organiser.id(), event, drafts.draft(event.id()).version(), null, sessionId, talk.id(),
					LocalTime.ofInstant(start, event.timeZone()));
			start = start.plus(length);
		}
	}

	private static boolean shareAnyone(PlacedMc one, PlacedMc other) {
		Set<Long> shared = new HashSet<>(one.people());
		shared.retainAll(other.people());
		return !shared.isEmpty();
	}

}
