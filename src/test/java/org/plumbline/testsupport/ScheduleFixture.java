package org.plumbline.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.TimetableRelease;
import org.plumbline.schedule.TimetableReleases;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event to build timetables in, created once per database: "sched_conf" in
 * Europe/Berlin from Fri Oct 29 to Mon Nov 1, 2027 (summer time ends on Sunday the 31st
 * at 03:00), with Hall A (100 seats) and Hall B (40), a morning (10:00–13:30, break
 * 11:30–12:00) and an afternoon (15:00–18:30, break 16:30–17:00) each day, and two
 * accepted MCs: "kernel" led by Lena Lead and "tools" led by Tom Lead, both with Kim Key
 * as a key attendee. {@link #clear} empties its timetables and topics between tests.
 */
public final class ScheduleFixture {

	public static final String EVENT = "sched_conf";

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	public static final LocalDate FIRST_DAY = LocalDate.of(2027, 10, 29);

	private final JdbcClient jdbc;

	private final EventCatalog events;

	private final Microconferences microconferences;

	private static final String ACTOR = "test fixture";

	private final DraftEditor drafts;

	private final TimetableReleases releases;

	private final Event event;

	/**
	 * The fixture over the application's own beans, creating the event if it is missing.
	 */
	public ScheduleFixture(ApplicationContext context) {
		this(context.getBean(JdbcClient.class), context.getBean(EventCatalog.class), context.getBean(EventSetup.class),
				context.getBean(Microconferences.class), context.getBean(PersonDirectory.class),
				context.getBean(DraftEditor.class), context.getBean(TimetableReleases.class));
	}

	private ScheduleFixture(JdbcClient jdbc, EventCatalog events, EventSetup setup, Microconferences microconferences,
			PersonDirectory people, DraftEditor drafts, TimetableReleases releases) {
		this.jdbc = jdbc;
		this.events = events;
		this.microconferences = microconferences;
		this.drafts = drafts;
		this.releases = releases;
		this.event = events.findBySlug(EVENT).orElseGet(() -> create(setup, microconferences, people));
	}

	public Event event() {
		return event;
	}

	/**
	 * Deletes the event's timetables, export numbers, topics, interest marks, declared
	 * unavailability, conflict policies, release setting, the scheduler's weights, the
	 * MCs' preferred times and the sessions' recordings.
	 */
	public void clear() {
		for (String table : List.of("schedule_rule_policy", "schedule_setting", "unavailability", "interest_mark",
				"interest_pair_count", "interest_count", "schedule_constraint_weight",
				"schedule_constraint_weight_version", "session_recording")) {
			jdbc.sql("DELETE FROM " + table + " WHERE event_id = ?").param(event.id()).update();
		}
		for (String table : List.of("microconference_time_preference", "microconference_time_preference_version")) {
			jdbc.sql("DELETE FROM " + table
					+ " WHERE microconference_id IN (SELECT id FROM microconference WHERE event_id = ?)")
				.param(event.id())
				.update();
		}
		jdbc.sql("DELETE FROM timetable WHERE event_id = ?").param(event.id()).update();
		jdbc.sql("DELETE FROM schedule_export_number WHERE event_id = ?").param(event.id()).update();
		jdbc.sql("DELETE FROM topic WHERE event_id = ?").param(event.id()).update();
	}

	public Microconference mc(String slug) {
		return microconferences.find(event.id(), slug).orElseThrow();
	}

	public Room room(String name) {
		return events.rooms(event.id()).stream().filter(room -> room.name().equals(name)).findFirst().orElseThrow();
	}

	/** The block that starts at a local date and time, such as "2027-10-29T10:00". */
	public TimeBlock block(String localStart) {
		Instant start = at(localStart);
		return events.timeBlocks(event.id())
			.stream()
			.filter(block -> block.startsAt().equals(start))
			.findFirst()
			.orElseThrow();
	}

	/** A local date and time in the event's zone, such as "2027-10-29T10:00". */
	public static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	/** Places an MC in a room for the whole block starting at a local time. */
	public long placeMc(String slug, String roomName, String blockStart) {
		return drafts.placeMcAs(ACTOR, event, mc(slug).id(), room(roomName).id(), block(blockStart).id(),
				BlockPart.WHOLE, UUID.randomUUID());
	}

	/**
	 * Places a session of a plain track in a room for the whole block starting at a local
	 * time.
	 */
	public long placeTrack(long plainTrackId, String roomName, String blockStart) {
		return drafts.placeTrackAs(ACTOR, event, plainTrackId, room(roomName).id(), block(blockStart).id(),
				BlockPart.WHOLE, UUID.randomUUID());
	}

	public long placeTalk(long sessionId, long topicId, String localStart) {
		return drafts.placeTalkAs(ACTOR, event, sessionId, topicId, at(localStart));
	}

	public TimetableRelease release(String note) {
		return releases.release(event, null, "test", note);
	}

	/**
	 * Releases a timetable in which these persons speak: a confirmed talk of the kernel
	 * MC at the start of the first morning, so that each has a public speaker page.
	 * @return the talk's topic id
	 */
	public long releaseTalkBy(long... speakerPersonIds) {
		long session = placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long talk = topic("kernel", "A released talk", TopicState.CONFIRMED, 30, speakerPersonIds);
		placeTalk(session, talk, "2027-10-29T10:00");
		release("A talk by each speaker");
		return talk;
	}

	/**
	 * A topic of an MC in a state (its first speaker submitted it a month before the
	 * event), with speakers as new persons under the given names.
	 */
	public long topic(String mcSlug, String title, TopicState state, int minutes, long... speakerPersonIds) {
		return insertTopic(mc(mcSlug).id(), null, title, state, minutes, speakerPersonIds);
	}

	/** The plain track with this slug, created under the given name if it is missing. */
	public long plainTrack(String slug, String name) {
		return jdbc.sql("SELECT id FROM plain_track WHERE event_id = ? AND slug = ?")
			.params(event.id(), slug)
			.query(Long.class)
			.optional()
			.orElseGet(() -> {
				jdbc.sql("INSERT INTO plain_track (event_id, slug, name, durations) VALUES (?, ?, ?, '30')")
					.params(event.id(), slug, name)
					.update();
				return plainTrack(slug, name);
			});
	}

	/** A topic of a plain track, as {@link #topic} makes one of an MC. */
	public long trackTopic(long plainTrackId, String title, TopicState state, int minutes, long... speakerPersonIds) {
		return insertTopic(null, plainTrackId, title, state, minutes, speakerPersonIds);
	}

	private long insertTopic(Long microconferenceId, Long plainTrackId, String title, TopicState state, int minutes,
			long... speakerPersonIds) {
		var at = FIRST_DAY.minusDays(30).atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		String key = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, plain_track_id, state, title, abstract,
				                   duration_minutes, submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, ?, ?, ?, 'About **it**.', ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), event.id(), microconferenceId, plainTrackId, state.name(), title, minutes, key,
					at, at, at.plusSeconds(jdbc.sql("SELECT COUNT(*) FROM topic").query(Long.class).single()))
			.update();
		long topicId = jdbc.sql("SELECT id FROM topic WHERE submission_key = ?").param(key).query(Long.class).single();
		for (int i = 0; i < speakerPersonIds.length; i++) {
			jdbc.sql("""
					INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written)
					SELECT ?, ?, id, display_name FROM person WHERE id = ?""")
				.params(topicId, i + 1, speakerPersonIds[i])
				.update();
		}
		return topicId;
	}

	private static Event create(EventSetup setup, Microconferences microconferences, PersonDirectory people) {
		List<NewTimeBlock> blocks = new ArrayList<>();
		for (int day = 0; day < 4; day++) {
			LocalDate date = FIRST_DAY.plusDays(day);
			blocks.add(new NewTimeBlock("Morning", date, LocalTime.of(10, 0), LocalTime.of(13, 30),
					LocalTime.of(11, 30), LocalTime.of(12, 0)));
			blocks.add(new NewTimeBlock("Afternoon", date, LocalTime.of(15, 0), LocalTime.of(18, 30),
					LocalTime.of(16, 30), LocalTime.of(17, 0)));
		}
		Event created = setup.create(new NewEvent(EVENT, "Schedule Conference 2027", FIRST_DAY, FIRST_DAY.plusDays(3),
				ZONE, "Messe Berlin", List.of(new NewRoom("Hall A", 100, null), new NewRoom("Hall B", 40, null)),
				blocks, List.of(), List.of()));
		long kim = people.create("Kim Key", List.of("Kim Key"), null).id();
		for (String[] mc : List.of(new String[] { "kernel", "Kernel MC", "Lena Lead" },
				new String[] { "tools", "Tools MC", "Tom Lead" })) {
			long lead = people.create(mc[2], List.of(mc[2]), null).id();
			microconferences.create(created.id(),
					new NewMicroconference(null, mc[0], mc[1], McStatus.ACCEPTED, "About " + mc[0] + ".", List.of(),
							List.of(new KeyAttendee(kim, "Kim Key", "maintainer")), "MC leads",
							List.of(new NamedPerson(lead, mc[2]))));
		}
		return created;
	}

}
