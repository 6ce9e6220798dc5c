package org.plumbline.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.InterestMarkRepository;
import org.plumbline.schedule.domain.ScheduleResolver;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every timetable of an event, for its backup in an event data file, and written back as
 * it was: the released versions with their talks, changelogs and numbers, and the draft.
 * A restore writes history, not new decisions: a release keeps the talks it had whatever
 * their topics' states are now, and nobody is mailed. What it still refuses is a release
 * with a conflict whose policy in the event blocks a release, as releasing it here would.
 * The interest marks come back too, each MC's and talk's count made afresh from them.
 */
@Service
public class TimetableBackups {

	/**
	 * The version of a draft whose backup does not say it: it comes back at its first.
	 */
	public static final int VERSION_NOT_GIVEN = -1;

	private final TimetableRepository timetables;

	private final TimetableConflicts conflicts;

	private final ScheduleResolver resolver;

	private final AuditLog audit;

	private final InterestMarkRepository interest;

	TimetableBackups(TimetableRepository timetables, TimetableConflicts conflicts, ScheduleResolver resolver,
			AuditLog audit, InterestMarkRepository interest) {
		this.interest = interest;
		this.timetables = timetables;
		this.conflicts = conflicts;
		this.resolver = resolver;
		this.audit = audit;
	}

	/** The event's released versions, oldest first, with their changelogs. */
	@Transactional(readOnly = true)
	public List<TimetableVersion> releases(Event event) {
		List<TimetableVersion> versions = new ArrayList<>();
		for (Timetable head : timetables.releases(event.id()).reversed()) {
			versions.add(new TimetableVersion(timetables.find(head.id()).orElseThrow(), timetables.changes(head.id())));
		}
		return versions;
	}

	/** The event's draft, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Timetable> draft(Event event) {
		return timetables.findDraftId(event.id()).flatMap(timetables::find);
	}

	/**
	 * Writes an event's timetables as a backup holds them, into an event that has none:
	 * first the export numbers given (a session or talk given none gets the next free
	 * one), then each release in order, then the draft; without a draft, the latest
	 * release is also the draft, so organisers edit on from it. Ids of sessions, talks
	 * and timetables in the arguments are not read; sessions name their MC, plain track,
	 * room and topics by the ids stored in this event. A draft given a version (0 for one
	 * read but never edited) comes back at it, so that the solver runs read from it are
	 * still current and those read from an older draft still outdated; one given
	 * {@link #VERSION_NOT_GIVEN} is at its first version.
	 * @param releases oldest first, numbers increasing
	 * @param draft the draft, or {@code null}
	 * @throws TimetableRefusedException if a release has a conflict whose policy blocks a
	 * release
	 * @throws org.springframework.dao.DuplicateKeyException if an export number is given
	 * to two GUIDs
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, List<TimetableVersion> releases, Timetable draft) {
		List<Timetable> all = new ArrayList<>(releases.stream().map(TimetableVersion::timetable).toList());
		if (draft != null) {
			all.add(draft);
		}
		exportNumbers(event, all);
		ReleasedSchedule previous = null;
		for (TimetableVersion version : releases) {
			previous = restoreRelease(event, systemActor, version, previous);
		}
		Timetable asDraft = draft != null ? draft : releases.isEmpty() ? null : releases.getLast().timetable();
		if (asDraft != null) {
			long draftId = timetables.lockDraft(event.id());
			for (TimetableSession session : asDraft.sessions()) {
				long sessionId = timetables.insertSession(draftId, session.guid(), session.kind(),
						session.microconferenceId(), session.plainTrackId(), session.title(), session.roomId(),
						session.startsAt(), session.endsAt());
				if (session.pinned()) {
					timetables.pinSession(draftId, sessionId, 0, true);
				}
				for (TimetableTalk talk : session.talks()) {
					timetables.insertTalk(draftId, sessionId, talk.topicId(), talk.startsAt(), talk.endsAt());
				}
			}
			if (draft != null && draft.version() != VERSION_NOT_GIVEN) {
				timetables.restoreVersion(draftId, draft.version());
			}
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("sessions", asDraft.sessions().size());
			after.put("talks", asDraft.sessions().stream().mapToInt(session -> session.talks().size()).sum());
			after.put("copiedFromRelease", draft == null);
			audit.record(
					new AuditEntry(event.id(), null, systemActor, "timetable", "draft", "restored", null, after, null));
		}
	}

	/** The numbers given first, so that those handed out next skip them. */
	private void exportNumbers(Event event, List<Timetable> all) {
		Map<UUID, Integer> given = new LinkedHashMap<>();
		for (Timetable timetable : all) {
			for (TimetableSession session : timetable.sessions()) {
				if (session.exportNumber() > 0) {
					given.putIfAbsent(session.guid(), session.exportNumber());
				}
				for (TimetableTalk talk : session.talks()) {
					if (talk.exportNumber() > 0) {
						given.putIfAbsent(talk.topicGuid(), talk.exportNumber());
					}
				}
			}
		}
		given.forEach((guid, number) -> timetables.insertExportNumber(event.id(), guid, number));
		for (Timetable timetable : all) {
			for (TimetableSession session : timetable.sessions()) {
				timetables.exportNumber(event.id(), session.guid());
				session.talks().forEach(talk -> timetables.exportNumber(event.id(), talk.topicGuid()));
			}
		}
	}

	private ReleasedSchedule restoreRelease(Event event, String systemActor, TimetableVersion version,
			ReleasedSchedule previous) {
		Timetable release = version.timetable();
		List<Conflict> blocking = conflicts.of(release)
			.stream()
			.filter(PolicedConflict::blocksRelease)
			.map(PolicedConflict::conflict)
			.toList();
		if (!blocking.isEmpty()) {
			throw new TimetableRefusedException("Version " + release.number() + " has " + blocking.size() + " conflict"
					+ (blocking.size() == 1 ? " that blocks" : "s that block") + " its release: "
					+ blocking.stream().map(Conflict::words).collect(Collectors.joining("; ")) + ".");
		}
		long releaseId = timetables.insertRelease(event.id(), release.number(), release.changeNote(),
				release.releasedAt(), null, release.sessions());
		Timetable stored = timetables.find(releaseId).orElseThrow();
		List<TimetableChange> changes = version.changes() != null ? version.changes()
				: Changelog.between(previous, resolver.resolve(event, stored));
		for (int position = 0; position < changes.size(); position++) {
			timetables.insertChange(releaseId, position, changes.get(position));
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("number", release.number());
		after.put("changeNote", release.changeNote() == null ? "" : release.changeNote());
		after.put("changes", changes.size());
		audit.record(new AuditEntry(event.id(), null, systemActor, "timetable", Integer.toString(release.number()),
				"restored", null, after, null));
		return resolver.resolveWithFormerTalks(event, stored);
	}

	/** The event's interest marks, the first made first. */
	@Transactional(readOnly = true)
	public List<BackedUpInterestMark> interestMarks(long eventId) {
		return interest.ofEvent(eventId);
	}

	/**
	 * Writes the event's interest marks back, each by its account or visitor, and counts
	 * each MC's and talk's marks afresh from them.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses them (a marker's second mark of a subject, a mark of two subjects)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreInterestMarks(Event event, String systemActor, List<BackedUpInterestMark> marks) {
		interest.restore(event.id(), marks);
		audit.record(new AuditEntry(event.id(), null, systemActor, "interest-marks", event.slug(), "restored", null,
				Map.of("marks", marks.size(), "visitors' marks",
						marks.stream().filter(mark -> mark.visitorHash() != null).count()),
				null));
	}

}
