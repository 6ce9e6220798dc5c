package org.plumbline.jdbc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line of requests for the database, with room for one: a request gives its place
 * back as soon as its answer starts going out, and the requests admitted or waiting when
 * the database goes away get the outage answer (503), never the application's 500. The
 * database is one that does not answer (a closed port), found gone through
 * {@link DatabaseAvailability} as a failing request would have it found.
 */
class DatabaseOutageFilterTest {

	/**
	 * Far longer than any admission takes, so that a request turned away was kept out.
	 */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

	private static final long LIMIT_SECONDS = 30;

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private HikariDataSource unanswered;

	private DatabaseAvailability availability;

	private DatabaseOutageFilter filter;

	@BeforeEach
	void aLineWithRoomForOne() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		unanswered = new HikariDataSource();
		unanswered.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/test");
		availability = new DatabaseAvailability(unanswered);
		filter = new DatabaseOutageFilter(availability, (request, response, why, mayHaveSaved) -> {
			response.setStatus(503);
			response.getWriter().write(why.name() + (mayHaveSaved ? ", may have saved" : ""));
		}, meters, 1, LONGEST_WAIT);
	}

	@AfterEach
	void stopAskingTheDatabase() {
		availability.destroy();
		unanswered.close();
	}

	@Test
	void aRequestLeavesTheLineAsSoonAsItsAnswerStartsGoingOutNotWhenTheSlowClientHasReadIt() throws Exception {
		CountDownLatch answerGoingOut = new CountDownLatch(1);
		CountDownLatch clientDoneReading = new CountDownLatch(1);
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<MockHttpServletResponse> download = clients
				.submit(() -> send("/talks/slides.pdf", (request, response) -> {
					response.getOutputStream().write(new byte[8192]);
					response.flushBuffer();
					answerGoingOut.countDown();
					await(clientDoneReading);
					response.getOutputStream().write(new byte[8192]);
				}));
			await(answerGoingOut);

			AtomicInteger answered = new AtomicInteger();
			MockHttpServletResponse next = send("/lpc2023/schedule", (request, response) -> answered.incrementAndGet());

			assertThat(next.getStatus()).as("admitted while the download is still read").isEqualTo(200);
			assertThat(answered).hasValue(1);
			clientDoneReading.countDown();
			assertThat(download.get(LIMIT_SECONDS, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		assertThat(admitted()).as("every place given back").isZero();
	}

	@Test
	void theRequestsAdmittedAndWaitingWhenTheDatabaseGoesAwayGetTheOutageAnswer() throws Exception {
		CountDownLatch firstAdmitted = new CountDownLatch(1);
		CountDownLatch databaseGone = new CountDownLatch(1);
		AtomicInteger secondAnswered = new AtomicInteger();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<MockHttpServletResponse> first = clients
				.submit(() -> send("/account/profile", (request, response) -> {
					firstAdmitted.countDown();
					await(databaseGone);
					throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
							new SQLNonTransientConnectionException("Connection refused", "08001"));
				}));
			await(firstAdmitted);
			Future<MockHttpServletResponse> second = clients
				.submit(() -> send("/lpc2023/schedule", (request, response) -> secondAnswered.incrementAndGet()));
			waitUntil(() -> meters.get("plumbline.requests.waiting").gauge().value() == 1);

			availability.suspect(new ConnectException("Connection refused"));
			waitUntil(() -> !availability.isReachable());
			databaseGone.countDown();

			MockHttpServletResponse admitted = first.get(LIMIT_SECONDS, TimeUnit.SECONDS);
			MockHttpServletResponse waiting = second.get(LIMIT_SECONDS, TimeUnit.SECONDS);
			assertThat(admitted.getStatus()).as("admitted, then failed on the lost database").isEqualTo(503);
			assertThat(admitted.getContentAsString()).isEqualTo("UNREACHABLE");
			assertThat(waiting.getStatus()).as("waiting in line when the database went away").isEqualTo(503);
			assertThat(waiting.getContentAsString()).isEqualTo("UNREACHABLE");
			assertThat(secondAnswered).as("the waiting request never reached the application").hasValue(0);
		}
		assertThat(admitted()).as("every place given back").isZero();
	}

	/**
	 * A form whose work may have been committed before the failure (its session's
	 * write-back timed out, say) is not told that nothing was saved; a page read, or a
	 * form turned away before it ran, is.
	 */
	@Test
	void aFormThatFailsAfterItRanIsToldItMayHaveBeenSavedAndOneTurnedAwayIsNot() throws Exception {
		FilterChain busyAfterRunning = (request, response) -> {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException(
							"Connection is not available, request timed out after 10000ms"));
		};

		assertThat(send("POST", "/account/profile", busyAfterRunning).getContentAsString())
			.isEqualTo("TOO_BUSY, may have saved");
		assertThat(send("GET", "/account/profile", busyAfterRunning).getContentAsString()).isEqualTo("TOO_BUSY");

		DatabaseOutageFilter impatient = new DatabaseOutageFilter(availability,
				(request, response, why, mayHaveSaved) -> response.getWriter()
					.write(why.name() + (mayHaveSaved ? ", may have saved" : "")),
				new SimpleMeterRegistry(), 1, Duration.ofMillis(1));
		CountDownLatch admitted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<MockHttpServletResponse> holding = clients
				.submit(() -> send(impatient, "GET", "/lpc2023/schedule", (request, response) -> {
					admitted.countDown();
					await(release);
				}));
			await(admitted);

			MockHttpServletResponse turnedAway = send(impatient, "POST", "/account/profile",
					(request, response) -> response.getWriter().write("ran"));
			release.countDown();
			holding.get(LIMIT_SECONDS, TimeUnit.SECONDS);

			assertThat(turnedAway.getContentAsString()).as("the line was full").isEqualTo("TOO_BUSY");
		}
	}

	private MockHttpServletResponse send(String path, FilterChain chain) throws Exception {
		return send("GET", path, chain);
	}

	private MockHttpServletResponse send(String method, String path, FilterChain chain) throws Exception {
		return send(filter, method, path, chain);
	}

	private static MockHttpServletResponse send(DatabaseOutageFilter filter, String method, String path,
			FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setServletPath(path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	private double admitted() {
		return meters.get("plumbline.requests.admitted").gauge().value();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(LIMIT_SECONDS, TimeUnit.SECONDS)).as("the other request came that far").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		long tries = LIMIT_SECONDS * 20;
		while (!condition.getAsBoolean() && tries-- > 0) {
			Thread.sleep(50);
		}
		assertThat(condition.getAsBoolean()).isTrue();
	}

}
