package org.plumbline.schedule.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.plumbline.schedule.BackedUpRun;
import org.plumbline.schedule.RunFiles;
import org.plumbline.schedule.RunRequest;
import org.plumbline.schedule.RunState;
import org.plumbline.schedule.SchedulingRun;
import org.plumbline.schedule.ScorePoint;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code scheduling_run} and {@code scheduling_run_progress} tables. The worker's
 * writes name the instance that claimed the run, so that an instance taken for dead
 * (whose run another instance has failed) changes nothing when it comes back.
 * <p>
 * A heartbeat is written, and judged silent, by the database's clock
 * ({@code CURRENT_TIMESTAMP}), never an instance's: instances whose clocks differ would
 * otherwise take a live run for dead, or a dead one for live.
 */
@Repository
public class SchedulingRunRepository {

	/** The longest error text stored (the column's size). */
	public static final int MAX_ERROR_LENGTH = 2000;

	private static final String COLUMNS = """
			r.id, r.event_id, r.state, r.run_day, r.seed, r.seconds, r.threads, r.draft_version, r.best_score,
			r.error, r.stop_requested, r.spent_millis, r.requested_by, a.display_name AS requested_by_name,
			r.requested_at, r.started_at, r.heartbeat_at, r.finished_at, r.claimed_by, r.version,
			CASE WHEN r.solution_json IS NULL THEN 0 ELSE 1 END AS has_result
			FROM scheduling_run r LEFT JOIN account a ON a.id = r.requested_by""";

	private static final RowMapper<SchedulingRun> RUN = SchedulingRunRepository::run;

	private static final RowMapper<ScorePoint> POINT = (rs, row) -> new ScorePoint(rs.getInt("position"),
			rs.getLong("spent_millis"), rs.getLong("hard"), rs.getLong("medium"), rs.getLong("soft"));

	private final JdbcClient jdbc;

	SchedulingRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a run.
	 * @throws org.springframework.dao.DuplicateKeyException if the event has a run that
	 * is queued or running
	 */
	public long insert(long eventId, RunRequest request, String instanceJson, int draftVersion, long requestedBy,
			Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO scheduling_run (event_id, active_event_id, state, run_day, seed, seconds, threads,
				    draft_version, instance_json, requested_by, requested_at)
				VALUES (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, eventId, request.day(), request.seed(), request.seconds(), request.threads(), draftVersion,
					instanceJson, requestedBy, utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public Optional<SchedulingRun> find(long eventId, long runId) {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE r.id = ? AND r.event_id = ?")
			.params(runId, eventId)
			.query(RUN)
			.optional();
	}

	/** The event's runs, latest first. */
	public List<SchedulingRun> ofEvent(long eventId, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " WHERE r.event_id = ? ORDER BY r.requested_at DESC, r.id DESC "
					+ "FETCH FIRST ? ROWS ONLY")
			.params(eventId, limit)
			.query(RUN)
			.list();
	}

	/** The run's instance, solution and report JSON (the last two null until it ends). */
	public Optional<RunFiles> files(long eventId, long runId) {
		return jdbc
			.sql("SELECT instance_json, solution_json, report_json FROM scheduling_run WHERE id = ? AND event_id = ?")
			.params(runId, eventId)
			.query((rs, row) -> new RunFiles(rs.getString("instance_json"), rs.getString("solution_json"),
					rs.getString("report_json")))
			.optional();
	}

	/** The run's points after a position ({@code -1} for all), in order. */
	public List<ScorePoint> progress(long runId, int afterPosition) {
		return jdbc.sql("""
				SELECT position, spent_millis, hard, medium, soft FROM scheduling_run_progress
				WHERE run_id = ? AND position > ? ORDER BY position""")
			.params(runId, afterPosition)
			.query(POINT)
			.list();
	}

	/**
	 * Stops a run that no instance has claimed yet: it ends without a result.
	 * @return whether it was still queued
	 */
	public boolean stopQueued(long runId, Instant now) {
		return jdbc.sql("""
				UPDATE scheduling_run SET state = 'STOPPED', active_event_id = NULL, stop_requested = TRUE,
				    finished_at = ?, version = version + 1
				WHERE id = ? AND state = 'QUEUED'""").params(utc(now), runId).update() == 1;
	}

	/**
	 * Asks the instance running a run to stop it; it sees the request at its next
	 * heartbeat.
	 * @return whether it was running
	 */
	public boolean requestStop(long runId) {
		return jdbc.sql("""
				UPDATE scheduling_run SET stop_requested = TRUE, version = version + 1
				WHERE id = ? AND state = 'RUNNING'""").param(runId).update() == 1;
	}

	/**
	 * Moves an ended run on to its decision, if it is still at the version the page
	 * showed and in one of the states that allow it.
	 * @return whether it moved
	 */
	public boolean decide(long runId, int seenVersion, RunState decision) {
		return jdbc.sql("""
				UPDATE scheduling_run SET state = ?, version = version + 1
				WHERE id = ? AND version = ? AND state IN ('FINISHED', 'STOPPED') AND solution_json IS NOT NULL""")
			.params(decision.name(), runId, seenVersion)
			.update() == 1;
	}

	/**
	 * Claims one queued run for an instance, in the calling (short) transaction: it
	 * becomes {@code RUNNING}, claimed and heartbeating. A run another transaction is
	 * claiming is skipped, not waited for. No {@code ORDER BY}: H2 locks every row it
	 * reads before it sorts (see {@code MailOutboxRepository.claimDue}).
	 * @param now when it starts, as the run's page tells
	 */
	public Optional<ClaimedRun> claim(String instanceId, Instant now) {
		Optional<Long> id = jdbc
			.sql("SELECT id FROM scheduling_run WHERE state = 'QUEUED' FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		int claimed = jdbc.sql("""
				UPDATE scheduling_run SET state = 'RUNNING', claimed_by = ?, started_at = ?,
				    heartbeat_at = CURRENT_TIMESTAMP, version = version + 1
				WHERE id = ? AND state = 'QUEUED'""").params(instanceId, utc(now), id.get()).update();
		if (claimed == 0) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, instance_json, seed, seconds, threads FROM scheduling_run WHERE id = ?")
			.param(id.get())
			.query((rs, row) -> new ClaimedRun(rs.getLong("id"), rs.getString("instance_json"), rs.getLong("seed"),
					rs.getInt("seconds"), rs.getInt("threads")))
			.optional();
	}

	/**
	 * Tells that the instance still runs the run, and how long it has solved.
	 * @return whether an organiser asked it to stop; empty if the run is no longer this
	 * instance's (failed as stale by another, or deleted with its event)
	 */
	public Optional<Boolean> heartbeat(long runId, String instanceId, long spentMillis) {
		int beaten = jdbc.sql("""
				UPDATE scheduling_run SET heartbeat_at = CURRENT_TIMESTAMP, spent_millis = ?
				WHERE id = ? AND state = 'RUNNING' AND claimed_by = ?""")
			.params(spentMillis, runId, instanceId)
			.update();
		if (beaten == 0) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT stop_requested FROM scheduling_run WHERE id = ?")
			.param(runId)
			.query(Boolean.class)
			.optional();
	}

	public void addPoint(long runId, ScorePoint point) {
		jdbc.sql("""
				INSERT INTO scheduling_run_progress (run_id, position, spent_millis, hard, medium, soft)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(runId, point.position(), point.spentMillis(), point.hard(), point.medium(), point.soft())
			.update();
	}

	/**
	 * Stores a run's result: it ends {@code FINISHED} or {@code STOPPED}.
	 * @return whether the run was still this instance's
	 */
	public boolean finish(long runId, String instanceId, RunState end, String solutionJson, String reportJson,
			String bestScore, long spentMillis, Instant now) {
		return jdbc.sql("""
				UPDATE scheduling_run SET state = ?, active_event_id = NULL, solution_json = ?, report_json = ?,
				    best_score = ?, spent_millis = ?, finished_at = ?, heartbeat_at = CURRENT_TIMESTAMP,
				    version = version + 1
				WHERE id = ? AND state = 'RUNNING' AND claimed_by = ?""")
			.params(end.name(), solutionJson, reportJson, bestScore, spentMillis, utc(now), runId, instanceId)
			.update() == 1;
	}

	/**
	 * Fails a run that this instance runs.
	 * @return whether the run was still this instance's
	 */
	public boolean fail(long runId, String instanceId, String error, long spentMillis, Instant now) {
		return jdbc.sql("""
				UPDATE scheduling_run SET state = 'FAILED', active_event_id = NULL, error = ?, spent_millis = ?,
				    finished_at = ?, version = version + 1
				WHERE id = ? AND state = 'RUNNING' AND claimed_by = ?""")
			.params(truncate(error), spentMillis, utc(now), runId, instanceId)
			.update() == 1;
	}

	/**
	 * Fails every running run whose heartbeat the database heard longer than
	 * {@code silence} ago: the instance running it has died.
	 * @param now when it ends, as the run's page tells
	 * @return how many
	 */
	public int failSilent(Duration silence, String error, Instant now) {
		// written into the text as whole seconds: the standard interval literal reads
		// alike on H2 and PostgreSQL, and the value is our constant, never input
		return jdbc
			.sql("""
					UPDATE scheduling_run SET state = 'FAILED', active_event_id = NULL, error = ?, finished_at = ?,
					    version = version + 1
					WHERE state = 'RUNNING' AND heartbeat_at < CURRENT_TIMESTAMP - INTERVAL '%d' SECOND"""
				.formatted(silence.toSeconds()))
			.params(truncate(error), utc(now))
			.update();
	}

	/** Every run of the event with its files and progress, the first requested first. */
	public List<BackedUpRun> backup(long eventId) {
		return jdbc.sql("""
				SELECT id, state, run_day, seed, seconds, threads, draft_version, instance_json, solution_json,
				       report_json, best_score, error, stop_requested, spent_millis, requested_by, requested_at,
				       started_at, heartbeat_at, finished_at, claimed_by, version
				FROM scheduling_run WHERE event_id = ? ORDER BY requested_at, id""").param(eventId).query((rs, row) -> {
			long requestedBy = rs.getLong("requested_by");
			Long requester = rs.wasNull() ? null : requestedBy;
			return new BackedUpRun(RunState.valueOf(rs.getString("state")), rs.getObject("run_day", LocalDate.class),
					rs.getLong("seed"), rs.getInt("seconds"), rs.getInt("threads"), rs.getInt("draft_version"),
					new RunFiles(rs.getString("instance_json"), rs.getString("solution_json"),
							rs.getString("report_json")),
					rs.getString("best_score"), rs.getString("error"), rs.getBoolean("stop_requested"),
					rs.getLong("spent_millis"), requester, instant(rs, "requested_at"), instant(rs, "started_at"),
					instant(rs, "heartbeat_at"), instant(rs, "finished_at"), rs.getString("claimed_by"),
					rs.getInt("version"), progress(rs.getLong("id"), -1));
		}).list();
	}

	/**
	 * Writes a run back as a backup holds it, with its progress.
	 * @return its id
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a run going while another is, a failed one without an error)
	 */
	public long restore(long eventId, BackedUpRun run) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO scheduling_run (event_id, active_event_id, state, run_day, seed, seconds, threads,
				    draft_version, instance_json, solution_json, report_json, best_score, error, stop_requested,
				    spent_millis, requested_by, requested_at, started_at, heartbeat_at, finished_at, claimed_by,
				    version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, run.state().going() ? eventId : null, run.state().name(), run.day(), run.seed(),
					run.seconds(), run.threads(), run.draftVersion(), run.files().instanceJson(),
					run.files().solutionJson(), run.files().reportJson(), run.bestScore(),
					run.error() == null ? null : truncate(run.error()), run.stopRequested(), run.spentMillis(),
					run.requestedBy(), utc(run.requestedAt()), utc(run.startedAt()), utc(run.heartbeatAt()),
					utc(run.finishedAt()), run.claimedBy(), run.version())
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		run.progress().forEach(point -> addPoint(id, point));
		return id;
	}

	static String truncate(String text) {
		return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
	}

	private static SchedulingRun run(ResultSet rs, int row) throws SQLException {
		long requestedBy = rs.getLong("requested_by");
		Long requester = rs.wasNull() ? null : requestedBy;
		return new SchedulingRun(rs.getLong("id"), rs.getLong("event_id"), RunState.valueOf(rs.getString("state")),
				rs.getObject("run_day", LocalDate.class), rs.getLong("seed"), rs.getInt("seconds"),
				rs.getInt("threads"), rs.getInt("draft_version"), rs.getString("best_score"), rs.getString("error"),
				rs.getBoolean("stop_requested"), rs.getLong("spent_millis"), requester,
				rs.getString("requested_by_name"), instant(rs, "requested_at"), instant(rs, "started_at"),
				instant(rs, "heartbeat_at"), instant(rs, "finished_at"), rs.getString("claimed_by"),
				rs.getInt("version"), rs.getInt("has_result") == 1);
	}

	/** A run as its worker needs it. */
	public record ClaimedRun(long id, String instanceJson, long seed, int seconds, int threads) {
	}

}
