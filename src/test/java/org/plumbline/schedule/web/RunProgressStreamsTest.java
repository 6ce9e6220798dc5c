package org.plumbline.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.schedule.RunState;
import org.plumbline.schedule.SchedulingRun;
import org.plumbline.schedule.SchedulingRuns;
import org.plumbline.schedule.ScorePoint;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Issue 12, point 3: the progress bars of several organisers' pages are pushed side by
 * side, so that one browser slow to read its stream stalls no one else's.
 */
class RunProgressStreamsTest {

	private static final long RUN = 7;

	private static final long PATIENCE_SECONDS = 30;

	private final Event event = new Event(1, "streams", "Streams", LocalDate.of(2027, 10, 29),
			LocalDate.of(2027, 11, 1), ZoneId.of("Europe/Berlin"), null, 0);

	private final SchedulingRuns runs = mock(SchedulingRuns.class);

	private final RunProgressStreams streams = new RunProgressStreams(runs);

	private final SlowBrowser slow = new SlowBrowser();

	@BeforeEach
	void aRunningRunWithOnePoint() {
		when(runs.find(event, RUN)).thenReturn(Optional.of(new SchedulingRun(RUN, event.id(), RunState.RUNNING, null, 1,
				600, 1, 0, null, null, false, 0, null, null, null, null, null, null, "an-instance", 1, false)));
		when(runs.progress(eq(event), eq(RUN), anyInt())).thenAnswer(
				call -> call.<Integer>getArgument(2) < 0 ? List.of(new ScorePoint(0, 10, 0, 0, -5)) : List.of());
	}

	@AfterEach
	void shutDown() {
		streams.destroy();
	}

	@Test
	void aBrowserSlowToReadItsStreamHoldsUpNoOtherStream() throws InterruptedException {
		streams.follow(event, RUN, -1, slow);
		assertThat(slow.waiting.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the slow browser's first send waits")
			.isTrue();
		ListeningBrowser quick = new ListeningBrowser(3);

		streams.follow(event, RUN, -1, quick);

		assertThat(quick.states.await(PATIENCE_SECONDS, TimeUnit.SECONDS))
			.as("another page gets its point and three ticks' states meanwhile")
			.isTrue();
		assertThat(quick.received.peek()).startsWith("event:point\nid:0\n");
		assertThat(slow.sends).as("the slow stream skips its ticks while it sends, queueing none").hasValue(1);
	}

	@Test
	void shuttingDownInterruptsASendStillWaitingForItsBrowser() throws InterruptedException {
		streams.follow(event, RUN, -1, slow);
		assertThat(slow.waiting.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

		streams.destroy();

		assertThat(slow.interrupted.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
	}

	/** A browser that never reads: every send waits until it is interrupted. */
	private static final class SlowBrowser extends SseEmitter {

		final AtomicInteger sends = new AtomicInteger();

		final CountDownLatch waiting = new CountDownLatch(1);

		final CountDownLatch interrupted = new CountDownLatch(1);

		@Override
		public void send(SseEventBuilder event) throws IOException {
			sends.incrementAndGet();
			waiting.countDown();
			try {
				new CountDownLatch(1).await();
			}
			catch (InterruptedException ex) {
				interrupted.countDown();
				throw new IOException("interrupted", ex);
			}
		}

	}

	/** A browser that reads every event at once, counting the states. */
	private static final class ListeningBrowser extends SseEmitter {

		final Queue<String> received = new ConcurrentLinkedQueue<>();

		final CountDownLatch states;

		ListeningBrowser(int expectedStates) {
			this.states = new CountDownLatch(expectedStates);
		}

		@Override
		public void send(SseEventBuilder event) {
			String text = event.build().stream().map(part -> part.getData().toString()).collect(Collectors.joining());
			received.add(text);
			if (text.startsWith("event:state\n")) {
				states.countDown();
			}
		}

	}

}
