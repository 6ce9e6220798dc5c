package org.plumbline.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.ScheduleResolver;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releasing the draft as a numbered version that never changes (DOMAIN.md L10): the
 * release keeps which talks are in it and each one's room, start and length, stores its
 * changelog against the version before, and is refused while the draft has a hard
 * conflict.
 */
@Service
public class TimetableReleases {

	static final int MAX_CHANGE_NOTE = 2000;

	private final TimetableRepository timetables;

	private final ScheduleResolver resolver;

	private final StoredSessions storedSessions;

	private final PlaceableTopics topics;

	private final AuditLog audit;

	private final Clock clock;

	TimetableReleases(TimetableRepository timetables, ScheduleResolver resolver, StoredSessions storedSessions,
			PlaceableTopics topics, AuditLog audit, Clock clock) {
		this.timetables = timetables;
		this.resolver = resolver;
		this.storedSessions = storedSessions;
		this.topics = topics;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Releases the event's draft as its next version.
	 * @param actorAccountId the organiser releasing it, or {@code null} for the importer
	 * @param systemActor who released it when no account did, else {@code null}
	 * @throws TimetableRefusedException if the note is too long or the draft has a hard
	 * conflict
	 */
	@Transactional
	public TimetableRelease release(Event event, Long actorAccountId, String systemActor, String changeNote) {
		return release(event, actorAccountId, systemActor, changeNote, null, null);
	}

	/**
	 * Releases the event's draft as a version released before elsewhere, with the number
	 * and instant it had there (an event data file's); the versions before it need not
	 * exist here.
	 * @param systemActor who releases it (the importer)
	 * @throws TimetableRefusedException if the note is too long, the draft has a hard
	 * conflict, or the event has a version with this number or a later one
	 */
	@Transactional
	public TimetableRelease releaseAs(Event event, String systemActor, String changeNote, int number,
			Instant releasedAt) {
		return release(event, null, systemActor, changeNote, number, releasedAt);
	}

	/**
	 * @param asNumber the version's number, or {@code null} for the next one
	 * @param releasedAt when it was released, or {@code null} for now
	 */
	private TimetableRelease release(Event event, Long actorAccountId, String systemActor, String changeNote,
			Integer asNumber, Instant releasedAt) {
		String note = changeNote == null ? "" : changeNote.strip();
		if (note.length() > MAX_CHANGE_NOTE) {
			throw new TimetableRefusedException("The change note is longer than " + MAX_CHANGE_NOTE + " characters.");
		}
		long draftId = timetables.lockDraft(event.id());
		Timetable draft = timetables.find(draftId).orElseThrow();
		List<Conflict> hard = ConflictChecker.check(EventDays.of(event), storedSessions.of(draft))
			.stream()
			.filter(conflict -> conflict.level() == ConflictLevel.HARD)
			.toList();
		if (!hard.isEmpty()) {
			throw new TimetableRefusedException("The draft has " + hard.size() + " hard conflict"
					+ (hard.size() == 1 ? "" : "s") + " to resolve before it can be released: "
					+ hard.stream().map(Conflict::words).collect(Collectors.joining("; ")) + ".");
		}
		Map<Long, PlaceableTopic> placeable = topics.ofEvent(event.id())
			.stream()
			.collect(Collectors.toMap(PlaceableTopic::id, Function.identity()));
		boolean acceptedToo = timetables.releasesAcceptedTalks(event.id());
		List<String> leftOut = new ArrayList<>();
		List<TimetableSession> released = draft.sessions()
			.stream()
			.map(session -> withReleasableTalks(session, placeable, acceptedToo, leftOut))
			.toList();
		ReleasedSchedule previous = timetables.latestReleasedId(event.id())
			.flatMap(timetables::find)
			.map(version -> resolver.resolve(event, version))
			.orElse(null);
		int nextNumber = timetables.nextReleaseNumber(event.id());
		if (asNumber != null && asNumber < nextNumber) {
			throw new TimetableRefusedException(
					"Version " + asNumber + " is not after the event's latest version, " + (nextNumber - 1) + ".");
		}
		int number = asNumber == null ? nextNumber : asNumber;
		long releaseId = timetables.insertRelease(event.id(), number, note.isEmpty() ? null : note,
				releasedAt == null ? clock.instant() : releasedAt, actorAccountId, released);
		ReleasedSchedule next = resolver.resolve(event, timetables.find(releaseId).orElseThrow());
		List<TimetableChange> changes = Changelog.between(previous, next);
		for (int position = 0; position < changes.size(); position++) {
			timetables.insertChange(releaseId, position, changes.get(position));
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("number", number);
		after.put("changeNote", note);
		after.put("changes", changes.size());
		after.put("leftOut", leftOut);
		audit.record(new AuditEntry(event.id(), actorAccountId, actorAccountId == null ? systemActor : null,
				"timetable", Integer.toString(number), "released", null, after, null));
		return new TimetableRelease(number, changes, leftOut);
	}

	/**
	 * The changelog stored with a released version, or empty if there is no such version.
	 */
	@Transactional(readOnly = true)
	public List<TimetableChange> changes(Event event, int number) {
		return timetables.releasedId(event.id(), number).map(timetables::changes).orElse(List.of());
	}

	/** The event's released versions, newest first, without their sessions. */
	@Transactional(readOnly = true)
	public List<Timetable> releases(Event event) {
		return timetables.releases(event.id());
	}

	private static TimetableSession withReleasableTalks(TimetableSession session, Map<Long, PlaceableTopic> placeable,
			boolean acceptedToo, List<String> leftOut) {
		List<TimetableTalk> kept = new ArrayList<>();
		for (TimetableTalk talk : session.talks()) {
			PlaceableTopic topic = placeable.get(talk.topicId());
			if (topic == null) {
				continue;
			}
			if (talk.tentative() || !topic.decidedIn()) {
				leftOut.add("Tentative: " + topic.title());
			}
			else if (topic.state() == TopicState.ACCEPTED && !acceptedToo) {
				leftOut.add("Not confirmed by its speaker yet: " + topic.title());
			}
			else {
				kept.add(talk);
			}
		}
		return new TimetableSession(session.id(), session.guid(), session.exportNumber(), session.kind(),
				session.microconferenceId(), session.plainTrackId(), session.title(), session.roomId(),
				session.startsAt(), session.endsAt(), session.version(), kept);
	}

}
