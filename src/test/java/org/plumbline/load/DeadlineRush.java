package org.plumbline.load;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 15, point 1: signed-in users submit topics to three MCs in the last minute before
 * their calls close, some clicking twice; after the deadline others post forms they
 * opened before it. Each posts its form (with the one-time submission key the form
 * carries) again after a lost answer until one comes, as a browser's user would.
 */
final class DeadlineRush {

	/** What the form says after the deadline (TopicCall.refusal). */
	static final String DEADLINE_MESSAGE = "topics can no longer be saved, edited or withdrawn";

	private static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

	private static final Pattern DURATION = Pattern.compile("name=\"durationMinutes\" value=\"(\\d+)\"");

	private static final Pattern TOPIC_PATH = Pattern.compile("/account/topics/(\\d+)$");

	private static final Duration WINDOW = Duration.ofSeconds(60);

	private static final Duration LATE_WINDOW = Duration.ofSeconds(10);

	enum Outcome {

		ACKNOWLEDGED, REFUSED_AT_DEADLINE, REFUSED_OTHERWISE, SERVER_ERROR, NO_ANSWER

	}

	/** One form post as its user saw it: the first post's send, the answer, the topic. */
	record Post(User user, String key, boolean late, Instant firstSentAt, Outcome outcome, Long topicId, int tries) {
	}

	private final Site site;

	private final Database database;

	private final String eventSlug;

	final Timings forms = new Timings("topic form (GET)");

	final Timings posts = new Timings("topic submission (POST)");

	private final ConcurrentLinkedQueue<Post> results = new ConcurrentLinkedQueue<>();

	private Instant deadline;

	private List<String> calls;

	DeadlineRush(Site site, Database database, String eventSlug) {
		this.site = site;
		this.database = database;
		this.eventSlug = eventSlug;
	}

	/** Sets the calls to close at the deadline and returns the MCs' slugs. */
	List<String> prepare(Instant deadline) throws Exception {
		this.deadline = deadline;
		this.calls = database.closeCallsAt(database.eventId(eventSlug), deadline);
		return calls;
	}

	Instant deadline() {
		return deadline;
	}

	/**
	 * Runs the rush: the on-time users spread over the minute before the deadline, the
	 * late ones posting over the ten seconds after it, every {@code doubleClickEvery}-th
	 * on-time user clicking twice; the crash (if any) strikes meanwhile.
	 */
	void run(List<User> onTime, List<User> late, int doubleClickEvery, Crash crash) throws Exception {
		Instant start = deadline.minus(WINDOW);
		Instant giveUp = deadline.plus(Duration.ofSeconds(120));
		List<Future<?>> users = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < onTime.size(); i++) {
				User user = onTime.get(i);
				Instant at = start.plusMillis(i * (WINDOW.toMillis() - 3000) / onTime.size());
				String call = calls.get(i % calls.size());
				boolean twice = i % doubleClickEvery == 0;
				users.add(threads.submit(() -> submit(user, call, at, at, twice, false, giveUp)));
			}
			for (int i = 0; i < late.size(); i++) {
				User user = late.get(i);
				Instant opensForm = deadline.minusSeconds(8).plusMillis(i * 5000L / late.size());
				Instant postsAt = deadline.plusMillis(500 + i * LATE_WINDOW.toMillis() / late.size());
				String call = calls.get(i % calls.size());
				users.add(threads.submit(() -> submit(user, call, opensForm, postsAt, false, true, giveUp)));
			}
			crash.during(start, deadline);
			for (Future<?> user : users) {
				user.get();
			}
		}
	}

	private Void submit(User user, String call, Instant opensFormAt, Instant postsAt, boolean twice, boolean late,
			Instant giveUp) throws Exception {
		sleepUntil(opensFormAt);
		String path = "/" + eventSlug + "/calls/" + call + "/topics/new";
		Site.Answer form;
		try {
			form = Site.untilAnswered(() -> site.get(path, user.sessionCookie(), forms), giveUp);
		}
		catch (IOException noAnswer) {
			results.add(new Post(user, null, late, Instant.now(), Outcome.NO_ANSWER, null, 1));
			return null;
		}
		Optional<String> key = Site.field(SUBMISSION_KEY, form.body());
		if (form.status() != 200 || key.isEmpty() || form.csrfToken().isEmpty()) {
			// the form came after the deadline (the application was down): it says the
			// call closed
			results.add(new Post(user, null, late, Instant.now(), outcomeOf(form), null, 1));
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.csrfToken().get());
		fields.put("submissionKey", key.get());
		fields.put("title", "Rush topic of user " + user.number());
		fields.put("abstractText", "What user " + user.number() + " would like to discuss, written in a hurry.");
		fields.put("durationMinutes", Site.field(DURATION, form.body()).orElse("30"));
		fields.put("notes", "");
		fields.put("action", "submit");
		sleepUntil(postsAt);
		Instant firstSent = Instant.now();
		Site.Request post = () -> site.post(path, user.sessionCookie(), fields, posts, Site.REQUEST_TIME_OUT);
		if (twice) {
			try (ExecutorService clicks = Executors.newVirtualThreadPerTaskExecutor()) {
				Future<Post> second = clicks.submit(() -> posted(user, key.get(), late, firstSent, post, giveUp));
				results.add(posted(user, key.get(), late, firstSent, post, giveUp));
				results.add(second.get());
			}
		}
		else {
			results.add(posted(user, key.get(), late, firstSent, post, giveUp));
		}
		return null;
	}

	private static Post posted(User user, String key, boolean late, Instant firstSent, Site.Request post,
			Instant giveUp) throws InterruptedException {
		int tries = 0;
		while (true) {
			tries++;
			try {
				Site.Answer answer = post.send();
				Long topic = answer.redirected() && answer.location() != null
						? Site.field(TOPIC_PATH, answer.location()).map(Long::valueOf).orElse(null) : null;
				return new Post(user, key, late, firstSent, topic != null ? Outcome.ACKNOWLEDGED : outcomeOf(answer),
						topic, tries);
			}
			catch (IOException noAnswer) {
				if (Instant.now().isAfter(giveUp)) {
					return new Post(user, key, late, firstSent, Outcome.NO_ANSWER, null, tries);
				}
				Thread.sleep(1000);
			}
		}
	}

	private static Outcome outcomeOf(Site.Answer answer) {
		if (answer.status() >= 500) {
			return Outcome.SERVER_ERROR;
		}
		if (answer.status() == 200 && answer.body().contains(DEADLINE_MESSAGE)) {
			return Outcome.REFUSED_AT_DEADLINE;
		}
		return Outcome.REFUSED_OTHERWISE;
	}

	/**
	 * Checks what was stored against the answers: every acknowledged submission stored
	 * once, under its user and key, before the deadline, whole (its speaker and its audit
	 * entry); every post first sent after the deadline refused with the deadline's
	 * message; nothing stored that nobody was told of, unless its answer was lost to a
	 * kill.
	 */
	void check(long eventId, Violations violations, Figures figures, boolean crashed) throws Exception {
		List<Post> all = List.copyOf(results);
		Map<Outcome, Long> outcomes = all.stream().collect(Collectors.groupingBy(Post::outcome, Collectors.counting()));
		List<Map<String, Object>> stored = database.query("""
				SELECT t.id, t.submitted_by, t.submission_key, t.state, t.created_at, t.submitted_at,
				       (SELECT COUNT(*) FROM topic_speaker s WHERE s.topic_id = t.id) AS speakers,
				       (SELECT COUNT(*) FROM topic_speaker s JOIN account a ON a.person_id = s.person_id
				         WHERE s.topic_id = t.id AND s.position = 1 AND a.id = t.submitted_by) AS own_speaker,
				       (SELECT COUNT(*) FROM audit_entry e WHERE e.object_type = 'topic'
				         AND e.object_id = CAST(t.id AS VARCHAR) AND e.action = 'submitted') AS audited
				FROM topic t JOIN account a ON a.id = t.submitted_by
				WHERE t.event_id = ? AND a.email LIKE 'rush%@load.test'""", eventId);
		Map<Long, Map<String, Object>> byId = new HashMap<>();
		Map<Long, Long> perAccount = new HashMap<>();
		for (Map<String, Object> topic : stored) {
			byId.put((Long) topic.get("id"), topic);
			perAccount.merge((Long) topic.get("submitted_by"), 1L, Long::sum);
			Instant created = ((Timestamp) topic.get("created_at")).toInstant();
			if (created.isAfter(deadline)) {
				violations
					.add("topic " + topic.get("id") + " was stored at " + created + ", after the deadline " + deadline);
			}
			if (!"SUBMITTED".equals(topic.get("state")) || topic.get("submitted_at") == null) {
				violations.add("topic " + topic.get("id") + " is " + topic.get("state") + ", not submitted");
			}
			if (((Number) topic.get("speakers")).longValue() != 1
					|| ((Number) topic.get("own_speaker")).longValue() != 1) {
				violations.add("topic " + topic.get("id") + " lacks its one speaker, the submitter (half-written)");
			}
			if (((Number) topic.get("audited")).longValue() != 1) {
				violations.add("topic " + topic.get("id") + " has " + topic.get("audited") + " audit entries, not 1");
			}
		}
		perAccount.forEach((account, count) -> {
			if (count != 1) {
				violations.add("account " + account + " has " + count + " topics from one form (a doubled submission)");
			}
		});
		Set<Long> acknowledgedAccounts = new java.util.HashSet<>();
		Map<String, Long> topicOfKey = new HashMap<>();
		for (Post post : all) {
			if (post.outcome() == Outcome.SERVER_ERROR) {
				violations.add("user " + post.user().number() + "'s submission answered 5xx");
			}
			if (post.outcome() == Outcome.NO_ANSWER && !crashed) {
				violations.add("user " + post.user().number() + " got no answer within two minutes");
			}
			if (post.outcome() == Outcome.REFUSED_OTHERWISE) {
				violations.add("user " + post.user().number() + "'s submission was refused, but not at the deadline");
			}
			boolean afterDeadline = post.firstSentAt().isAfter(deadline);
			if (afterDeadline && post.outcome() != Outcome.REFUSED_AT_DEADLINE
					&& !(crashed && post.outcome() == Outcome.NO_ANSWER)) {
				violations.add("user " + post.user().number() + " posted after the deadline and got " + post.outcome());
			}
			if (post.outcome() != Outcome.ACKNOWLEDGED) {
				continue;
			}
			acknowledgedAccounts.add(post.user().accountId());
			Map<String, Object> topic = byId.get(post.topicId());
			if (topic == null || !topic.get("submitted_by").equals(post.user().accountId())
					|| !post.key().equals(topic.get("submission_key"))) {
				violations.add("user " + post.user().number() + " was told of topic " + post.topicId()
						+ ", which is not theirs in the database (lost)");
			}
			Long earlier = topicOfKey.putIfAbsent(post.key(), post.topicId());
			if (earlier != null && !earlier.equals(post.topicId())) {
				violations.add("user " + post.user().number() + "'s two clicks were answered with two topics");
			}
		}
		long unacknowledged = perAccount.keySet().stream().filter(id -> !acknowledgedAccounts.contains(id)).count();
		if (unacknowledged > 0 && !crashed) {
			violations.add(unacknowledged + " topics are stored that nobody was told of");
		}
		figures.add("submissions acknowledged (users)", acknowledgedAccounts.size());
		figures.add("topics stored", stored.size());
		figures.add("stored, answer lost to the kill", unacknowledged);
		figures.add("second clicks answered with the first topic",
				all.stream().filter(post -> post.outcome() == Outcome.ACKNOWLEDGED).count()
						- acknowledgedAccounts.size());
		figures.add("posts refused at the deadline", outcomes.getOrDefault(Outcome.REFUSED_AT_DEADLINE, 0L));
		figures.add("posts refused otherwise", outcomes.getOrDefault(Outcome.REFUSED_OTHERWISE, 0L));
		figures.add("posts without any answer", outcomes.getOrDefault(Outcome.NO_ANSWER, 0L));
		figures.add("posts sent again after a lost answer", all.stream().mapToInt(post -> post.tries() - 1).sum());
	}

	static void sleepUntil(Instant at) throws InterruptedException {
		long millis = Duration.between(Instant.now(), at).toMillis();
		if (millis > 0) {
			Thread.sleep(millis);
		}
	}

}
