package org.plumbline.generator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.Topic;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.material.Recordings;
import org.plumbline.microconference.Microconference;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.schedule.GeneratedInterest;
import org.plumbline.schedule.McToPlace;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SessionKind;
import org.plumbline.schedule.TimetableReleases;
import org.plumbline.schedule.TalkToPlace;
import org.springframework.stereotype.Component;

/**
 * The sample event's interest marks, and its timetable placed and released as an
 * organiser would: each MC in the least busy block where none of its people (leads, key
 * attendees, speakers of its talks) is busy elsewhere, so the release has no hard
 * conflict and every day has its sessions; in each block the MCs with the most interest
 * get the biggest rooms; each session's talks in order from its start, around its break.
 * A session that has ended by then has its recording.
 */
@Component
class SampleTimetable {

	static final String CHANGE_NOTE = "The first timetable of the sample event.";

	private final EventCatalog events;

	private final DraftTimetables drafts;

	private final DraftEditor editor;

	private final TimetableReleases releases;

	private final PublishedSchedule published;

	private final GeneratedInterest generatedInterest;

	private final Recordings recordings;

	private final Clock clock;

	SampleTimetable(EventCatalog events, DraftTimetables drafts, DraftEditor editor, TimetableReleases releases,
			PublishedSchedule published, GeneratedInterest generatedInterest, Recordings recordings, Clock clock) {
		this.events = events;
		this.drafts = drafts;
		this.editor = editor;
		this.releases = releases;
		this.published = published;
		this.generatedInterest = generatedInterest;
		this.recordings = recordings;
		this.clock = clock;
	}

	/**
	 * One MC to place.
	 *
	 * @param people the persons who must not be in two places at once
	 * @param interest how many marked it as interesting
	 * @param talks its confirmed topics, in the order they run
	 */
	private record PlacedMc(long microconferenceId, Set<Long> people, int interest, List<Topic> talks) {
	}

	/**
	 * Marks the people's interest, places the MCs, releases the draft as version 1 and
	 * gives each session with talks that has ended its recording.
	 * @param confirmed each decided MC's confirmed topics, in the order they run
	 * @return the released version
	 */
	ReleasedSchedule build(Event event, SignedInAccount organiser, List<Microconference> mcs,
			Map<Long, List<Topic>> confirmed, List<SignedInAccount> people, int interestPerPerson,
			RandomGenerator random) {
		Map<Long, Integer> interest = markInterest(event, mcs, people, interestPerPerson, random);
		List<PlacedMc> toPlace = new ArrayList<>();
		for (Microconference mc : mcs) {
			Set<Long> busy = new HashSet<>();
			mc.leads().forEach(lead -> busy.add(lead.personId()));
			mc.keyAttendees().forEach(attendee -> busy.add(attendee.personId()));
			List<Topic> talks = confirmed.getOrDefault(mc.id(), List.of());
			talks.forEach(talk -> talk.speakers().forEach(speaker -> busy.add(speaker.personId())));
			toPlace.add(new PlacedMc(mc.id(), busy, interest.getOrDefault(mc.id(), 0), talks));
		}
		ReleasedSchedule released = placeAndRelease(event, organiser, toPlace);
		Instant now = clock.instant();
		released.sessions()
			.stream()
			.filter(session -> session.kind() == SessionKind.MICROCONFERENCE && !session.talks().isEmpty())
			.filter(session -> !session.endsAt().isAfter(now))
			.forEach(session -> record(event, organiser, session));
		return released;
	}

	/**
	 * Each person marks some MCs as interesting, the earlier MCs more often, so that some
	 * draw a crowd and the shared audiences differ.
	 * @return how many marked each MC
	 */
	private Map<Long, Integer> markInterest(Event event, List<Microconference> mcs, List<SignedInAccount> people,
			int interestPerPerson, RandomGenerator random) {
		Map<Long, Integer> interest = new HashMap<>();
		List<Map.Entry<Long, Long>> accountAndMc = new ArrayList<>();
		for (SignedInAccount person : people) {
			int marks = 1 + random.nextInt(2 * interestPerPerson - 1);
			Set<Long> marked = new HashSet<>();
			for (int i = 0; i < marks; i++) {
				double skewed = random.nextDouble() * random.nextDouble();
				marked.add(mcs.get((int) (skewed * mcs.size())).id());
			}
			for (long mc : marked) {
				interest.merge(mc, 1, Integer::sum);
				accountAndMc.add(Map.entry(person.id(), mc));
			}
		}
		generatedInterest.markMicroconferences(event.id(), accountAndMc);
		return interest;
	}

	/**
	 * Gives the session a recording, with each talk's start in it as the leads would read
	 * it off the video: the talk's start in the timetable.
	 */
	private void record(Event event, SignedInAccount organiser, ScheduledSession session) {
		Map<Long, String> offsets = new HashMap<>();
		session.talks()
			.forEach(talk -> offsets.put(talk.topicId(),
					Long.toString(Duration.between(session.startsAt(), talk.startsAt()).toSeconds())));
		recordings.save(event, organiser.id(), session.trackSlug(), session.guid(), 0,
				"https://video.example.org/" + event.slug() + "/" + session.trackSlug() + ".mp4", offsets);
	}

	/**
	 * Places the MCs that fit (one whose people are busy in every block stays unplaced,
	 * as the organisers' grid would show it) and releases the draft as version 1.
	 */
	private ReleasedSchedule placeAndRelease(Event event, SignedInAccount organiser, List<PlacedMc> mcs) {
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
		List<McToPlace> sessions = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			List<PlacedMc> inBlock = new ArrayList<>(byBlock.get(b));
			inBlock.sort(Comparator.comparingInt(PlacedMc::interest).reversed());
			for (int r = 0; r < inBlock.size(); r++) {
				sessions.add(new McToPlace(inBlock.get(r).microconferenceId(), rooms.get(r).id(), blocks.get(b).id(),
						BlockPart.WHOLE));
			}
		}
		if (!sessions.isEmpty()) {
			editor.placeMcs(organiser.id(), event, drafts.draft(event.id()).version(), sessions);
		}
		Map<Long, Long> sessionOfMc = new HashMap<>();
		drafts.draft(event.id())
			.sessions()
			.stream()
			.filter(session -> session.microconferenceId() != null)
			.forEach(session -> sessionOfMc.put(session.microconferenceId(), session.id()));
		List<TalkToPlace> talks = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			for (PlacedMc mc : byBlock.get(b)) {
				talks.addAll(talksOf(event, blocks.get(b), mc, sessionOfMc.get(mc.microconferenceId())));
			}
		}
		if (!talks.isEmpty()) {
			editor.placeTalks(organiser.id(), event, drafts.draft(event.id()).version(), talks);
		}
		releases.release(event, organiser.id(), null, CHANGE_NOTE);
		return published.latest(event).orElseThrow();
	}

	/**
	 * The MC's talks one after the other from its block's start, past the break, as many
	 * as fit before the block's end.
	 */
	private static List<TalkToPlace> talksOf(Event event, TimeBlock block, PlacedMc mc, long sessionId) {
		List<TalkToPlace> placed = new ArrayList<>();
		Instant start = block.startsAt();
		for (Topic talk : mc.talks()) {
			Duration length = Duration.ofMinutes(talk.durationMinutes());
			if (start.plus(length).isAfter(block.breakStartsAt()) && start.isBefore(block.breakEndsAt())) {
				start = block.breakEndsAt();
			}
			if (start.plus(length).isAfter(block.endsAt())) {
				break;
			}
			placed.add(new TalkToPlace(sessionId, talk.id(), LocalTime.ofInstant(start, event.timeZone())));
			start = start.plus(length);
		}
		return placed;
	}

	private static boolean shareAnyone(PlacedMc one, PlacedMc other) {
		Set<Long> shared = new HashSet<>(one.people());
		shared.retainAll(other.people());
		return !shared.isEmpty();
	}

}
