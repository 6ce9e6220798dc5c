package org.plumbline.schedule.solver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded engine problems for the benchmark, shaped like a conference: tracks with chairs
 * and key attendees, talks of one to three slots whose presenters also appear in other
 * tracks, two blocks a day in every room, sparse penalty tables, some wanted positions
 * and some remote presenters. The same preset and seed always give the same problem.
 */
final class ProblemGenerator {

	/** The sizes the benchmark runs; about twice the talks' slots fit in the rooms. */
	enum Preset {

		SMALL(35, 6, 3, 8, 5, 60), MEDIUM(200, 20, 8, 12, 6, 260), LARGE(1100, 80, 20, 24, 7, 1200);

		private final int talks;

		private final int tracks;

		private final int rooms;

		private final int blocks;

		private final int slotsPerBlock;

		private final int people;

		Preset(int talks, int tracks, int rooms, int blocks, int slotsPerBlock, int people) {
			this.talks = talks;
			this.tracks = tracks;
			this.rooms = rooms;
			this.blocks = blocks;
			this.slotsPerBlock = slotsPerBlock;
			this.people = people;
		}

		int talks() {
			return talks;
		}

	}

	private static final int SLOT_MINUTES = 30;

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 14);

	private static final List<ZoneId> REMOTE_ZONES = List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Tokyo"),
			ZoneId.of("Australia/Sydney"));

	private final Preset preset;

	private final Random random;

	private ProblemGenerator(Preset preset, long seed) {
		this.preset = preset;
		this.random = new Random(seed);
	}

	static SchedulingProblem generate(Preset preset, long seed) {
		return new ProblemGenerator(preset, seed).problem();
	}

	private SchedulingProblem problem() {
		List<Block> blocks = blocks();
		List<Room> rooms = new ArrayList<>();
		for (int room = 0; room < preset.rooms; room++) {
			rooms.add(new Room("r" + room, 40 + 40L * random.nextInt(5)));
		}
		List<Track> tracks = new ArrayList<>();
		for (int track = 0; track < preset.tracks; track++) {
			tracks.add(new Track("t" + track, people(1 + random.nextInt(2)), people(random.nextInt(3)), List.of()));
		}
		List<Talk> talks = new ArrayList<>();
		int[] talksPerTrack = new int[preset.tracks];
		for (int talk = 0; talk < preset.talks; talk++) {
			int track = random.nextInt(preset.tracks);
			talksPerTrack[track]++;
			Integer wanted = random.nextInt(4) == 0 ? talksPerTrack[track] : null;
			PresenterHours remote = random.nextInt(10) == 0 ? remoteHours() : null;
			talks.add(new Talk("k" + talk, "t" + track, 1 + random.nextInt(3), wanted, people(1 + random.nextInt(2)),
					people(random.nextInt(4)), 20 + random.nextInt(200), remote, null));
		}
		return new SchedulingProblem(blocks, rooms, tracks, talks, penalties(blocks, rooms, tracks, talks), null);
	}

	private List<Block> blocks() {
		List<Block> blocks = new ArrayList<>();
		for (int order = 0; order < preset.blocks; order++) {
			LocalDate date = FIRST_DAY.plusDays(order / 2);
			Instant start = date.atTime(order % 2 == 0 ? 9 : 14, 0).toInstant(ZoneOffset.UTC);
			Instant end = start.plusSeconds(60L * SLOT_MINUTES * preset.slotsPerBlock);
			blocks.add(new Block("b" + order, order, date, start, end, preset.slotsPerBlock, SLOT_MINUTES));
		}
		return blocks;
	}

	private PresenterHours remoteHours() {
		ZoneId zone = REMOTE_ZONES.get(random.nextInt(REMOTE_ZONES.size()));
		return new PresenterHours(zone, new LocalHours(LocalTime.of(9, 0), LocalTime.of(18, 0)),
				new LocalHours(LocalTime.of(7, 0), LocalTime.of(23, 0)));
	}

	private PenaltyTables penalties(List<Block> blocks, List<Room> rooms, List<Track> tracks, List<Talk> talks) {
		List<TablePenalty> trackBlocks = new ArrayList<>();
		List<TablePenalty> trackRooms = new ArrayList<>();
		List<Similarity> similarities = new ArrayList<>();
		for (int index = 0; index < tracks.size(); index++) {
			Track track = tracks.get(index);
			trackBlocks.add(new TablePenalty(track.id(), pick(blocks).id(), 1 + random.nextInt(5)));
			trackRooms.add(new TablePenalty(track.id(), pick(rooms).id(), 1 + random.nextInt(5)));
			// one similarity to a later track each, so no pair is listed twice
			if (index + 1 < tracks.size()) {
				Track later = tracks.get(index + 1 + random.nextInt(tracks.size() - index - 1));
				similarities.add(new Similarity(track.id(), later.id(), 1 + random.nextInt(10)));
			}
		}
		List<TablePenalty> roomBlocks = new ArrayList<>();
		for (Room room : rooms) {
			if (random.nextInt(3) == 0) {
				roomBlocks.add(new TablePenalty(room.id(), pick(blocks).id(), 1));
			}
		}
		List<TablePenalty> talkBlocks = new ArrayList<>();
		List<TablePenalty> talkRooms = new ArrayList<>();
		for (Talk talk : talks) {
			if (random.nextInt(5) == 0) {
				talkBlocks.add(new TablePenalty(talk.id(), pick(blocks).id(), 1 + random.nextInt(3)));
			}
			if (random.nextInt(8) == 0) {
				talkRooms.add(new TablePenalty(talk.id(), pick(rooms).id(), 1 + random.nextInt(3)));
			}
		}
		return new PenaltyTables(trackBlocks, trackRooms, roomBlocks, unavailablePeople(blocks, tracks, talks),
				talkBlocks, talkRooms, similarities, 2, 20);
	}

	/**
	 * One in ten of the people the talks need is away for one block, half of them for its
	 * first slot only. Drawn last, so the other tables stay as they were before people
	 * could be away.
	 */
	private List<PersonBlock> unavailablePeople(List<Block> blocks, List<Track> tracks, List<Talk> talks) {
		Set<String> needed = new LinkedHashSet<>();
		tracks.forEach(track -> {
			needed.addAll(track.chairs());
			needed.addAll(track.keyAttendees());
		});
		talks.forEach(talk -> needed.addAll(talk.presenters()));
		List<PersonBlock> away = new ArrayList<>();
		for (String person : needed) {
			if (random.nextInt(10) == 0) {
				String block = pick(blocks).id();
				away.add(random.nextBoolean() ? new PersonBlock(person, block)
						: new PersonBlock(person, block, List.of(0)));
			}
		}
		return away;
	}

	private List<String> people(int count) {
		List<String> people = new ArrayList<>();
		while (people.size() < count) {
			String person = "p" + random.nextInt(preset.people);
			if (!people.contains(person)) {
				people.add(person);
			}
		}
		return people;
	}

	private <T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}
