package org.plumbline.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.DraftLock;
import org.plumbline.schedule.domain.ReleaseMail;
import org.plumbline.schedule.domain.ScheduleResolver;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releasing the draft as a numbered version that never changes (DOMAIN.md L10): the
 * release keeps which talks are in it and each one's room, start and length, stores its
 * changelog against the version before, and is refused while what it releases has a
 * conflict whose policy blocks a release (by default, every hard one): a talk it leaves
 * out (tentative, unconfirmed) holds nothing up. Speakers whose talk moved, changed in
 * length or was removed are mailed, one message each per release.
 */
@Service
public class TimetableReleases {

	static final int MAX_CHANGE_NOTE = 2000;

	private final TimetableRepository timetables;

	private final DraftLock lock;

	private final ScheduleResolver resolver;

	private final TimetableConflicts conflicts;

	private final PlaceableTopics topics;

	private final EditorRights rights;

	private final ReleaseMail mail;

	private final AuditLog audit;

	private final Clock clock;

	TimetableReleases(TimetableRepository timetables, DraftLock lock, ScheduleResolver resolver,
			TimetableConflicts conflicts, PlaceableTopics topics, EditorRights rights, ReleaseMail mail, AuditLog audit,
			Clock clock) {
		this.timetables = timetables;
		this.lock = lock;
		this.resolver = resolver;
		this.conflicts = conflicts;
		this.topics = topics;
		this.rights = rights;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Releases the event's draft as its next version.
	 * @param actorAccountId the organiser releasing it, or {@code null} for the importer
	 * @param systemActor who released it when no account did, else {@code null}
	 * @throws TimetableRefusedException if the note is too long or the sessions and talks
	 * it would release have a conflict whose policy blocks a release
	 */
	@Transactional
	public TimetableRelease release(Event event, Long actorAccountId, String systemActor, String changeNote) {
		String note = note(changeNote);
		return releaseLocked(event, timetables.lockDraft(event.id()), actorAccountId, systemActor, note, null, null);
	}

	/**
	 * Releases the event's draft as a version released before elsewhere, with the number
	 * and instant it had there (an event data file's); the versions before it need not
	 * exist here. Its speakers are not mailed: the file tells history, not news.
	 * @param systemActor who releases it (the importer)
	 * @throws TimetableRefusedException if the note is too long, the sessions and talks
	 * it would release have a conflict whose policy blocks a release, or the event has a
	 * version with this number or a later one
	 */
	@Transactional
	public TimetableRelease releaseAs(Event event, String systemActor, String changeNote, int number,
			Instant releasedAt) {
		String note = note(changeNote);
		return releaseLocked(event, timetables.lockDraft(event.id()), null, systemActor, note, number, releasedAt);
	}

	/**
	 * Releases the draft as an organiser did from the release page, which showed it at
	 * {@code seenVersion}.
	 * @throws TimetableNotFoundException if the account does not organise the event
	 * @throws org.springframework.dao.OptimisticLockingFailureException if the draft
	 * changed since the page showed it
	 * @throws TimetableRefusedException as {@link #release(Event, Long, String, String)}
	 */
	@Transactional
	public TimetableRelease release(Event event, long actorAccountId, int seenVersion, String changeNote) {
		rights.requireOrganiser(actorAccountId, event);
		String note = note(changeNote);
		return releaseLocked(event, lock.lockAt(event.id(), seenVersion), actorAccountId, null, note, null, null);
	}

	/**
	 * What releasing the draft now would meet: the conflicts of what it would release
	 * whose policy refuses it, and the talks it would leave out.
	 */
	// Not read-only: an event's draft is created at its first use, which may be here.
	@Transactional
	public ReleasePreview preview(Event event) {
		Timetable draft = timetables.find(timetables.draftId(event.id())).orElseThrow();
		Releasable releasable = releasable(event, draft);
		return new ReleasePreview(draft.version(), blockingConflicts(releasable.timetable()), releasable.leftOut());
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

	private static String note(String changeNote) {
		String note = changeNote == null ? "" : changeNote.strip();
		if (note.length() > MAX_CHANGE_NOTE) {
			throw new TimetableRefusedException("The change note is longer than " + MAX_CHANGE_NOTE + " characters.");
		}
		return note;
	}

	/**
	 * @param asNumber the version's number, or {@code null} for the next one
	 * @param releasedAt when it was released, or {@code null} for now
	 */
	private TimetableRelease releaseLocked(Event event, long draftId, Long actorAccountId, String systemActor,
			String note, Integer asNumber, Instant releasedAt) {
		Releasable releasable = releasable(event, timetables.find(draftId).orElseThrow());
		List<Conflict> blocking = blockingConflicts(releasable.timetable());
		if (!blocking.isEmpty()) {
			throw new TimetableRefusedException("The draft has " + blocking.size() + " conflict"
					+ (blocking.size() == 1 ? " that blocks" : "s that block") + " its release: "
					+ blocking.stream().map(Conflict::words).collect(Collectors.joining("; ")) + ".");
		}
		ReleasedSchedule previous = timetables.latestReleasedId(event.id())
			.flatMap(timetables::find)
			.map(version -> resolver.resolveWithFormerTalks(event, version))
			.orElse(null);
		int nextNumber = timetables.nextReleaseNumber(event.id());
		if (asNumber != null && asNumber < nextNumber) {
			throw new TimetableRefusedException(
					"Version " + asNumber + " is not after the event's latest version, " + (nextNumber - 1) + ".");
		}
		int number = asNumber == null ? nextNumber : asNumber;
		long releaseId = timetables.insertRelease(event.id(), number, note.isEmpty() ? null : note,
				releasedAt == null ? clock.instant() : releasedAt, actorAccountId, releasable.timetable().sessions());
		ReleasedSchedule next = resolver.resolve(event, timetables.find(releaseId).orElseThrow());
		List<TimetableChange> changes = Changelog.between(previous, next);
		for (int position = 0; position < changes.size(); position++) {
			timetables.insertChange(releaseId, position, changes.get(position));
		}
		int mails = asNumber == null ? mail.speakersOfChangedTalks(event, number, changes, previous, next) : 0;
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("number", number);
		after.put("changeNote", note);
		after.put("changes", changes.size());
		after.put("leftOut", releasable.leftOut());
		after.put("speakersMailed", mails);
		audit.record(new AuditEntry(event.id(), actorAccountId, actorAccountId == null ? systemActor : null,
				"timetable", Integer.toString(number), "released", null, after, null));
		return new TimetableRelease(number, changes, releasable.leftOut());
	}

	/** The conflicts of what a release holds whose policy in the event blocks it. */
	private List<Conflict> blockingConflicts(Timetable released) {
		return conflicts.of(released)
			.stream()
			.filter(PolicedConflict::blocksRelease)
			.map(PolicedConflict::conflict)
			.toList();
	}

	/**
	 * The draft as a release would hold it, for the editor's reading of its conflicts.
	 */
	Timetable releasableOf(Event event, Timetable draft) {
		return releasable(event, draft).timetable();
	}

	/**
	 * The draft as a release would hold it: its sessions with the talks a release keeps.
	 */
	private Releasable releasable(Event event, Timetable draft) {
		List<Long> topicIds = draft.sessions()
			.stream()
			.flatMap(session -> session.talks().stream())
			.map(TimetableTalk::topicId)
			.toList();
		Map<Long, PlaceableTopic> placeable = topics.ofTopics(event.id(), topicIds);
		Map<Long, String> titles = topics.titlesOf(event.id(), topicIds);
		boolean acceptedToo = timetables.releasesAcceptedTalks(event.id());
		List<String> leftOut = new ArrayList<>();
		List<TimetableSession> sessions = draft.sessions()
			.stream()
			.map(session -> withReleasableTalks(session, placeable, titles, acceptedToo, leftOut))
			.toList();
		return new Releasable(new Timetable(draft.id(), draft.eventId(), draft.number(), draft.changeNote(),
				draft.releasedAt(), draft.version(), sessions), leftOut);
	}

	/**
	 * A talk is tentative while its topic is not accepted (see {@link TentativeTalks}):
	 * one accepted since it was placed is released like any other.
	 */
	private static TimetableSession withReleasableTalks(TimetableSession session, Map<Long, PlaceableTopic> placeable,
			Map<Long, String> titles, boolean acceptedToo, List<String> leftOut) {
		List<TimetableTalk> kept = new ArrayList<>();
		for (TimetableTalk talk : session.talks()) {
			PlaceableTopic topic = placeable.get(talk.topicId());
			if (topic == null) {
				leftOut.add("No longer accepted (withdrawn, declined or canceled since it was placed): "
						+ titles.get(talk.topicId()));
			}
			else if (!topic.decidedIn()) {
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
				session.startsAt(), session.endsAt(), session.version(), session.pinned(), kept);
	}

	/**
	 * The draft with only what a release keeps, and the talks it leaves out, each with
	 * why.
	 */
	private record Releasable(Timetable timetable, List<String> leftOut) {

	}

}
