package org.plumbline.load;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * Issue 15, point 4: two instances of the packaged jar on the one cluster, behind
 * Debian's nginx as a round-robin load balancer. Checked: a session made through nginx is
 * accepted by each instance asked directly; an organiser's edit of an MC's text through
 * one instance shows on the MC's public page, kept by the other, on its next request; the
 * mail of registrations made through nginx arrives once each with both instances' mail
 * workers running; a solver run started through one instance runs once, on one instance,
 * while both poll for runs; two organisers who change the same draft timetable at once
 * from the same version, one through each instance, get one change saved and the other
 * told of the conflict, and the draft holds the winner's change alone.
 */
final class Twin {

	static final String SCENARIO = "twin";

	/** The first users, organisers of the event; the others register. */
	static final int ORGANISERS = 2;

	static final int FIRST_PORT = 8093;

	static final int SECOND_PORT = 8094;

	static final int NGINX_PORT = 8095;

	/** Edits made through each instance and looked for on the other. */
	private static final int EDIT_ROUNDS = 5;

	private static final int AT_ONCE = 6;

	private static final int SOLVER_SECONDS = 10;

	private static final Duration RUN_TIME_OUT = Duration.ofMinutes(5);

	private static final Pattern RUN_PATH = Pattern.compile("/schedule/runs/(\\d+)$");

	private final Database database;

	private final MailCheck mail;

	private final String slug;

	private final Violations violations;

	private final Figures figures = new Figures("scenario twin (two instances behind nginx)");

	Twin(Database database, MailCheck mail, String slug, Violations violations) {
		this.database = database;
		this.mail = mail;
		this.slug = slug;
		this.violations = violations;
	}

	/**
	 * Starts both instances and nginx (closed with the run's other resources), then runs
	 * the checks.
	 * @param settings the settings of an instance, given its port
	 */
	Figures run(Path jar, IntFunction<List<String>> settings, Path work, List<User> accounts,
			List<AutoCloseable> resources) throws Exception {
		long eventId = database.eventId(slug);
		List<User> organisers = accounts.subList(0, ORGANISERS);
		for (User organiser : organisers) {
			database.grantOrganiser(eventId, organiser.accountId());
		}
		Application first = instance(jar, settings, work, FIRST_PORT);
		resources.add(first);
		Application second = instance(jar, settings, work, SECOND_PORT);
		resources.add(second);
		try (ExecutorService starts = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Duration> firstStart = starts.submit(first::start);
			Future<Duration> secondStart = starts.submit(second::start);
			figures.add("instances' start to first answer (ms)",
					firstStart.get().toMillis() + ", " + secondStart.get().toMillis());
		}
		resources.add(Nginx.start(work.resolve("nginx"), NGINX_PORT, List.of(FIRST_PORT, SECOND_PORT)));
		Site balanced = new Site(NGINX_PORT);
		Site one = new Site(FIRST_PORT);
		Site two = new Site(SECOND_PORT);
		LoadRun.step("twin: sessions", () -> checkSessions(balanced, one, two, accounts));
		LoadRun.step("twin: edits", () -> checkEdits(one, two, eventId, organisers.get(0)));
		LoadRun.step("twin: mail", () -> checkMail(balanced, eventId, accounts.subList(ORGANISERS, accounts.size())));
		LoadRun.step("twin: solver run", () -> checkSolverRun(one, eventId, organisers.get(0)));
		LoadRun.step("twin: timetable", () -> checkTimetableConflict(one, two, eventId, organisers));
		figures.add("load average (1 min) at the end", String.format(Locale.ROOT, "%.2f", LoadRun.loadAverage()));
		System.out.println(figures.table());
		return figures;
	}

	private static Application instance(Path jar, IntFunction<List<String>> settings, Path work, int port) {
		List<String> all = new ArrayList<>(settings.apply(port));
		all.add("--plumbline.instance-id=" + instanceName(port));
		return new Application(jar, port, all, work, instanceName(port));
	}

	private static String instanceName(int port) {
		return "twin-" + port;
	}

	/**
	 * (1) Every user signs in through nginx; each instance, asked directly, knows them.
	 */
	private void checkSessions(Site balanced, Site one, Site two, List<User> users) throws Exception {
		Timings signIns = new Timings("sign-in through nginx (GET form, POST)");
		Timings direct = new Timings("own profile on each instance directly (GET)");
		Semaphore inFlight = new Semaphore(AT_ONCE);
		List<Future<Boolean>> accepted = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (User user : users) {
				accepted.add(threads.submit(() -> {
					inFlight.acquire();
					try {
						user.signIn(balanced, signIns);
						// both asked, so that each refusal is reported
						return knownTo(one, user, direct, "1") & knownTo(two, user, direct, "2");
					}
					finally {
						inFlight.release();
					}
				}));
			}
			long both = 0;
			for (Future<Boolean> each : accepted) {
				both += each.get() ? 1 : 0;
			}
			figures.add(signIns);
			figures.add(direct);
			figures.add("(1) sessions made through nginx accepted by both instances directly",
					both + " / " + users.size());
		}
	}

	private boolean knownTo(Site instance, User user, Timings timings, String which) throws Exception {
		Site.Answer profile = instance.get("/account/profile", user.sessionCookie(), timings);
		if (profile.status() != 200) {
			violations.add("twin: the session of user " + user.number() + ", made through nginx, was refused by "
					+ "instance " + which + " (" + profile.status() + " " + profile.location() + ")");
			return false;
		}
		return true;
	}

	/**
	 * (2) An organiser edits an MC's text through one instance; the other, which kept the
	 * MC's public page, shows the edit on its very next request; and the other way round.
	 */
	private void checkEdits(Site one, Site two, long eventId, User organiser) throws Exception {
		String mc = (String) database
			.query("SELECT slug FROM microconference WHERE event_id = ? AND status = 'ACCEPTED' ORDER BY position "
					+ "FETCH FIRST 1 ROWS ONLY", eventId)
			.get(0)
			.get("slug");
		String publicPage = "/" + slug + "/microconferences/" + mc;
		String editPage = "/manage/" + slug + "/microconferences/" + mc + "/edit";
		Timings pages = new Timings("MC's public page, kept (GET)");
		Timings edits = new Timings("MC text form and save (GET, POST)");
		checkPagesKept(two, publicPage, eventId, mc, pages);
		int shown = 0;
		for (int round = 0; round < 2 * EDIT_ROUNDS; round++) {
			Site editor = round % 2 == 0 ? one : two;
			Site viewer = round % 2 == 0 ? two : one;
			String through = round % 2 == 0 ? "1" : "2";
			for (int warm = 0; warm < 2; warm++) {
				expectStatus(viewer.get(publicPage, null, pages), 200, "the MC's public page");
			}
			Site.Answer form = editor.get(editPage, organiser.sessionCookie(), edits);
			Map<String, String> fields = formData(form, "form:has(textarea[name=description])", "the MC text form");
			String marker = "twinedit" + round + "x" + Long.toHexString(System.nanoTime());
			fields.put("description", fields.get("description").replaceAll(" twin(edit|quiet)\\w+", "") + " " + marker);
			Site.Answer saved = editor.post(editPage, organiser.sessionCookie(), fields, edits, Site.REQUEST_TIME_OUT);
			if (!saved.redirected()) {
				violations.add("twin: the MC text saved through instance " + through + " answered " + saved.status());
				continue;
			}
			if (viewer.get(publicPage, null, pages).body().contains(marker)) {
				shown++;
			}
			else {
				violations.add("twin: edit " + (round + 1) + ", saved through instance " + through
						+ ", was not on the other instance's public MC page on its next request");
			}
		}
		figures.add(pages);
		figures.add(edits);
		figures.add("(2) MC text edits through one instance shown by the other on its next request",
				shown + " / " + 2 * EDIT_ROUNDS);
	}

	/**
	 * The control that makes check (2) mean something: the instance keeps the public
	 * page, so a change written to the database without the notification of an
	 * application's commit is not shown. Were the page rendered afresh each time, an edit
	 * would show whether or not the other instance heard of it.
	 */
	private void checkPagesKept(Site viewer, String publicPage, long eventId, String mc, Timings pages)
			throws Exception {
		expectStatus(viewer.get(publicPage, null, pages), 200, "the MC's public page");
		String marker = "twinquiet" + Long.toHexString(System.nanoTime());
		database.updateUnannounced(
				"UPDATE microconference SET description = description || ? WHERE event_id = ? AND slug = ?",
				" " + marker, eventId, mc);
		boolean kept = !viewer.get(publicPage, null, pages).body().contains(marker);
		if (!kept) {
			violations.add("twin: instance 2 rendered the public MC page afresh instead of serving the kept one, "
					+ "so the edits below prove no invalidation across instances");
		}
		figures.add("(2) control: a database write without notification left the kept page as it was",
				kept ? "yes" : "no");
	}

	/**
	 * (3) The users register through nginx for a free ticket type; every confirmation
	 * mail arrives once, with both instances' mail workers polling the outbox.
	 */
	private void checkMail(Site balanced, long eventId, List<User> attendees) throws Exception {
		long ticketType = database.openSale(eventId, "Twin ticket", attendees.size(), Instant.now().minusSeconds(1));
		Timings registrations = new Timings("registration through nginx (GET form, POST)");
		String path = "/" + slug + "/register";
		Semaphore inFlight = new Semaphore(AT_ONCE);
		List<Future<Boolean>> acknowledged = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (User user : attendees) {
				acknowledged.add(threads.submit(() -> {
					inFlight.acquire();
					try {
						Site.Answer form = balanced.get(path, user.sessionCookie(), registrations);
						Map<String, String> fields = Map.of("_csrf", form.csrfToken().orElse(""), "ticket",
								Long.toString(ticketType));
						Site.Answer posted = balanced.post(path, user.sessionCookie(), fields, registrations,
								Site.REQUEST_TIME_OUT);
						return posted.redirected() && posted.location() != null
								&& posted.location().endsWith("/" + slug + "/registration");
					}
					finally {
						inFlight.release();
					}
				}));
			}
		}
		long registered = 0;
		for (Future<Boolean> each : acknowledged) {
			registered += each.get() ? 1 : 0;
		}
		if (registered != attendees.size()) {
			violations.add("twin: " + (attendees.size() - registered) + " registrations through nginx were refused");
		}
		Duration drained = mail.awaitDrained();
		List<String> ids = database
			.query("SELECT CAST(id AS VARCHAR) AS id FROM registration WHERE ticket_type_id = ?", ticketType)
			.stream()
			.map(row -> (String) row.get("id"))
			.toList();
		figures.add(registrations);
		figures.add("(3) registrations acknowledged through nginx", registered + " / " + attendees.size());
		mail.check(ids, 0, violations, figures);
		figures.add("outbox drained after the registrations in (s)", drained.toSeconds());
		checkBothWorkersSent(ticketType);
	}

	/**
	 * The registrations' mails were sent by both instances' workers, as the outbox
	 * records ({@code sent_by}): with one worker idle, "each message once" would prove
	 * nothing about two workers sharing the outbox.
	 */
	private void checkBothWorkersSent(long ticketType) throws SQLException {
		Map<String, Long> sentBy = new TreeMap<>();
		for (Map<String, Object> row : database.query("""
				SELECT m.sent_by, COUNT(*) AS mails FROM mail_outbox m
				JOIN registration r ON m.subject_type = 'registration' AND m.subject_id = CAST(r.id AS VARCHAR)
				WHERE r.ticket_type_id = ? AND m.status = 'SENT' GROUP BY m.sent_by""", ticketType)) {
			sentBy.put(String.valueOf(row.get("sent_by")), ((Number) row.get("mails")).longValue());
		}
		figures.add("(3) registration mails sent, by instance", sentBy);
		if (!sentBy.keySet().equals(Set.of(instanceName(FIRST_PORT), instanceName(SECOND_PORT)))) {
			violations.add("twin: the registrations' mails were not sent by both instances' workers: " + sentBy);
		}
	}

	/**
	 * (4) An organiser starts a solver run through instance 1; it is claimed by one
	 * instance, never taken over by the other, and ends with one result.
	 */
	private void checkSolverRun(Site one, long eventId, User organiser) throws Exception {
		String scheduler = "/manage/" + slug + "/schedule/scheduler";
		Timings pages = new Timings("scheduler page and run start on instance 1 (GET, POST)");
		Map<String, String> fields = formData(one.get(scheduler, organiser.sessionCookie(), pages),
				"form[action$=/schedule/runs]", "the scheduler's run form");
		fields.put("seconds", Integer.toString(SOLVER_SECONDS));
		Site.Answer started = one.post("/manage/" + slug + "/schedule/runs", organiser.sessionCookie(), fields, pages,
				Site.REQUEST_TIME_OUT);
		figures.add(pages);
		Matcher run = RUN_PATH.matcher(started.location() == null ? "" : started.location());
		if (!run.find()) {
			violations.add("twin: the solver run was not started: " + started.status() + " " + started.location() + " "
					+ problemOn(one, scheduler, organiser));
			return;
		}
		long runId = Long.parseLong(run.group(1));
		Set<String> claimedBy = new LinkedHashSet<>();
		Instant giveUp = Instant.now().plus(RUN_TIME_OUT);
		Map<String, Object> row;
		while (true) {
			row = database
				.query("SELECT state, claimed_by, solution_json IS NOT NULL AS solved FROM scheduling_run "
						+ "WHERE id = ?", runId)
				.get(0);
			if (row.get("claimed_by") != null) {
				claimedBy.add((String) row.get("claimed_by"));
			}
			String state = (String) row.get("state");
			if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
				break;
			}
			if (Instant.now().isAfter(giveUp)) {
				violations.add("twin: solver run " + runId + " was still " + state + " after " + RUN_TIME_OUT);
				break;
			}
			Thread.sleep(250);
		}
		long runs = database.count("SELECT COUNT(*) FROM scheduling_run WHERE event_id = ?", eventId);
		if (!"FINISHED".equals(row.get("state")) || !Boolean.TRUE.equals(row.get("solved"))) {
			violations.add("twin: solver run " + runId + " ended " + row.get("state")
					+ (Boolean.TRUE.equals(row.get("solved")) ? "" : " without a solution"));
		}
		if (claimedBy.size() != 1 || runs != 1) {
			violations.add(
					"twin: solver run " + runId + " was claimed by " + claimedBy + "; the event has " + runs + " runs");
		}
		figures.add("(4) solver run started through instance 1: claimed by, state, runs of the event",
				String.join(" then ", claimedBy) + ", " + row.get("state") + ", " + runs);
	}

	/**
	 * (5) Two organisers open the draft timetable, one on each instance, and add a break
	 * at once from the same version: one is saved, the other told of the conflict, and
	 * the draft holds the winner's break alone.
	 */
	private void checkTimetableConflict(Site one, Site two, long eventId, List<User> organisers) throws Exception {
		String grid = "/manage/" + slug + "/schedule";
		Timings requests = new Timings("draft timetable and a break added at once (GET, POST)");
		List<Site> instances = List.of(one, two);
		List<Map<String, String>> forms = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Map<String, String> fields = formData(
					instances.get(i).get(grid, organisers.get(i).sessionCookie(), requests),
					"form[action$=/schedule/breaks]", "the draft's break form");
			fields.put("title", "Twin break of organiser " + (i + 1));
			fields.put("starts", i == 0 ? "07:00" : "07:20");
			fields.put("ends", i == 0 ? "07:10" : "07:30");
			forms.add(fields);
		}
		int base = Integer.parseInt(forms.get(0).get("version"));
		if (base != Integer.parseInt(forms.get(1).get("version"))) {
			violations.add("twin: the two organisers' forms show different draft versions " + forms);
			return;
		}
		CountDownLatch ready = new CountDownLatch(2);
		try (ExecutorService clicks = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Site.Answer>> posts = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				int which = i;
				posts.add(clicks.submit(() -> {
					ready.countDown();
					ready.await();
					return instances.get(which)
						.post(grid + "/breaks", organisers.get(which).sessionCookie(), forms.get(which), requests,
								Site.REQUEST_TIME_OUT);
				}));
			}
			for (Future<Site.Answer> post : posts) {
				expectStatus(post.get(), 302, "a break's post");
			}
		}
		List<String> told = new ArrayList<>();
		String winner = null;
		int conflicts = 0;
		for (int i = 0; i < 2; i++) {
			org.jsoup.nodes.Document page = Jsoup
				.parse(instances.get(i).get(grid, organisers.get(i).sessionCookie(), requests).body());
			Element notice = page.getElementById("notice");
			Element problem = page.getElementById("problem");
			if (problem != null && problem.text().contains("changed meanwhile")) {
				conflicts++;
				told.add("organiser " + (i + 1) + ": " + problem.text());
			}
			else if (notice != null && problem == null) {
				winner = forms.get(i).get("title");
				told.add("organiser " + (i + 1) + ": " + notice.text());
			}
			else {
				told.add("organiser " + (i + 1) + ": " + (problem == null ? "nothing" : problem.text()));
			}
		}
		List<String> stored = database.query("""
				SELECT s.title FROM timetable_session s JOIN timetable t ON t.id = s.timetable_id
				WHERE t.draft_of = ? AND s.title LIKE 'Twin break%' ORDER BY s.title""", eventId)
			.stream()
			.map(row -> (String) row.get("title"))
			.toList();
		long version = database.count("SELECT version FROM timetable WHERE draft_of = ?", eventId);
		figures.add(requests);
		figures.add("(5) breaks added at once from draft version " + base + ": saved, told of the conflict",
				(winner == null ? 0 : 1) + ", " + conflicts);
		figures.add("breaks stored in the draft, its version after", stored + ", " + version);
		if (winner == null || conflicts != 1 || !stored.equals(List.of(winner)) || version != base + 1) {
			violations.add("twin: two organisers changing the draft at once: " + told + "; stored " + stored
					+ " at version " + version + " (from " + base + ")");
		}
	}

	private String problemOn(Site instance, String path, User user) throws Exception {
		Element problem = Jsoup.parse(instance.get(path, user.sessionCookie(), new Timings("problem")).body())
			.getElementById("problem");
		return problem == null ? "" : problem.text();
	}

	/**
	 * The fields the first form the selector finds would send, as a browser fills them.
	 */
	private static Map<String, String> formData(Site.Answer page, String selector, String what) {
		Element found = page.status() == 200 ? Jsoup.parse(page.body()).selectFirst(selector) : null;
		if (!(found instanceof FormElement form)) {
			throw new IllegalStateException(what + " is missing (" + page.status() + " " + page.location() + ")");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		form.formData().forEach(field -> fields.put(field.key(), field.value()));
		return fields;
	}

	private void expectStatus(Site.Answer answer, int status, String what) {
		if (answer.status() != status) {
			violations.add("twin: " + what + " answered " + answer.status() + ", not " + status);
		}
	}

}
