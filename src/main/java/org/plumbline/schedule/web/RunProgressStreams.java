package org.plumbline.schedule.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.plumbline.event.Event;
import org.plumbline.schedule.SchedulingRun;
import org.plumbline.schedule.SchedulingRuns;
import org.plumbline.schedule.ScorePoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Server-Sent Events of runs' pages: once a second, each open stream reads its run
 * and new points from the database (so it works whichever instance solves the run) and
 * sends a {@code point} event per new point (its id the point's position), then a
 * {@code state} event; when the run has ended, an {@code end} event instead, and the
 * stream completes.
 * <p>
 * One thread reads every stream's tick from the database, so that many open pages take
 * one connection at a time; each tick's events are sent on a virtual thread of their own,
 * since a send blocks while its browser is slow to read. A stream whose previous tick is
 * still being sent skips its reads until that is done (its next read takes every point
 * since), so a slow browser holds up only its own stream, with at most one send waiting
 * for it.
 */
@Component
class RunProgressStreams implements DisposableBean {

	static final Duration TICK = Duration.ofSeconds(1);

	/** A browser left open on a page: its stream ends, and EventSource reconnects. */
	static final Duration LONGEST_STREAM = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(RunProgressStreams.class);

	private final SchedulingRuns runs;

	private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "run-progress-streams");
		thread.setDaemon(true);
		return thread;
	});

	private final ExecutorService senders = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("run-progress-send-", 0).factory());

	RunProgressStreams(SchedulingRuns runs) {
		this.runs = runs;
	}

	SseEmitter open(Event event, long runId, int afterPosition) {
		return follow(event, runId, afterPosition, new SseEmitter(LONGEST_STREAM.toMillis()));
	}

	/**
	 * Sends the run's progress on the emitter until the run ends or the stream closes.
	 */
	SseEmitter follow(Event event, long runId, int afterPosition, SseEmitter emitter) {
		Stream stream = new Stream(event, runId, afterPosition, emitter);
		emitter.onCompletion(stream::close);
		emitter.onTimeout(stream::close);
		emitter.onError(failure -> stream.close());
		stream.ticking = reader.scheduleWithFixedDelay(stream::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
		return emitter;
	}

	/** Stops reading, and interrupts the sends still waiting for their browsers. */
	@Override
	public void destroy() {
		reader.shutdownNow();
		senders.shutdownNow();
	}

	static Map<String, Object> state(SchedulingRun run) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("state", run.state().name());
		state.put("words", run.stateWords());
		state.put("spentMillis", run.spentMillis());
		state.put("limitMillis", run.seconds() * 1000L);
		state.put("bestScore", run.bestScore());
		return state;
	}

	private final class Stream {

		private final Event event;

		private final long runId;

		private final SseEmitter emitter;

		/** Read and written on the reader thread only. */
		private int lastPosition;

		private final AtomicBoolean sending = new AtomicBoolean();

		private volatile boolean closed;

		private volatile ScheduledFuture<?> ticking;

		Stream(Event event, long runId, int afterPosition, SseEmitter emitter) {
			this.event = event;
			this.runId = runId;
			this.lastPosition = afterPosition;
			this.emitter = emitter;
		}

		/** On the reader thread: reads what is new, and hands it to a sender. */
		void tick() {
			if (closed) {
				close();
				return;
			}
			if (!sending.compareAndSet(false, true)) {
				return;
			}
			List<SseEventBuilder> events = new ArrayList<>();
			boolean ended;
			try {
				// the run before its points: a run that has ended stored every point
				// first
				Optional<SchedulingRun> run = runs.find(event, runId);
				List<ScorePoint> points = runs.progress(event, runId, lastPosition);
				for (ScorePoint point : points) {
					events
						.add(SseEmitter.event().name("point").id(Integer.toString(point.position())).data(json(point)));
				}
				ended = run.isEmpty() || !run.get().state().going();
				if (run.isPresent()) {
					events.add(SseEmitter.event().name(ended ? "end" : "state").data(json(state(run.get()))));
				}
				if (!points.isEmpty()) {
					lastPosition = points.getLast().position();
				}
			}
			catch (RuntimeException ex) {
				sending.set(false);
				log.warn("Progress of run {} not read: {}", runId, ex.toString());
				return;
			}
			try {
				senders.execute(() -> send(events, ended));
			}
			catch (RejectedExecutionException shuttingDown) {
				sending.set(false);
				close();
			}
		}

		/** On a sender: waits for the browser as long as it takes. */
		private void send(List<SseEventBuilder> events, boolean ended) {
			try {
				for (SseEventBuilder sent : events) {
					emitter.send(sent);
				}
				if (ended) {
					emitter.complete();
					close();
				}
			}
			catch (IOException | IllegalStateException gone) {
				// the browser went away, or the stream timed out
				close();
			}
			catch (RuntimeException ex) {
				// The points read for this send are past lastPosition: ending the stream
				// makes the browser reconnect from the last one it got (Last-Event-ID).
				log.warn("Progress of run {} not sent: {}", runId, ex.toString());
				emitter.completeWithError(ex);
				close();
			}
			finally {
				sending.set(false);
			}
		}

		void close() {
			closed = true;
			ScheduledFuture<?> future = ticking;
			if (future != null) {
				future.cancel(false);
			}
		}

		private static String json(Object value) {
			return JsonMapper.shared().writeValueAsString(value);
		}

	}

}
