package org.plumbline.load;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * Issue 15, point 5, under traffic: signed-in users submit topics and register while
 * anonymous visitors load the event's public pages and its sale's API, and the test's
 * PostgreSQL is stopped ({@code pg_ctl stop -m fast}) for 30 s and started again. Every
 * request's answer is kept with when it was sent, and checked against when the database
 * was away: no 5xx but 503, every 503 the outage page (problem+json on the API), the
 * pages kept before the stop served throughout, no write acknowledged while the database
 * was down, every acknowledged write stored once and whole, the site answering again by
 * itself, and every registration's mail delivered once.
 */
final class Outage {

	static final String SCENARIO = "outage";

	private static final Duration BEFORE = Duration.ofSeconds(20);

	private static final Duration DOWN = Duration.ofSeconds(30);

	private static final Duration AFTER = Duration.ofSeconds(30);

	/**
	 * No form is posted in the seconds before the stop: a registration's commit drops
	 * every kept page, so "the pages kept at the stop" are those fetched after the last
	 * one. Reads go on meanwhile, and the mail worker's commits drop nothing.
	 */
	private static final Duration QUIET = Duration.ofSeconds(5);

	/** How long a user waits between opening a form and posting it. */
	private static final Duration FILLING_IN = Duration.ofSeconds(3);

	/** How long a user shown the outage page waits before trying again. */
	private static final Duration USER_RETRY = Duration.ofSeconds(2);

	private static final int VISITORS_IN_FLIGHT = 100;

	private static final String OUTAGE_HEADING = "Temporarily unavailable";

	private static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

	private static final Pattern DURATION = Pattern.compile("name=\"durationMinutes\" value=\"(\\d+)\"");

	private static final Pattern TOPIC_PATH = Pattern.compile("/account/topics/(\\d+)$");

	/** One request and its answer (status {@link Timings#NO_ANSWER} if none came). */
	private record Exchange(String path, Instant sent, Instant answered, int status, String body) {

		boolean api() {
			return path.startsWith("/api/");
		}

	}

	/**
	 * A user's write as it ended: acknowledged or not, and when its last post was sent.
	 */
	private record Write(User user, boolean topic, boolean acknowledged, Instant lastSent, int status, String key) {
	}

	private final PrivateCluster cluster;

	private final Database database;

	private final MailCheck mail;

	private final String slug;

	private final Violations violations;

	private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();

	private final Timings forms = new Timings("topic and registration forms (GET)");

	private final Timings posts = new Timings("topic submissions and registrations (POST)");

	private final Timings publicPages = new Timings("public pages and the sale's API (GET)");

	private final Timings recoveryProbes = new Timings("registration page after the restart (GET)");

	private Site site;

	private long ticketType;

	Outage(PrivateCluster cluster, Database database, MailCheck mail, String slug, Violations violations) {
		this.cluster = cluster;
		this.database = database;
		this.mail = mail;
		this.slug = slug;
		this.violations = violations;
	}

	/**
	 * Starts the application, signs the users in, runs the traffic around the outage and
	 * checks it.
	 */
	Figures run(Application application, List<User> users, int publicRate) throws Exception {
		Figures figures = new Figures(
				"scenario outage (PostgreSQL stopped for " + DOWN.toSeconds() + " s under traffic)");
		Duration started = application.start();
		site = new Site(application.port());
		Timings signIns = new Timings("sign-in (GET form, POST)");
		LoadRun.step("outage: sign in " + users.size() + " users", () -> LoadRun.signIn(site, users, signIns));
		long eventId = database.eventId(slug);
		List<String> calls = database.closeCallsAt(eventId, Instant.now().plus(Duration.ofHours(1)));
		ticketType = database.openSale(eventId, "Outage ticket", users.size(), Instant.now());
		List<String> pages = new ArrayList<>(List.of("/" + slug + "/", "/" + slug + "/microconferences",
				"/" + slug + "/calls", "/" + slug + "/sponsors", "/" + slug + "/schedule"));
		calls.forEach(call -> pages.add("/" + slug + "/microconferences/" + call));
		String api = "/api/v1/events/" + slug + "/registration";

		Instant begin = Instant.now().plusSeconds(2);
		Instant stopAt = begin.plus(BEFORE);
		Instant end = stopAt.plus(DOWN).plus(AFTER);
		Instant giveUp = end.plusSeconds(90);
		Map<String, Integer> keptAtStop = new LinkedHashMap<>();
		Instant stoppedAt;
		Instant restartAt;
		Instant restartedAt;
		Duration recovery;
		long pendingMailAtStop;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> traffic = new ArrayList<>();
			long spreadMillis = Duration.between(begin, end).minus(FILLING_IN).minusSeconds(2).toMillis();
			for (int i = 0; i < users.size(); i++) {
				User user = users.get(i);
				Instant opensAt = begin.plusMillis(i * spreadMillis / users.size());
				Instant postsAt = opensAt.plus(FILLING_IN);
				if (!postsAt.isBefore(stopAt.minus(QUIET)) && postsAt.isBefore(stopAt.plusSeconds(3))) {
					postsAt = stopAt.plusSeconds(3);
				}
				boolean topic = i % 2 == 0;
				String call = calls.get(i % calls.size());
				Instant posting = postsAt;
				traffic.add(threads.submit(() -> write(user, topic, call, opensAt, posting, giveUp)));
			}
			List<String> visited = new ArrayList<>(pages);
			visited.add(api);
			traffic.add(threads.submit(() -> visit(visited, publicRate, begin, end)));

			DeadlineRush.sleepUntil(stopAt.minusMillis(1500));
			for (String page : pages) {
				keptAtStop.put(page, request(page, null, publicPages).status());
			}
			DeadlineRush.sleepUntil(stopAt);
			pendingMailAtStop = database
				.count("SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')");
			cluster.stopServer();
			stoppedAt = Instant.now();
			System.out.println("load: the cluster stopped at " + stoppedAt);
			DeadlineRush.sleepUntil(stoppedAt.plus(DOWN));
			restartAt = Instant.now();
			cluster.startServer();
			restartedAt = Instant.now();
			System.out.println("load: the cluster started again at " + restartedAt);
			recovery = awaitRecovery(users.get(0), restartedAt.plusSeconds(120));
			for (Future<?> each : traffic) {
				each.get();
			}
		}
		Duration drained = mail.awaitDrained();
		check(eventId, keptAtStop, stoppedAt, restartAt, recovery, figures);
		List<String> registrations = database
			.query("SELECT CAST(id AS VARCHAR) AS id FROM registration WHERE ticket_type_id = ?", ticketType)
			.stream()
			.map(row -> (String) row.get("id"))
			.toList();
		mail.check(registrations, 0, violations, figures);
		figures.add(signIns);
		figures.add(forms);
		figures.add(posts);
		figures.add(publicPages);
		figures.add(recoveryProbes);
		figures.add("application start to first answer (ms)", started.toMillis());
		figures.add("cluster stop (pg_ctl stop -m fast) took (ms)", Duration.between(stopAt, stoppedAt).toMillis());
		figures.add("cluster down, stopped to start begun (s)", Duration.between(stoppedAt, restartAt).toSeconds());
		figures.add("cluster start (pg_ctl start) took (ms)", Duration.between(restartAt, restartedAt).toMillis());
		figures.add("cluster started to the first 200 of a page that needs the database (ms)",
				recovery == null ? "none" : Long.toString(recovery.toMillis()));
		figures.add("mail pending or being sent at the stop", pendingMailAtStop);
		figures.add("outbox drained after the traffic in (s)", drained.toSeconds());
		figures.add("load average (1 min) at the end",
				String.format(java.util.Locale.ROOT, "%.2f", LoadRun.loadAverage()));
		System.out.println(figures.table());
		return figures;
	}

	/**
	 * One user's write: opens the form (again after each outage page), posts it at its
	 * time and, shown the outage page, posts the same form again after a pause, as a user
	 * told to try again in a minute would, until another answer comes.
	 */
	private Void write(User user, boolean topic, String call, Instant opensAt, Instant postsAt, Instant giveUp)
			throws Exception {
		DeadlineRush.sleepUntil(opensAt);
		String path = topic ? "/" + slug + "/calls/" + call + "/topics/new" : "/" + slug + "/register";
		Optional<Site.Answer> form = untilNot503(() -> exchange(path, user, null, forms), giveUp);
		if (form.isEmpty() || form.get().status() != 200 || form.get().csrfToken().isEmpty()) {
			writes.add(new Write(user, topic, false, Instant.now(), form.map(Site.Answer::status).orElse(-1), null));
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.get().csrfToken().get());
		String key = null;
		if (topic) {
			key = Site.field(SUBMISSION_KEY, form.get().body()).orElse("");
			fields.put("submissionKey", key);
			fields.put("title", "Outage topic of user " + user.number());
			fields.put("abstractText", "What user " + user.number() + " would discuss, sent around an outage.");
			fields.put("durationMinutes", Site.field(DURATION, form.get().body()).orElse("30"));
			fields.put("notes", "");
			fields.put("action", "submit");
		}
		else {
			fields.put("ticket", Long.toString(ticketType));
		}
		DeadlineRush.sleepUntil(postsAt);
		Instant[] lastSent = new Instant[1];
		Optional<Site.Answer> answer = untilNot503(() -> {
			lastSent[0] = Instant.now();
			return exchange(path, user, fields, posts);
		}, giveUp);
		int status = answer.map(Site.Answer::status).orElse(-1);
		boolean acknowledged = answer.isPresent() && answer.get().redirected() && answer.get().location() != null
				&& (topic ? TOPIC_PATH.matcher(answer.get().location()).find()
						: answer.get().location().endsWith("/" + slug + "/registration"));
		writes.add(new Write(user, topic, acknowledged, lastSent[0], status, key));
		return null;
	}

	/**
	 * Sends the request until it is answered with anything but 503, pausing between
	 * tries.
	 * @return the answer, or nothing if {@code giveUp} passed first
	 */
	private static Optional<Site.Answer> untilNot503(Site.Request request, Instant giveUp) throws InterruptedException {
		while (Instant.now().isBefore(giveUp)) {
			try {
				Site.Answer answer = request.send();
				if (answer.status() != 503) {
					return Optional.of(answer);
				}
			}
			catch (IOException noAnswer) {
				// tried again below
			}
			Thread.sleep(USER_RETRY);
		}
		return Optional.empty();
	}

	/**
	 * Anonymous visitors loading the pages in turn at the rate, each on a thread of its
	 * own.
	 */
	private Void visit(List<String> paths, int perSecond, Instant from, Instant to) throws InterruptedException {
		Semaphore inFlight = new Semaphore(VISITORS_IN_FLIGHT);
		long periodNanos = 1_000_000_000L / perSecond;
		DeadlineRush.sleepUntil(from);
		long next = System.nanoTime();
		try (ExecutorService visitors = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; Instant.now().isBefore(to); i++) {
				String path = paths.get((int) (i % paths.size()));
				if (inFlight.tryAcquire()) {
					visitors.execute(() -> {
						try {
							request(path, null, publicPages);
						}
						finally {
							inFlight.release();
						}
					});
				}
				next += periodNanos;
				long wait = next - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(Duration.ofNanos(wait));
				}
			}
		}
		return null;
	}

	/** The request, its answer kept; a failure to answer is kept as no answer. */
	private Site.Answer request(String path, User user, Timings timings) {
		try {
			return exchange(path, user, null, timings);
		}
		catch (IOException noAnswer) {
			return new Site.Answer(Timings.NO_ANSWER, "", null, null);
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
			return new Site.Answer(Timings.NO_ANSWER, "", null, null);
		}
	}

	private Site.Answer exchange(String path, User user, Map<String, String> form, Timings timings)
			throws IOException, InterruptedException {
		Instant sent = Instant.now();
		String cookie = user == null ? null : user.sessionCookie();
		try {
			Site.Answer answer = form == null ? site.get(path, cookie, timings)
					: site.post(path, cookie, form, timings, Site.REQUEST_TIME_OUT);
			exchanges.add(new Exchange(path, sent, Instant.now(), answer.status(), answer.body()));
			return answer;
		}
		catch (IOException noAnswer) {
			exchanges.add(new Exchange(path, sent, Instant.now(), Timings.NO_ANSWER, ""));
			throw noAnswer;
		}
	}

	/**
	 * Asks a page that needs the database, for a signed-in user, every 100 ms until it
	 * answers 200.
	 * @return the time from the cluster's start to that answer, or null if none came by
	 * {@code giveUp}
	 */
	private Duration awaitRecovery(User user, Instant giveUp) throws InterruptedException {
		Instant restarted = Instant.now();
		while (Instant.now().isBefore(giveUp)) {
			if (request("/" + slug + "/register", user, recoveryProbes).status() == 200) {
				return Duration.between(restarted, Instant.now());
			}
			Thread.sleep(100);
		}
		violations.add("outage: no page that needs the database answered 200 within 2 minutes of the restart");
		return null;
	}

	private void check(long eventId, Map<String, Integer> keptAtStop, Instant stoppedAt, Instant restartAt,
			Duration recovery, Figures figures) throws Exception {
		List<Exchange> all = List.copyOf(exchanges);
		long serverErrors500 = 0;
		long other5xx = 0;
		long wrong503 = 0;
		long before503 = 0;
		long during503 = 0;
		long after503 = 0;
		long noAnswer = 0;
		Map<String, long[]> keptDuring = new TreeMap<>();
		keptAtStop.forEach((page, status) -> {
			if (status == 200) {
				keptDuring.put(page, new long[2]);
			}
		});
		for (Exchange exchange : all) {
			boolean down = !exchange.sent().isBefore(stoppedAt) && exchange.answered().isBefore(restartAt);
			if (exchange.status() == Timings.NO_ANSWER) {
				noAnswer++;
			}
			if (exchange.status() == 500) {
				serverErrors500++;
			}
			else if (exchange.status() >= 500 && exchange.status() != 503) {
				other5xx++;
			}
			if (exchange.status() == 503) {
				boolean outagePage = exchange.api()
						? exchange.body().startsWith("{") && exchange.body().contains("\"status\":503")
						: exchange.body().contains(OUTAGE_HEADING);
				if (!outagePage) {
					wrong503++;
				}
				if (exchange.answered().isBefore(stoppedAt) && exchange.sent().isBefore(stoppedAt.minusSeconds(5))) {
					before503++;
				}
				else if (down) {
					during503++;
				}
				else if (!exchange.sent().isBefore(restartAt)) {
					after503++;
				}
			}
			long[] kept = keptDuring.get(exchange.path());
			if (kept != null && down) {
				kept[exchange.status() == 200 ? 0 : 1]++;
			}
		}
		if (serverErrors500 > 0 || other5xx > 0) {
			violations.add("outage: " + serverErrors500 + " answers of 500 and " + other5xx + " other 5xx but 503");
		}
		if (wrong503 > 0) {
			violations.add("outage: " + wrong503 + " answers of 503 were neither the outage page nor problem+json");
		}
		if (before503 > 0) {
			violations.add("outage: " + before503 + " answers of 503 to requests sent well before the stop");
		}
		if (noAnswer > 0) {
			violations.add("outage: " + noAnswer + " requests got no answer within " + Site.REQUEST_TIME_OUT);
		}
		long keptServed = keptDuring.values().stream().mapToLong(counts -> counts[0]).sum();
		long keptRefused = keptDuring.values().stream().mapToLong(counts -> counts[1]).sum();
		if (keptDuring.size() != keptAtStop.size()) {
			violations.add("outage: only " + keptDuring.size() + " of the " + keptAtStop.size()
					+ " public pages answered 200 just before the stop");
		}
		keptDuring.forEach((page, counts) -> {
			if (counts[1] > 0) {
				violations.add("outage: the kept page " + page + " answered other than 200 " + counts[1]
						+ " times while the database was down");
			}
			if (counts[0] + counts[1] == 0) {
				violations.add("outage: the kept page " + page + " was not asked for while the database was down");
			}
		});
		figures.add("answers of 500 / other 5xx but 503", serverErrors500 + " / " + other5xx);
		figures.add("answers of 503: sent while the database was down / after its start / well before the stop",
				during503 + " / " + after503 + " / " + before503);
		figures.add("answers of 503 that were not the outage page or problem+json", wrong503);
		figures.add("public pages kept at the stop (200 in the 1.5 s before it)",
				keptDuring.size() + " of " + keptAtStop.size());
		figures.add("their requests while the database was down: 200 / other", keptServed + " / " + keptRefused);
		checkWrites(eventId, stoppedAt, restartAt, figures);
	}

	private void checkWrites(long eventId, Instant stoppedAt, Instant restartAt, Figures figures) throws Exception {
		List<Write> all = List.copyOf(writes);
		Map<Long, Map<String, Object>> topics = new HashMap<>();
		for (Map<String, Object> topic : database.query("""
				SELECT t.id, t.submitted_by, t.submission_key, t.state,
				       (SELECT COUNT(*) FROM topic_speaker s WHERE s.topic_id = t.id) AS speakers,
				       (SELECT COUNT(*) FROM audit_entry e WHERE e.object_type = 'topic'
				         AND e.object_id = CAST(t.id AS VARCHAR) AND e.action = 'submitted') AS audited
				FROM topic t JOIN account a ON a.id = t.submitted_by
				WHERE t.event_id = ? AND a.email LIKE 'rush%@load.test'""", eventId)) {
			if (topics.put((Long) topic.get("submitted_by"), topic) != null) {
				violations.add("outage: account " + topic.get("submitted_by") + " has two topics (doubled)");
			}
			if (!"SUBMITTED".equals(topic.get("state")) || ((Number) topic.get("speakers")).longValue() != 1
					|| ((Number) topic.get("audited")).longValue() != 1) {
				violations.add("outage: topic " + topic.get("id") + " is half-written: " + topic);
			}
		}
		Map<Long, Map<String, Object>> registrations = new HashMap<>();
		for (Map<String, Object> registration : database.query("""
				SELECT r.id, r.account_id, r.status,
				       (SELECT COUNT(*) FROM audit_entry e WHERE e.object_type = 'registration'
				         AND e.object_id = CAST(r.id AS VARCHAR) AND e.action = 'registration-created') AS audited,
				       (SELECT COUNT(*) FROM mail_outbox m WHERE m.subject_type = 'registration'
				         AND m.subject_id = CAST(r.id AS VARCHAR)) AS mails
				FROM registration r WHERE r.ticket_type_id = ?""", ticketType)) {
			if (registrations.put((Long) registration.get("account_id"), registration) != null) {
				violations.add("outage: account " + registration.get("account_id") + " registered twice");
			}
			if (!"REGISTERED".equals(registration.get("status"))
					|| ((Number) registration.get("audited")).longValue() != 1
					|| ((Number) registration.get("mails")).longValue() != 1) {
				violations.add("outage: registration " + registration.get("id") + " is half-written: " + registration);
			}
		}
		Set<Long> acknowledgedTopics = new HashSet<>();
		Set<Long> acknowledgedRegistrations = new HashSet<>();
		long acknowledgedWhileDown = 0;
		long before = 0;
		long after = 0;
		for (Write write : all) {
			if (!write.acknowledged()) {
				violations
					.add("outage: user " + write.user().number() + "'s " + (write.topic() ? "topic" : "registration")
							+ " ended with " + write.status() + ", not acknowledged");
				continue;
			}
			boolean down = !write.lastSent().isBefore(stoppedAt) && write.lastSent().isBefore(restartAt);
			if (down) {
				acknowledgedWhileDown++;
			}
			else if (write.lastSent().isBefore(stoppedAt)) {
				before++;
			}
			else {
				after++;
			}
			long account = write.user().accountId();
			Map<String, Object> stored = write.topic() ? topics.get(account) : registrations.get(account);
			if (stored == null || (write.topic() && !write.key().equals(stored.get("submission_key")))) {
				violations.add("outage: user " + write.user().number() + " was told of a "
						+ (write.topic() ? "topic" : "registration") + " that is not stored (lost)");
			}
			(write.topic() ? acknowledgedTopics : acknowledgedRegistrations).add(account);
		}
		if (acknowledgedWhileDown > 0) {
			violations.add("outage: " + acknowledgedWhileDown + " writes acknowledged while the database was down");
		}
		long untoldTopics = topics.keySet().stream().filter(account -> !acknowledgedTopics.contains(account)).count();
		long untoldRegistrations = registrations.keySet()
			.stream()
			.filter(account -> !acknowledgedRegistrations.contains(account))
			.count();
		if (untoldTopics + untoldRegistrations > 0) {
			violations.add("outage: " + untoldTopics + " topics and " + untoldRegistrations
					+ " registrations stored that nobody was told of");
		}
		figures.add("writes (topics, registrations)", all.stream().filter(Write::topic).count() + ", "
				+ all.stream().filter(write -> !write.topic()).count());
		figures.add("acknowledged, last post sent before the stop / while down / after the start",
				before + " / " + acknowledgedWhileDown + " / " + after);
		figures.add("topics stored / acknowledged", topics.size() + " / " + acknowledgedTopics.size());
		figures.add("registrations stored / acknowledged",
				registrations.size() + " / " + acknowledgedRegistrations.size());
		figures.add("stored that nobody was told of", untoldTopics + untoldRegistrations);
	}

}
