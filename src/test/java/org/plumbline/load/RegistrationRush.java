package org.plumbline.load;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * Issue 15, point 2: a free ticket type's sale opens and users register in its first
 * minute; some click twice, some give up on an answer after a moment and post again. A
 * post without an answer (the application down) is sent again each second until one
 * comes.
 */
final class RegistrationRush {

	private static final Duration WINDOW = Duration.ofSeconds(60);

	/** How long an impatient user waits before posting again. */
	private static final Duration IMPATIENCE = Duration.ofMillis(30);

	private static final Pattern POSITION = Pattern.compile("id=\"registration-position\">(\\d+)<");

	enum Outcome {

		ACKNOWLEDGED, REFUSED, SERVER_ERROR, NO_ANSWER

	}

	record Post(User user, Outcome outcome, int status, int tries) {
	}

	private final Site site;

	private final Database database;

	private final String eventSlug;

	final Timings forms = new Timings("registration form (GET)");

	final Timings posts = new Timings("registration (POST)");

	final Timings abandoned = new Timings("registration abandoned after 30 ms (POST)");

	private final ConcurrentLinkedQueue<Post> results = new ConcurrentLinkedQueue<>();

	private long typeId;

	private Instant opens;

	RegistrationRush(Site site, Database database, String eventSlug) {
		this.site = site;
		this.database = database;
		this.eventSlug = eventSlug;
	}

	void prepare(int places, Instant opens) throws Exception {
		this.opens = opens;
		this.typeId = database.openSale(database.eventId(eventSlug), "Rush ticket", places, opens);
	}

	/**
	 * Runs the rush: users spread over the sale's first minute, every
	 * {@code doubleClickEvery}-th clicking twice and every {@code impatientEvery}-th
	 * abandoning its first post; the crash (if any) strikes meanwhile.
	 */
	void run(List<User> users, int doubleClickEvery, int impatientEvery, Crash crash) throws Exception {
		Instant giveUp = opens.plus(WINDOW).plusSeconds(240);
		List<Future<?>> running = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < users.size(); i++) {
				User user = users.get(i);
				Instant at = opens.plusMillis(i * (WINDOW.toMillis() - 3000) / users.size());
				boolean twice = i % doubleClickEvery == 1;
				boolean impatient = i % impatientEvery == 2;
				running.add(threads.submit(() -> register(user, at, twice, impatient, giveUp)));
			}
			crash.during(opens, opens.plus(WINDOW));
			for (Future<?> user : running) {
				user.get();
			}
		}
	}

	private Void register(User user, Instant at, boolean twice, boolean impatient, Instant giveUp) throws Exception {
		DeadlineRush.sleepUntil(at);
		String path = "/" + eventSlug + "/register";
		Site.Answer form;
		try {
			form = Site.untilAnswered(() -> site.get(path, user.sessionCookie(), forms), giveUp);
		}
		catch (IOException noAnswer) {
			results.add(new Post(user, Outcome.NO_ANSWER, Timings.NO_ANSWER, 1));
			return null;
		}
		if (form.status() != 200 || form.csrfToken().isEmpty()) {
			results
				.add(new Post(user, form.status() >= 500 ? Outcome.SERVER_ERROR : Outcome.REFUSED, form.status(), 1));
			return null;
		}
		Map<String, String> fields = Map.of("_csrf", form.csrfToken().get(), "ticket", Long.toString(typeId));
		if (impatient) {
			try {
				site.post(path, user.sessionCookie(), fields, abandoned, IMPATIENCE);
			}
			catch (IOException gaveUp) {
				// the user gives up on the answer and posts again below
			}
		}
		Site.Request post = () -> site.post(path, user.sessionCookie(), fields, posts, Site.REQUEST_TIME_OUT);
		if (twice) {
			try (ExecutorService clicks = Executors.newVirtualThreadPerTaskExecutor()) {
				Future<Post> second = clicks.submit(() -> posted(user, post, giveUp));
				results.add(posted(user, post, giveUp));
				results.add(second.get());
			}
		}
		else {
			results.add(posted(user, post, giveUp));
		}
		return null;
	}

	private Post posted(User user, Site.Request post, Instant giveUp) throws InterruptedException {
		int tries = 0;
		while (true) {
			tries++;
			try {
				Site.Answer answer = post.send();
				boolean mine = answer.redirected() && answer.location() != null
						&& answer.location().endsWith("/" + eventSlug + "/registration");
				Outcome outcome = mine ? Outcome.ACKNOWLEDGED
						: answer.status() >= 500 ? Outcome.SERVER_ERROR : Outcome.REFUSED;
				return new Post(user, outcome, answer.status(), tries);
			}
			catch (IOException noAnswer) {
				if (Instant.now().isAfter(giveUp)) {
					return new Post(user, Outcome.NO_ANSWER, Timings.NO_ANSWER, tries);
				}
				Thread.sleep(1000);
			}
		}
	}

	/**
	 * Checks the stored registrations against the answers and the capacity: exactly the
	 * places taken, one registration per user, arrivals numbered without gaps, places to
	 * the first arrivals, each registration audited and mailed once, and the waiting line
	 * as each waiting user sees it in tier-then-arrival order.
	 */
	void check(long eventId, int places, Violations violations, Figures figures, boolean crashed) throws Exception {
		Map<String, Object> type = database
			.query("SELECT capacity, places_taken, arrivals FROM ticket_type WHERE id = ?", typeId)
			.get(0);
		List<Map<String, Object>> stored = database.query("""
				SELECT r.id, r.account_id, r.status, r.arrival, r.active_account_id,
				       (SELECT COUNT(*) FROM audit_entry e WHERE e.object_type = 'registration'
				         AND e.object_id = CAST(r.id AS VARCHAR) AND e.action = 'registration-created') AS audited,
				       (SELECT COUNT(*) FROM mail_outbox m WHERE m.subject_type = 'registration'
				         AND m.subject_id = CAST(r.id AS VARCHAR)) AS mails,
				       EXISTS (SELECT 1 FROM topic t JOIN topic_speaker s ON s.topic_id = t.id
				               JOIN account a ON a.person_id = s.person_id
				               WHERE a.id = r.account_id AND t.event_id = r.event_id AND t.state = 'SUBMITTED')
				         AS proposer
				FROM registration r WHERE r.ticket_type_id = ?""", typeId);
		long active = database
			.count("""
					SELECT COUNT(*) FROM (SELECT active_account_id FROM registration
					WHERE event_id = ? AND active_account_id IS NOT NULL GROUP BY active_account_id HAVING COUNT(*) > 1) twice""",
					eventId);
		if (active > 0) {
			violations.add(active + " accounts hold two active registrations");
		}
		Map<Long, Long> perAccount = new HashMap<>();
		long registered = 0;
		long maxRegisteredArrival = 0;
		long minWaitingArrival = Long.MAX_VALUE;
		List<Map<String, Object>> waiting = new ArrayList<>();
		for (Map<String, Object> registration : stored) {
			perAccount.merge((Long) registration.get("account_id"), 1L, Long::sum);
			long arrival = (Long) registration.get("arrival");
			switch ((String) registration.get("status")) {
				case "REGISTERED" -> {
					registered++;
					maxRegisteredArrival = Math.max(maxRegisteredArrival, arrival);
				}
				case "WAITING" -> {
					waiting.add(registration);
					minWaitingArrival = Math.min(minWaitingArrival, arrival);
				}
				default ->
					violations.add("registration " + registration.get("id") + " is " + registration.get("status"));
			}
			if (((Number) registration.get("audited")).longValue() != 1) {
				violations.add("registration " + registration.get("id") + " has " + registration.get("audited")
						+ " creation audit entries, not 1 (half-written)");
			}
			if (((Number) registration.get("mails")).longValue() != 1) {
				violations.add("registration " + registration.get("id") + " has " + registration.get("mails")
						+ " mails in the outbox, not 1");
			}
		}
		perAccount.forEach((account, count) -> {
			if (count > 1) {
				violations.add("account " + account + " registered " + count + " times");
			}
		});
		long expectedRegistered = Math.min(places, stored.size());
		int taken = ((Number) type.get("places_taken")).intValue();
		if (registered != expectedRegistered || taken != registered) {
			violations.add("capacity " + places + ": " + registered + " registered, " + taken + " places taken, "
					+ stored.size() + " registrations");
		}
		if (((Number) type.get("arrivals")).longValue() != stored.size()
				|| stored.stream().map(row -> row.get("arrival")).distinct().count() != stored.size()) {
			violations.add("arrivals are not numbered 1.." + stored.size() + " (counter " + type.get("arrivals") + ")");
		}
		if (!waiting.isEmpty() && maxRegisteredArrival > minWaitingArrival) {
			violations
				.add("arrival " + minWaitingArrival + " waits while arrival " + maxRegisteredArrival + " got a place");
		}
		Set<Long> acknowledged = new HashSet<>();
		Map<Outcome, Long> outcomes = new HashMap<>();
		for (Post post : results) {
			outcomes.merge(post.outcome(), 1L, Long::sum);
			switch (post.outcome()) {
				case ACKNOWLEDGED -> acknowledged.add(post.user().accountId());
				case SERVER_ERROR -> violations.add("user " + post.user().number() + "'s registration answered 5xx");
				case REFUSED -> violations
					.add("user " + post.user().number() + "'s registration was refused (" + post.status() + ")");
				case NO_ANSWER -> {
					if (!crashed) {
						violations.add("user " + post.user().number() + "'s registration got no answer");
					}
				}
			}
		}
		for (long account : acknowledged) {
			if (!perAccount.containsKey(account)) {
				violations.add("account " + account + " was told it registered, but has no registration (lost)");
			}
		}
		long untold = perAccount.keySet().stream().filter(account -> !acknowledged.contains(account)).count();
		if (untold > 0 && !crashed) {
			violations.add(untold + " registrations are stored that nobody was told of");
		}
		long wrongPlaces = checkLine(waiting, violations);
		figures.add("registrations acknowledged (users)", acknowledged.size());
		figures.add("registrations stored", stored.size());
		figures.add("registered / capacity / places taken", registered + " / " + places + " / " + taken);
		figures.add("waiting", waiting.size());
		figures.add("waiting in the proposers' tier",
				waiting.stream().filter(row -> Boolean.TRUE.equals(row.get("proposer"))).count());
		figures.add("waiting users shown a wrong place in line", wrongPlaces);
		figures.add("stored, answer lost to the kill", untold);
		figures.add("second clicks and retries answered with the first registration",
				outcomes.getOrDefault(Outcome.ACKNOWLEDGED, 0L) - acknowledged.size());
		figures.add("posts without any answer", outcomes.getOrDefault(Outcome.NO_ANSWER, 0L));
		figures.add("posts sent again after a lost answer", results.stream().mapToInt(post -> post.tries() - 1).sum());
	}

	/**
	 * Asks each waiting user's own page for their place in line and compares it with the
	 * tier-then-arrival order: the proposers' tier (a submitted topic in the event)
	 * before everyone else, each by arrival.
	 * @return how many were shown another place
	 */
	private long checkLine(List<Map<String, Object>> waiting, Violations violations) throws Exception {
		List<Map<String, Object>> line = new ArrayList<>(waiting);
		line.sort(Comparator.comparing((Map<String, Object> row) -> Boolean.TRUE.equals(row.get("proposer")) ? 0 : 1)
			.thenComparing(row -> (Long) row.get("arrival")));
		Map<Long, User> users = new HashMap<>();
		results.forEach(post -> users.put(post.user().accountId(), post.user()));
		Timings pages = new Timings("own registration page (GET)");
		Semaphore inFlight = new Semaphore(8);
		List<Future<Boolean>> shown = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int position = 1; position <= line.size(); position++) {
				User user = users.get((Long) line.get(position - 1).get("account_id"));
				if (user == null) {
					violations.add("registration " + line.get(position - 1).get("id") + " is of no user of the rush");
					continue;
				}
				int expected = position;
				shown.add(threads.submit(() -> {
					inFlight.acquire();
					try {
						Site.Answer page = site.get("/" + eventSlug + "/registration", user.sessionCookie(), pages);
						String actual = Site.field(POSITION, page.body()).orElse("none");
						if (!actual.equals(Integer.toString(expected))) {
							violations.add("user " + user.number() + " is shown place " + actual + " in line, not "
									+ expected);
							return false;
						}
						return true;
					}
					finally {
						inFlight.release();
					}
				}));
			}
		}
		long wrong = 0;
		for (Future<Boolean> each : shown) {
			if (!each.get()) {
				wrong++;
			}
		}
		return wrong;
	}

	/** The ids of the rush's registrations, for the mail they were sent. */
	List<String> registrationIds() throws Exception {
		return database.query("SELECT CAST(id AS VARCHAR) AS id FROM registration WHERE ticket_type_id = ?", typeId)
			.stream()
			.map(row -> (String) row.get("id"))
			.toList();
	}

}
