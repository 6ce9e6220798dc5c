package org.plumbline.importer.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plumbline.cfp.ImportedTopics;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.EventSlugs;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.importer.EventFileProblem;
import org.plumbline.importer.ScheduleImportRefusedException;
import org.plumbline.importer.ScheduleImportReport;
import org.plumbline.importer.domain.ScheduleContent.ScheduleLink;
import org.plumbline.importer.domain.ScheduleContent.ScheduleTalk;
import org.plumbline.material.Recordings;
import org.plumbline.material.TalkMaterials;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.Conflict;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.ReleasePreview;
import org.plumbline.schedule.TalkToPlace;
import org.plumbline.schedule.TimetableReleases;
import org.springframework.stereotype.Component;

/**
 * Writes a read schedule as a new event through the event, people, cfp, material and
 * schedule facades, inside the caller's transaction. What a facade would refuse is
 * checked here first and reported as a skipped line instead: a refusal thrown inside the
 * transaction would roll back the whole import, and one broken talk must not.
 * <p>
 * The timetable: a c3voc file places talks at any time in any room, while our timetable
 * places sessions in time blocks. Each placed talk gets a time block of its own times
 * (shared by the talks of other rooms at the same times) and a session of its track in
 * its room for that block, so every talk keeps exactly its room, start and length. The
 * talks are placed after the sessions, in one change of the draft, whose conflicts are
 * then worked out once rather than after each talk.
 */
@Component
public class ScheduleImporter {

	/** How the audit log names what an import did. */
	public static final String ACTOR = TimetableImport.ACTOR;

	/** The track of the talks a file gives none. */
	static final String DEFAULT_TRACK = "General";

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private static final int MAX_NOTE_FILE_NAME = 200;

	private final EventCatalog catalog;

	private final EventSetup setup;

	private final PersonDirectory directory;

	private final PersonDuplicates duplicates;

	private final ImportedTopics topics;

	private final TalkMaterials materials;

	private final Recordings recordings;

	private final DraftEditor editor;

	private final TimetableReleases releases;

	ScheduleImporter(EventCatalog catalog, EventSetup setup, PersonDirectory directory, PersonDuplicates duplicates,
			ImportedTopics topics, TalkMaterials materials, Recordings recordings, DraftEditor editor,
			TimetableReleases releases) {
		this.catalog = catalog;
		this.setup = setup;
		this.directory = directory;
		this.duplicates = duplicates;
		this.topics = topics;
		this.materials = materials;
		this.recordings = recordings;
		this.editor = editor;
		this.releases = releases;
	}

	/**
	 * @throws ScheduleImportRefusedException if the slug is malformed, reserved or taken
	 */
	public void checkSlug(String slug) {
		String trimmed = slug == null ? "" : slug.strip();
		if (trimmed.isEmpty()) {
			throw new ScheduleImportRefusedException("give the new event's slug");
		}
		EventSlugs.problem(trimmed).ifPresent(problem -> {
			throw new ScheduleImportRefusedException("the slug \"" + trimmed + "\" " + problem);
		});
		if (catalog.findBySlug(trimmed).isPresent()) {
			throw new ScheduleImportRefusedException(
					"an event \"" + trimmed + "\" exists already; choose another slug");
		}
	}

	/** The id of the event an import created. */
	public long eventId(String slug) {
		return catalog.findBySlug(slug).orElseThrow().id();
	}

	public ScheduleImportReport write(ScheduleContent content, String slug, String fileName) {
		List<EventFileProblem> skipped = new ArrayList<>(content.skipped());
		Map<ScheduleTalk, Slot> slots = slots(content, skipped);
		List<NewTimeBlock> blocks = slots.values()
			.stream()
			.map(Slot::block)
			.distinct()
			.sorted((a, b) -> a.date().equals(b.date()) ? a.start().compareTo(b.start()) : a.date().compareTo(b.date()))
			.toList();
		Event event = setup
			.create(new NewEvent(slug.strip(), content.name(), content.startDate(), content.endDate(), content.zone(),
					content.venue(), content.rooms().stream().map(room -> new NewRoom(room, 0, null)).toList(), blocks,
					List.of(), List.of()));
		Map<String, Long> roomIds = catalog.rooms(event.id()).stream().collect(Collectors.toMap(Room::name, Room::id));
		Map<NewTimeBlock, Long> blockIds = blockIds(event);
		Map<String, Long> trackIds = new LinkedHashMap<>();
		People people = new People();
		Set<UUID> guids = new HashSet<>();
		int imported = 0;
		int links = 0;
		List<TalkToPlace> timetabled = new ArrayList<>();
		int recorded = 0;
		Map<String, List<Integer>> minutesByTrack = content.talks()
			.stream()
			.collect(Collectors.groupingBy(ScheduleImporter::trackOf,
					Collectors.mapping(ScheduleTalk::minutes, Collectors.toList())));
		for (ScheduleTalk talk : content.talks()) {
			String track = trackOf(talk);
			long trackId = trackIds.computeIfAbsent(track,
					name -> topics.createPlainTrack(event, ACTOR, name, minutesByTrack.get(name)));
			List<Speaker> speakers = people.speakers(talk, skipped);
			UUID guid = talk.guid() != null && guids.add(talk.guid()) && !topics.guidTaken(talk.guid()) ? talk.guid()
					: newGuid(guids);
			long topicId = topics.createConfirmed(event, ACTOR, trackId, guid, talk.title(), talk.abstractText(),
					talk.minutes(), speakers);
			imported++;
			Slot slot = slots.get(talk);
			ScheduleLink video = null;
			if (slot != null) {
				UUID sessionGuid = UUID.randomUUID();
				long sessionId = editor.placeTrackAs(ACTOR, event, trackId, roomIds.get(talk.room()),
						blockIds.get(slot.block()), BlockPart.WHOLE, sessionGuid);
				// exact: slots() left out every talk whose wall-clock times name two
				// instants
				timetabled
					.add(new TalkToPlace(sessionId, topicId, talk.startsAt().atZone(event.timeZone()).toLocalTime()));
				video = talk.links()
					.stream()
					.filter(link -> link.recording() && recordings.saveImported(event, ACTOR, sessionGuid, link.url()))
					.findFirst()
					.orElse(null);
				recorded += video == null ? 0 : 1;
			}
			links += links(event, talk, video, topicId, skipped);
		}
		duplicates.suggestDuplicatesAmong(people.created);
		if (!timetabled.isEmpty()) {
			editor.placeTalksAs(ACTOR, event, timetabled);
		}
		int placed = timetabled.size();
		ReleasePreview preview = placed == 0 ? null : releases.preview(event);
		String notReleasedBecause = preview == null || preview.blocking().isEmpty() ? null
				: "not released, since a release is refused while it has these conflicts; the draft holds every placed "
						+ "talk for an organiser to settle them and release: "
						+ preview.blocking().stream().map(Conflict::words).collect(Collectors.joining("; "));
		Integer version = placed == 0 || notReleasedBecause != null ? null : release(event, fileName);
		long days = ChronoUnit.DAYS.between(content.startDate(), content.endDate()) + 1;
		return new ScheduleImportReport(event.slug(), fileName, content.format(), (int) days, content.rooms().size(),
				trackIds.size(), imported, people.created.size(), links, recorded, placed, version, notReleasedBecause,
				content.warnings(), skipped, people.matched);
	}

	/**
	 * Where each talk goes in the timetable: a block of its own local times on its day,
	 * in its room. A talk without a room or a start, one that runs past midnight (a block
	 * ends on the day it starts) or one that overlaps a talk placed before it in the same
	 * room is left out of the timetable, and said so.
	 */
	private static Map<ScheduleTalk, Slot> slots(ScheduleContent content, List<EventFileProblem> skipped) {
		Map<ScheduleTalk, Slot> slots = new HashMap<>();
		Map<String, List<ScheduleTalk>> byRoom = new HashMap<>();
		for (ScheduleTalk talk : content.talks()) {
			String quoted = "talk \"" + talk.title() + "\"";
			if (talk.startsAt() == null) {
				continue;
			}
			if (talk.room() == null) {
				skipped.add(talk.problem(quoted + " not placed in the timetable: the file names no room for it"));
				continue;
			}
			ZonedDateTime start = talk.startsAt().atZone(content.zone());
			ZonedDateTime end = start.plusMinutes(talk.minutes());
			if (!end.toLocalDate().equals(start.toLocalDate())) {
				// A block's end is a time of its own day, so even 24:00 sharp is beyond
				// it.
				boolean atMidnight = end.toLocalTime().equals(LocalTime.MIDNIGHT)
						&& end.toLocalDate().equals(start.toLocalDate().plusDays(1));
				skipped.add(talk.problem(quoted + " not placed in the timetable: "
						+ (atMidnight ? "it ends at midnight (" + CLOCK.format(start) + "–24:00)"
								: "it runs past midnight (" + CLOCK.format(start) + "–" + CLOCK.format(end) + ")")
						+ ", and a time block ends before midnight on the day it starts"));
				continue;
			}
			LocalDate day = start.toLocalDate();
			if (!ZonedDateTime.of(day, start.toLocalTime(), content.zone()).equals(start)
					|| !ZonedDateTime.of(day, end.toLocalTime(), content.zone()).equals(end)) {
				skipped.add(talk.problem(quoted + " not placed in the timetable: it runs across a daylight-saving "
						+ "change of " + content.zone().getId() + ", where a wall-clock time names two instants"));
				continue;
			}
			List<ScheduleTalk> inRoom = byRoom.computeIfAbsent(talk.room(), room -> new ArrayList<>());
			Optional<ScheduleTalk> overlapping = inRoom.stream()
				.filter(other -> other.startsAt().isBefore(talk.startsAt().plusSeconds(talk.minutes() * 60L))
						&& talk.startsAt().isBefore(other.startsAt().plusSeconds(other.minutes() * 60L)))
				.findFirst();
			if (overlapping.isPresent()) {
				skipped.add(talk.problem(quoted + " not placed in the timetable: it overlaps \""
						+ overlapping.get().title() + "\" in " + talk.room()));
				continue;
			}
			inRoom.add(talk);
			LocalTime from = start.toLocalTime();
			LocalTime to = end.toLocalTime();
			slots.put(talk, new Slot(new NewTimeBlock(CLOCK.format(from) + "–" + CLOCK.format(to), start.toLocalDate(),
					from, to, null, null)));
		}
		return slots;
	}

	private Map<NewTimeBlock, Long> blockIds(Event event) {
		Map<NewTimeBlock, Long> ids = new HashMap<>();
		for (TimeBlock block : catalog.timeBlocks(event.id())) {
			ZonedDateTime start = block.startsAt().atZone(event.timeZone());
			ZonedDateTime end = block.endsAt().atZone(event.timeZone());
			ids.put(new NewTimeBlock(block.label(), start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), null,
					null), block.id());
		}
		return ids;
	}

	/**
	 * Stores the talk's links that the material rules take, but the one that became its
	 * session's recording; each refused one is a skipped line. A video link of a talk not
	 * placed (no session to hold a recording), or a second one, is a link material titled
	 * as a recording.
	 * @return how many were stored
	 */
	private int links(Event event, ScheduleTalk talk, ScheduleLink video, long topicId,
			List<EventFileProblem> skipped) {
		int stored = 0;
		Set<String> seen = new HashSet<>();
		if (video != null) {
			seen.add(video.url());
		}
		for (ScheduleLink link : talk.links()) {
			if (!seen.add(link.url())) {
				continue;
			}
			Optional<String> problem = link.url().length() > TalkMaterials.MAX_URL_LENGTH
					? Optional.of("an address has at most " + TalkMaterials.MAX_URL_LENGTH + " characters")
					: TalkMaterials.linkProblem(link.url());
			if (problem.isPresent()) {
				skipped.add(talk
					.problem("link " + link.url() + " of talk \"" + talk.title() + "\" left out: " + problem.get()));
				continue;
			}
			String title = link.recording() ? "Recording: " + link.title() : link.title();
			title = title.strip().isEmpty() ? link.url() : title.strip();
			if (title.length() > TalkMaterials.MAX_TITLE_LENGTH) {
				title = title.substring(0, TalkMaterials.MAX_TITLE_LENGTH);
			}
			materials.addLinkAs(ACTOR, event.id(), topicId, title, link.url());
			stored++;
		}
		return stored;
	}

	/** Releases the draft as the event's first version, its note naming the file. */
	private int release(Event event, String fileName) {
		String name = fileName.length() > MAX_NOTE_FILE_NAME ? fileName.substring(0, MAX_NOTE_FILE_NAME) : fileName;
		return releases.release(event, null, ACTOR, "Imported from " + name).number();
	}

	private static String trackOf(ScheduleTalk talk) {
		return talk.track() != null ? talk.track() : DEFAULT_TRACK;
	}

	private static UUID newGuid(Set<UUID> guids) {
		UUID guid = UUID.randomUUID();
		guids.add(guid);
		return guid;
	}

	private record Slot(NewTimeBlock block) {
	}

	/**
	 * The file's speakers as persons: a name whose identity key names exactly one stored
	 * person is that person (issue 14, point 5); a name no one stored has, or several
	 * have, is a new person, whose equal or close names become duplicate suggestions for
	 * an organiser. Within the file, one key is one person.
	 */
	private final class People {

		private final Map<String, Long> byIdentity = new HashMap<>();

		private final Map<Long, Set<String>> spellings = new HashMap<>();

		/**
		 * The persons made for speakers no stored person was, for one pass of
		 * suggestions.
		 */
		private final List<Long> created = new ArrayList<>();

		private final List<ScheduleImportReport.Match> matched = new ArrayList<>();

		List<Speaker> speakers(ScheduleTalk talk, List<EventFileProblem> skipped) {
			List<Speaker> speakers = new ArrayList<>();
			for (String name : talk.speakers()) {
				String identity = PersonIdentity.of(name, null);
				Long id = identity == null ? null : byIdentity.get(identity);
				if (id == null) {
					id = person(name, identity, talk, skipped);
					if (identity != null) {
						byIdentity.put(identity, id);
					}
				}
				else if (spellings.get(id).add(name)) {
					directory.rememberSpellings(id, List.of(name));
				}
				speakers.add(new Speaker(id, name));
			}
			return speakers;
		}

		private long person(String name, String identity, ScheduleTalk talk, List<EventFileProblem> skipped) {
			List<PersonSummary> stored = identity == null ? List.of()
					: directory.findByIdentityKey(identity.substring("key:".length()));
			long id;
			if (stored.size() == 1) {
				id = stored.getFirst().id();
				directory.rememberSpellings(id, List.of(name));
				matched.add(new ScheduleImportReport.Match(name, id, stored.getFirst().displayName()));
			}
			else {
				id = directory.create(name, List.of(name), null).id();
				created.add(id);
				if (stored.size() > 1) {
					skipped.add(talk.problem("speaker \"" + name + "\" not matched: " + stored.size()
							+ " stored persons have this name; a new person is made and suggested as a duplicate of "
							+ "each, for an organiser to merge"));
				}
			}
			spellings.computeIfAbsent(id, key -> new HashSet<>()).add(name);
			return id;
		}

	}

}
