package org.plumbline.schedule;

import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.DraftLock;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of the draft made from the organisers' and leads' pages. Each one runs only on
 * the draft version the page showed, checks who asks, and answers the draft's conflicts
 * after it, naming those it brought in, so that the editor sees at once what a change
 * costs (issue 11, point 2). Each change is audited; a refused one writes nothing.
 * <p>
 * Every method may throw {@link OptimisticLockingFailureException} (the draft changed
 * since the page showed it), {@link TimetableRefusedException} (the change breaks a rule,
 * or brings in a conflict whose policy blocks changes, said in words) and
 * {@link TimetableNotFoundException} (the account may not make it).
 */
@Service
public class DraftEditor {

	private final DraftLock lock;

	private final TimetableRepository timetables;

	private final DraftOperations operations;

	private final TalkOperations talks;

	private final EditorRights rights;

	private final DraftConflicts draftConflicts;

	private final AuditLog audit;

	DraftEditor(DraftLock lock, TimetableRepository timetables, DraftOperations operations, TalkOperations talks,
			EditorRights rights, DraftConflicts draftConflicts, AuditLog audit) {
		this.draftConflicts = draftConflicts;
		this.audit = audit;
		this.lock = lock;
		this.timetables = timetables;
		this.operations = operations;
		this.talks = talks;
		this.rights = rights;
	}

	/** Places an accepted MC in a room for a block, or for one half of it. */
	@Transactional
	public DraftChange placeMc(long actorAccountId, Event event, int seenVersion, long microconferenceId, long roomId,
			long timeBlockId, BlockPart part) {
		rights.requireOrganiser(actorAccountId, event);
		return change(actorAccountId, event, seenVersion, null, "mc-placed", draft -> {
			operations.placeMc(event, draft.id(), microconferenceId, roomId, timeBlockId, part, UUID.randomUUID());
			return "The MC is placed.";
		});
	}

	/** Places a session of a plain track in a room for a block, or for one half of it. */
	@Transactional
	public DraftChange placeTrack(long actorAccountId, Event event, int seenVersion, long plainTrackId, long roomId,
			long timeBlockId, BlockPart part) {
		rights.requireOrganiser(actorAccountId, event);
		return change(actorAccountId, event, seenVersion, null, "track-placed", draft -> {
			operations.placeTrack(event, draft.id(), plainTrackId, roomId, timeBlockId, part, UUID.randomUUID());
			return "The track's session is placed.";
		});
	}

	/** Moves a session, its talks with it, to another room, block or half. */
	@Transactional
	public DraftChange moveSession(long actorAccountId, Event event, int seenVersion, long sessionId, long roomId,
			long timeBlockId, BlockPart part) {
		rights.requireOrganiser(actorAccountId, event);
		return change(actorAccountId, event, seenVersion, null, "session-moved", draft -> {
			operations.moveSession(event, draft, sessionId, roomId, timeBlockId, part);
			return "The session is moved.";
		});
	}

	/**
	 * Carries out a scheduler's proposal in one change: every session moved and every MC
	 * placed, on the draft's version the proposal was made from, its conflicts checked
	 * once at the end (sessions that swap rooms pass through no clash).
	 */
	@Transactional
	public DraftChange applyProposal(long actorAccountId, Event event, int seenVersion,
			List<ProposedPlacement> placements) {
		rights.requireOrganiser(actorAccountId, event);
		return change(actorAccountId, event, seenVersion, null, "proposal-applied", draft -> {
			int placed = 0;
			for (ProposedPlacement placement : placements) {
				if (placement.sessionId() == null) {
					operations.placeMc(event, draft.id(), placement.microconferenceId(), placement.roomId(),
							placement.timeBlockId(), placement.part(), UUID.randomUUID());
					placed++;
				}
				else {
					operations.moveSession(event, draft, placement.sessionId(), placement.roomId(),
							placement.timeBlockId(), placement.part());
				}
			}
			return "The scheduler's proposal is applied: " + (placements.size() - placed) + " moved, " + placed
					+ " placed.";
		});
	}

	/**
	 * What {@link #applyProposal} would answer, worked out on a copy of the draft in
	 * memory: it neither takes the draft's lock nor writes, so that showing a proposal
	 * never waits for an organiser's edit nor holds one up.
	 * @throws ProposalOutdatedException if the draft is no longer at {@code seenVersion}
	 * @throws TimetableRefusedException if applying it would be refused
	 */
	@Transactional(readOnly = true)
	public DraftChange previewProposal(long actorAccountId, Event event, int seenVersion,
			List<ProposedPlacement> placements) {
		rights.requireOrganiser(actorAccountId, event);
		Timetable before = timetables.find(timetables.draftId(event.id())).orElseThrow();
		if (before.version() != seenVersion) {
			throw new ProposalOutdatedException();
		}
		DraftChange change = DraftChange.between("The scheduler's proposal, not applied.",
				draftConflicts.found(before, null),
				draftConflicts.found(operations.withProposal(event, before, placements), null));
		change.refuseBlockedConflicts();
		return change;
	}

	/** Pins a session where it is, so the scheduler never moves it, or unpins it. */
	@Transactional
	public DraftChange pin(long actorAccountId, Event event, int seenVersion, long sessionId, boolean pinned) {
		rights.requireOrganiser(actorAccountId, event);
		return change(actorAccountId, event, seenVersion, null, pinned ? "session-pinned" : "session-unpinned",
				draft -> {
					operations.pin(draft, sessionId, pinned);
					return pinned ? "The session is pinned: the scheduler leaves it where it is."
							: "The session is unpinned: the scheduler may move it.";
				});
	}

	/** Removes a session (an MC's, a track's or a break), with its talks. */
	@Transactional
	public DraftChange removeSession(long actorAccountId, Event event, int seenVersion, long sessionId) {
		rights.requireOrganiser(actorAccountId, event);
		return change(actorAccountId, event, seenVersion, null, "session-removed", draft -> {
			operations.removeSession(draft, sessionId);
			return "The session is removed.";
		});
	}

	@Transactional
	public DraftChange addBreak(long actorAccountId, Event event, int seenVersion, NewBreak newBreak) {
		rights.requireOrganiser(actorAccountId, event);
		return change(actorAccountId, event, seenVersion, null, "break-added", draft -> {
			operations.addBreak(event, draft.id(), newBreak, UUID.randomUUID());
			return "The break is added.";
		});
	}

	/**
	 * Places a topic in a session at a local time of the session's day. With
	 * {@code onlyMc} (a lead's page), the session must be that MC's and the account may
	 * be its lead; without, the account must organise the event.
	 */
	@Transactional
	public DraftChange placeTalk(long actorAccountId, Event event, int seenVersion, Long onlyMc, long sessionId,
			long topicId, LocalTime startsAt) {
		authorise(actorAccountId, event, onlyMc);
		return change(actorAccountId, event, seenVersion, onlyMc, "talk-placed", draft -> {
			TimetableSession session = sessionOf(draft, sessionId, onlyMc);
			talks.placeTalk(event, draft, sessionId, topicId, DraftOperations.onSessionDay(event, session, startsAt));
			return "The talk is placed.";
		});
	}

	/**
	 * Places several accepted MCs at once (organisers), in the order given; the draft's
	 * conflicts are checked once at the end, as {@link #applyProposal}'s are.
	 * @throws TimetableRefusedException for an empty list, or as placing one would refuse
	 */
	@Transactional
	public DraftChange placeMcs(long actorAccountId, Event event, int seenVersion, List<McToPlace> placements) {
		rights.requireOrganiser(actorAccountId, event);
		requireAny(placements, "There is no MC to place.");
		return change(actorAccountId, event, seenVersion, null, "mcs-placed", draft -> {
			for (McToPlace placement : placements) {
				operations.placeMc(event, draft.id(), placement.microconferenceId(), placement.roomId(),
						placement.timeBlockId(), placement.part(), UUID.randomUUID());
			}
			return placements.size() == 1 ? "The MC is placed." : placements.size() + " MCs are placed.";
		});
	}

	/**
	 * Places several topics at once (organisers), each in a session at a local time of
	 * its day, in the order given, each refused as a talk placed alone would be; the
	 * draft's conflicts are checked once at the end. Checked after each talk instead, a
	 * thousand talks would check the whole draft a thousand times.
	 * @throws TimetableRefusedException for an empty list, or as placing one would refuse
	 */
	@Transactional
	public DraftChange placeTalks(long actorAccountId, Event event, int seenVersion, List<TalkToPlace> placements) {
		rights.requireOrganiser(actorAccountId, event);
		requireAny(placements, "There is no talk to place.");
		return change(actorAccountId, event, seenVersion, null, "talks-placed",
				draft -> placedTalks(event, draft, placements));
	}

	/**
	 * Places several topics at once for a system actor (the importer), as
	 * {@link #placeTalks} does, on the draft as it is now; audited and held to the
	 * event's policies as an organiser's change is.
	 * @throws TimetableRefusedException for an empty list, or as placing one would refuse
	 */
	@Transactional
	public void placeTalksAs(String systemActor, Event event, List<TalkToPlace> placements) {
		requireAny(placements, "There is no talk to place.");
		change(null, systemActor, event, timetables.lockDraft(event.id()), null, "talks-placed",
				draft -> placedTalks(event, draft, placements));
	}

	private String placedTalks(Event event, Timetable draft, List<TalkToPlace> placements) {
		talks.placeTalks(event, draft, placements);
		return placements.size() == 1 ? "The talk is placed." : placements.size() + " talks are placed.";
	}

	/** An empty list would still move the draft's version and stale every open page. */
	private static void requireAny(List<?> placements, String refusal) {
		if (placements.isEmpty()) {
			throw new TimetableRefusedException(refusal);
		}
	}

	/** Moves a talk to a local time of a session's day (organisers). */
	@Transactional
	public DraftChange moveTalk(long actorAccountId, Event event, int seenVersion, long talkId, long sessionId,
			LocalTime startsAt) {
		rights.requireOrganiser(actorAccountId, event);
		return change(actorAccountId, event, seenVersion, null, "talk-moved", draft -> {
			TimetableSession session = DraftOperations.session(draft, sessionId);
			talks.moveTalk(event, draft, talkId, sessionId, DraftOperations.onSessionDay(event, session, startsAt));
			return "The talk is moved.";
		});
	}

	/** Removes a talk; with {@code onlyMc}, one of that MC's (as {@link #placeTalk}). */
	@Transactional
	public DraftChange removeTalk(long actorAccountId, Event event, int seenVersion, Long onlyMc, long talkId) {
		authorise(actorAccountId, event, onlyMc);
		return change(actorAccountId, event, seenVersion, onlyMc, "talk-removed", draft -> {
			TimetableTalk talk = DraftOperations.talk(draft, talkId);
			sessionOf(draft, talk.sessionId(), onlyMc);
			talks.removeTalk(draft, talkId);
			return "The talk is removed.";
		});
	}

	/**
	 * Gives talks of one of an MC's sessions new starts (local times of its day) at once;
	 * a lead of the MC or an organiser.
	 */
	@Transactional
	public DraftChange retime(long actorAccountId, Event event, int seenVersion, long microconferenceId, long sessionId,
			Map<Long, LocalTime> starts) {
		authorise(actorAccountId, event, microconferenceId);
		return change(actorAccountId, event, seenVersion, microconferenceId, "talks-retimed", draft -> {
			TimetableSession session = sessionOf(draft, sessionId, microconferenceId);
			Map<Long, Instant> instants = new LinkedHashMap<>();
			starts.forEach((talkId, time) -> instants.put(talkId, DraftOperations.onSessionDay(event, session, time)));
			talks.retime(event, draft, sessionId, instants);
			return "The talks' times are saved.";
		});
	}

	/**
	 * Packs the talks of one of an MC's sessions from its start in the given order, past
	 * the block's break; a lead of the MC or an organiser.
	 */
	@Transactional
	public DraftChange pack(long actorAccountId, Event event, int seenVersion, long microconferenceId, long sessionId,
			List<Long> order) {
		authorise(actorAccountId, event, microconferenceId);
		return change(actorAccountId, event, seenVersion, microconferenceId, "talks-packed", draft -> {
			sessionOf(draft, sessionId, microconferenceId);
			talks.pack(event, draft, sessionId, order);
			return "The talks are packed from the session's start.";
		});
	}

	/**
	 * Places an accepted MC for a system actor (the importer), under the GUID the session
	 * has elsewhere, so that exports keep naming it so; audited and held to the event's
	 * policies as an organiser's change is.
	 * @return the new session's id
	 */
	@Transactional
	public long placeMcAs(String systemActor, Event event, long microconferenceId, long roomId, long timeBlockId,
			BlockPart part, UUID guid) {
		return systemChange(systemActor, event, "mc-placed", "The MC is placed.",
				draft -> operations.placeMc(event, draft.id(), microconferenceId, roomId, timeBlockId, part, guid));
	}

	/**
	 * Places a plain track's session for a system actor, as {@link #placeMcAs}.
	 * @return the new session's id
	 */
	@Transactional
	public long placeTrackAs(String systemActor, Event event, long plainTrackId, long roomId, long timeBlockId,
			BlockPart part, UUID guid) {
		return systemChange(systemActor, event, "track-placed", "The track's session is placed.",
				draft -> operations.placeTrack(event, draft.id(), plainTrackId, roomId, timeBlockId, part, guid));
	}

	/**
	 * Adds a break for a system actor, under the GUID the break has elsewhere, as
	 * {@link #placeMcAs}.
	 * @return the new break's id
	 */
	@Transactional
	public long addBreakAs(String systemActor, Event event, NewBreak newBreak, UUID guid) {
		return systemChange(systemActor, event, "break-added", "The break is added.",
				draft -> operations.addBreak(event, draft.id(), newBreak, guid));
	}

	/**
	 * Places a topic in a session at an instant for a system actor, as
	 * {@link #placeMcAs}; a topic not yet accepted is placed as tentative.
	 * @return the new talk's id
	 */
	@Transactional
	public long placeTalkAs(String systemActor, Event event, long sessionId, long topicId, Instant startsAt) {
		return systemChange(systemActor, event, "talk-placed", "The talk is placed.",
				draft -> talks.placeTalk(event, draft, sessionId, topicId, startsAt));
	}

	/**
	 * The draft's conflicts as they are now, each with the event's policy for its kind;
	 * those the policy ignores are left out.
	 */
	// Not read-only: an event's draft is created at its first use, which may be here.
	@Transactional
	public List<PolicedConflict> conflicts(Event event) {
		return draftConflicts.of(event, timetables.find(timetables.draftId(event.id())).orElseThrow(), null);
	}

	/**
	 * The conflicts that involve an MC's sessions or talks as they are now, worded for
	 * its leads ({@link McConflicts}); those the policy ignores are left out.
	 */
	// Not read-only: an event's draft is created at its first use, which may be here.
	@Transactional
	public List<PolicedConflict> conflicts(Event event, long microconferenceId) {
		return draftConflicts.of(event, timetables.find(timetables.draftId(event.id())).orElseThrow(),
				microconferenceId);
	}

	private void authorise(long actorAccountId, Event event, Long onlyMc) {
		if (onlyMc == null) {
			rights.requireOrganiser(actorAccountId, event);
		}
		else {
			rights.requireMcEditor(actorAccountId, event, onlyMc);
		}
	}

	/**
	 * The session, which must be the given MC's when there is one: a lead acting on
	 * another MC's session learns nothing of it.
	 */
	private static TimetableSession sessionOf(Timetable draft, long sessionId, Long onlyMc) {
		TimetableSession session = DraftOperations.session(draft, sessionId);
		if (onlyMc != null && !onlyMc.equals(session.microconferenceId())) {
			throw new TimetableNotFoundException("Session " + sessionId + " is not of MC " + onlyMc);
		}
		return session;
	}

	/** An account's change, on the draft's version that its page showed. */
	private DraftChange change(long actorAccountId, Event event, int seenVersion, Long onlyMc, String action,
			Function<Timetable, String> edit) {
		return change(actorAccountId, null, event, lock.lockAt(event.id(), seenVersion), onlyMc, action, edit);
	}

	/**
	 * A change made by no account, on the draft as it is now (no page showed a version).
	 * @return the id the edit answers (the session or talk it placed)
	 */
	private long systemChange(String systemActor, Event event, String action, String done,
			ToLongFunction<Timetable> edit) {
		long[] placed = new long[1];
		change(null, systemActor, event, timetables.lockDraft(event.id()), null, action, draft -> {
			placed[0] = edit.applyAsLong(draft);
			return done;
		});
		return placed[0];
	}

	/**
	 * Runs an edit on the locked draft and audits it in the same transaction (L16), with
	 * the conflicts it brought in.
	 * @param onlyMc the MC whose page the edit came from, whose leads read only the
	 * conflicts that involve it, worded without others' private details
	 * ({@link McConflicts}), in what the change answers and in a refusal alike; or
	 * {@code null} for the organisers' grid, which reads them all
	 */
	private DraftChange change(Long actorAccountId, String systemActor, Event event, long draftId, Long onlyMc,
			String action, Function<Timetable, String> edit) {
		Timetable before = timetables.find(draftId).orElseThrow();
		List<PolicedConflict> was = draftConflicts.found(before, onlyMc);
		String done = edit.apply(before);
		DraftChange change = DraftChange.between(done, was,
				draftConflicts.found(timetables.find(draftId).orElseThrow(), onlyMc));
		change.refuseBlockedConflicts();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("change", done);
		after.put("newConflicts", change.introduced());
		audit.record(new AuditEntry(event.id(), actorAccountId, systemActor, "timetable", "draft", action, null, after,
				null));
		return change;
	}

}
