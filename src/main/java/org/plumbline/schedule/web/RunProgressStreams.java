package org.plumbline.schedule.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.plumbline.event.Event;
import org.plumbline.schedule.SchedulingRun;
import org.plumbline.schedule.SchedulingRuns;
import org.plumbline.schedule.ScorePoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Server-Sent Events of runs' pages: once a second, each open stream reads its run
 * and new points from the database (so it works whichever instance solves the run) and
 * sends a {@code point} event per new point (its id the point's position), then a
 * {@code state} event; when the run has ended, an {@code end} event instead, and the
 * stream completes. One thread ticks every stream.
 */
@Component
class RunProgressStreams implements DisposableBean {

	static final Duration TICK = Duration.ofSeconds(1);

	/** A browser left open on a page: its stream ends, and EventSource reconnects. */
	static final Duration LONGEST_STREAM = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(RunProgressStreams.class);

	private final SchedulingRuns runs;

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "run-progress-streams");
		thread.setDaemon(true);
		return thread;
	});

	RunProgressStreams(SchedulingRuns runs) {
		this.runs = runs;
	}

	SseEmitter open(Event event, long runId, int afterPosition) {
		SseEmitter emitter = new SseEmitter(LONGEST_STREAM.toMillis());
		Stream stream = new Stream(event, runId, afterPosition, emitter);
		emitter.onCompletion(stream::close);
		emitter.onTimeout(stream::close);
		emitter.onError(failure -> stream.close());
		stream.ticking = ticker.scheduleWithFixedDelay(stream::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
		return emitter;
	}

	@Override
	public void destroy() {
		ticker.shutdownNow();
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

		private int lastPosition;

		private volatile boolean closed;

		private volatile ScheduledFuture<?> ticking;

		Stream(Event event, long runId, int afterPosition, SseEmitter emitter) {
			this.event = event;
			this.runId = runId;
			this.lastPosition = afterPosition;
			this.emitter = emitter;
		}

		void tick() {
			if (closed) {
				close();
				return;
			}
			try {
				// the run before its points: a run that has ended stored every point
				// first
				Optional<SchedulingRun> run = runs.find(event, runId);
				for (ScorePoint point : runs.progress(event, runId, lastPosition)) {
					emitter.send(
							SseEmitter.event().name("point").id(Integer.toString(point.position())).data(json(point)));
					lastPosition = point.position();
				}
				if (run.isEmpty() || !run.get().state().going()) {
					if (run.isPresent()) {
						emitter.send(SseEmitter.event().name("end").data(json(state(run.get()))));
					}
					emitter.complete();
					close();
					return;
				}
				emitter.send(SseEmitter.event().name("state").data(json(state(run.get()))));
			}
			catch (IOException | IllegalStateException gone) {
				// the browser went away, or the stream timed out
				close();
			}
			catch (RuntimeException ex) {
				log.warn("Progress of run {} not sent: {}", runId, ex.toString());
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
