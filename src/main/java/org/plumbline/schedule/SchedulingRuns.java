package org.plumbline.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.SchedulingRunRepository;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.ScheduleReport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solver runs of an event (issue 12, point 3): an organiser starts one on the event's
 * problem as an instance file, a worker on any instance solves it in the background
 * ({@link org.plumbline.schedule.domain.SchedulingRunWorker}), its page follows its best
 * score, and its result is applied to the draft or discarded. One run at a time per
 * event, which the database enforces. Organisers only: anyone else is told the run does
 * not exist.
 */
@Service
public class SchedulingRuns {

	public static final String ALREADY_GOING = "A run is already going for this event: stop it or wait for it.";

	static final String NOT_DECIDABLE = "Only a run that finished or was stopped with a result can be applied or "
			+ "discarded, once.";

	static final String CHANGED_MEANWHILE = "The run was changed meanwhile (by you in another window, or by "
			+ "someone else): nothing was changed. Look at it as it is now and try again.";

	/** How many runs {@link #ofEvent} lists. */
	static final int LISTED = 30;

	private final SchedulingRunRepository runs;

	private final EditorRights rights;

	private final AuditLog audit;

	private final Clock clock;

	SchedulingRuns(SchedulingRunRepository runs, EditorRights rights, AuditLog audit, Clock clock) {
		this.runs = runs;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Queues a run of the event's problem; the first instance to poll solves it.
	 * @param instanceJson the problem as an instance file, read only when the run starts
	 * (a bad one fails the run with the reader's words)
	 * @param draftVersion the draft's version the problem was read from
	 * @throws TimetableNotFoundException if the account does not organise the event
	 * @throws org.plumbline.validation.InvalidFields if the request is out of range
	 * @throws TimetableRefusedException with {@link #ALREADY_GOING} if a run is queued or
	 * running
	 */
	@Transactional
	public SchedulingRun start(long actorAccountId, Event event, RunRequest request, String instanceJson,
			int draftVersion) {
		rights.requireOrganiser(actorAccountId, event);
		request.check(event);
		long id;
		try {
			id = runs.insert(event.id(), request, instanceJson, draftVersion, actorAccountId, clock.instant());
		}
		catch (DuplicateKeyException going) {
			throw new TimetableRefusedException(ALREADY_GOING);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("day", request.day() == null ? "every day" : request.day().toString());
		after.put("seed", request.seed());
		after.put("seconds", request.seconds());
		after.put("threads", request.threads());
		after.put("draftVersion", draftVersion);
		record(event, actorAccountId, id, "started", after);
		return runs.find(event.id(), id).orElseThrow();
	}

	/** The event's run, or empty if it has no run with this id. */
	@Transactional(readOnly = true)
	public Optional<SchedulingRun> find(Event event, long runId) {
		return runs.find(event.id(), runId);
	}

	/** The event's latest {@value #LISTED} runs, latest first. */
	@Transactional(readOnly = true)
	public List<SchedulingRun> ofEvent(Event event) {
		return runs.ofEvent(event.id(), LISTED);
	}

	/** The run's points after a position ({@code -1} for all), in order. */
	@Transactional(readOnly = true)
	public List<ScorePoint> progress(Event event, long runId, int afterPosition) {
		return runs.find(event.id(), runId).map(run -> runs.progress(runId, afterPosition)).orElse(List.of());
	}

	/** The run's instance, and once it has a result its solution and report. */
	@Transactional(readOnly = true)
	public Optional<RunFiles> files(Event event, long runId) {
		return runs.files(event.id(), runId);
	}

	/** The report of the run's result, or empty while it has none. */
	@Transactional(readOnly = true)
	public Optional<ScheduleReport> report(Event event, long runId) {
		return runs.files(event.id(), runId)
			.map(RunFiles::reportJson)
			.filter(Objects::nonNull)
			.map(json -> SchedulingFiles.readReport(json.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Stops a run: a queued one at once, without a result; a running one at its
	 * instance's next heartbeat, with the best result so far.
	 * @return whether the run was still going
	 * @throws TimetableNotFoundException if the account does not organise the event or
	 * the event has no such run
	 */
	@Transactional
	public boolean requestStop(long actorAccountId, Event event, long runId) {
		SchedulingRun run = organisersRun(actorAccountId, event, runId);
		boolean stopped = runs.stopQueued(runId, clock.instant()) || runs.requestStop(runId);
		if (stopped) {
			record(event, actorAccountId, runId, "stop-requested", Map.of("state", run.state().name()));
		}
		return stopped;
	}

	/**
	 * Marks the run's result applied to the draft, in the caller's transaction (which
	 * applies it).
	 * @throws TimetableNotFoundException as {@link #requestStop}
	 * @throws TimetableRefusedException unless the run finished or was stopped with a
	 * result
	 * @throws OptimisticLockingFailureException if the run changed since the page showed
	 * it at {@code seenVersion}
	 */
	@Transactional
	public void markApplied(long actorAccountId, Event event, long runId, int seenVersion) {
		decide(actorAccountId, event, runId, seenVersion, RunState.APPLIED);
	}

	/** As {@link #markApplied}, marking the result discarded. */
	@Transactional
	public void markDiscarded(long actorAccountId, Event event, long runId, int seenVersion) {
		decide(actorAccountId, event, runId, seenVersion, RunState.DISCARDED);
	}

	private void decide(long actorAccountId, Event event, long runId, int seenVersion, RunState decision) {
		SchedulingRun run = organisersRun(actorAccountId, event, runId);
		if (!run.state().awaitsDecision() || !run.hasResult()) {
			throw new TimetableRefusedException(NOT_DECIDABLE);
		}
		if (!runs.decide(runId, seenVersion, decision)) {
			throw new OptimisticLockingFailureException(CHANGED_MEANWHILE);
		}
		record(event, actorAccountId, runId, decision.name().toLowerCase(Locale.ROOT),
				Map.of("bestScore", String.valueOf(run.bestScore())));
	}

	private SchedulingRun organisersRun(long actorAccountId, Event event, long runId) {
		rights.requireOrganiser(actorAccountId, event);
		return runs.find(event.id(), runId)
			.orElseThrow(() -> new TimetableNotFoundException("No run " + runId + " in " + event.slug()));
	}

	private void record(Event event, long actorAccountId, long runId, String action, Map<String, Object> after) {
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "scheduling-run", Long.toString(runId), action,
				null, after, null));
	}

}
