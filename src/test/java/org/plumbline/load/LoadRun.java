package org.plumbline.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * The load and fault test of issue 15, points 1 to 4, against the packaged jar on a
 * PostgreSQL cluster of its own: the deadline rush and the registration rush, once as
 * they come ({@code plain}) and once with the application killed ({@code kill -9}) in the
 * middle of each and started again ({@code crash}); and two instances behind nginx as a
 * load balancer ({@code twin}, see {@link Twin}). Not a unit test (its name keeps it out
 * of surefire's way): run by the {@code load} profile, {@code ./mvnw -B -Pload verify}
 * (see RELIABILITY.md), as root (the cluster runs as the postgres user through
 * {@code runuser}). Prints the figures as Markdown and exits 1 if any invariant broke;
 * the cluster, the applications, nginx and the SMTP server go away however it ends, and
 * so does the work directory with the logs unless the run failed.
 * <p>
 * Arguments (all optional): users (2000), submitters among them (1000), places (500),
 * public page requests per second (200), scenarios ({@code plain,crash}). The
 * {@code twin} scenario uses the users alone: two organisers and the rest registering.
 * The {@code outage} scenario (see {@link Outage}) stops the cluster for 30 s under the
 * users' writes and {@code publicRate} public requests per second. The system properties
 * {@code load.cluster-port} and {@code load.application-port} move the cluster and the
 * application off their ports (5442, 8092).
 */
final class LoadRun {

	private static final int APPLICATION_PORT = Integer.getInteger("load.application-port", 8092);

	private static final int CLUSTER_PORT = Integer.getInteger("load.cluster-port", 5442);

	private static final int SIGN_INS_AT_ONCE = 6;

	private static final int LATE_SUBMITTERS = 100;

	private LoadRun() {
	}

	public static void main(String[] args) throws Exception {
		int users = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int submitters = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		int places = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		int publicRate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
		List<String> scenarios = List.of((args.length > 4 ? args[4] : "plain,crash").split(","));
		List<String> rushes = scenarios.stream()
			.filter(scenario -> !scenario.equals(Twin.SCENARIO) && !scenario.equals(Outage.SCENARIO))
			.toList();
		if (!rushes.isEmpty() && submitters + LATE_SUBMITTERS > users) {
			throw new IllegalArgumentException("users must be at least submitters + " + LATE_SUBMITTERS);
		}
		if (scenarios.contains(Twin.SCENARIO) && users < Twin.ORGANISERS + 1) {
			throw new IllegalArgumentException("the twin scenario needs at least " + (Twin.ORGANISERS + 1) + " users");
		}
		Violations violations = new Violations();
		List<Figures> figures = new ArrayList<>();
		// nginx's workers (not root) reach their directory inside it
		Path work = Files.createTempDirectory("plumbline-load-",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		System.out.println("load: logs in " + work);
		List<AutoCloseable> resources = new ArrayList<>();
		Thread cleanUp = new Thread(() -> closeAll(resources));
		Runtime.getRuntime().addShutdownHook(cleanUp);
		try {
			PrivateCluster cluster = PrivateCluster.start(CLUSTER_PORT);
			resources.add(cluster);
			Database database = new Database(cluster);
			int smtpPort = freePort();
			MailCheck mail = new MailCheck(smtpPort, database);
			resources.add(mail);
			Path jar = Application.packagedJar(Path.of("target"));
			Application application = new Application(jar, APPLICATION_PORT,
					settings(cluster, smtpPort, work.resolve("data"), APPLICATION_PORT), work);
			resources.add(application);
			for (String scenario : scenarios) {
				step("generate the event of scenario " + scenario, () -> application.command("generate", "--preset",
						"lpc", "--seed", Integer.toString(1 + scenarios.indexOf(scenario)), "--slug", slug(scenario)));
			}
			List<User> accounts = timed("create " + users + " accounts", () -> database.createUsers(users));
			if (!rushes.isEmpty()) {
				runRushes(rushes, application, database, mail, accounts, submitters, places, publicRate, violations,
						figures);
				application.close();
			}
			if (scenarios.contains(Outage.SCENARIO)) {
				Application outageApplication = new Application(jar, APPLICATION_PORT,
						settings(cluster, smtpPort, work.resolve("data-outage"), APPLICATION_PORT), work, "outage");
				resources.add(outageApplication);
				figures.add(new Outage(cluster, database, mail, slug(Outage.SCENARIO), violations)
					.run(outageApplication, accounts, publicRate));
				outageApplication.close();
			}
			if (scenarios.contains(Twin.SCENARIO)) {
				figures.add(new Twin(database, mail, slug(Twin.SCENARIO), violations).run(jar,
						port -> settings(cluster, smtpPort, work.resolve("data-" + port), Twin.NGINX_PORT), work,
						accounts, resources));
			}
		}
		catch (Exception | AssertionError ex) {
			violations.add("the run failed: " + ex);
			ex.printStackTrace();
		}
		finally {
			closeAll(resources);
			Runtime.getRuntime().removeShutdownHook(cleanUp);
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "load: %d users, %d submitters, %d places, %d public requests/s; cores %d%n",
				users, submitters, places, publicRate, Runtime.getRuntime().availableProcessors());
		figures.forEach(each -> System.out.println(each.table()));
		if (violations.any()) {
			System.out.print(violations.report());
			System.out.println("load: the logs are kept in " + work);
			System.exit(1);
		}
		removeAll(work);
		System.out.println("load: every invariant held");
		System.exit(0);
	}

	/** The settings of an instance on the cluster, as each scenario starts it. */
	private static List<String> settings(PrivateCluster cluster, int smtpPort, Path dataDirectory, int port) {
		return List.of("--spring.datasource.url=" + cluster.jdbcUrl(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--plumbline.data-dir=" + dataDirectory,
				"--plumbline.demo.enabled=false", "--plumbline.public-url=http://127.0.0.1:" + port,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort, "--plumbline.mail.poll-interval=PT2S",
				"--plumbline.mail.lease=PT1M", "--spring.session.timeout=PT4H");
	}

	private static void runRushes(List<String> rushes, Application application, Database database, MailCheck mail,
			List<User> accounts, int submitters, int places, int publicRate, Violations violations,
			List<Figures> figures) throws Exception {
		Duration started = application.start();
		System.out.println("load: the application answers after " + started.toMillis() + " ms");
		Site site = new Site(APPLICATION_PORT);
		Timings signIns = new Timings("sign-in (GET form, POST)");
		step("sign in " + accounts.size() + " users", () -> signIn(site, accounts, signIns));
		Figures setUp = new Figures("set-up");
		setUp.add(signIns);
		setUp.add("application start to first answer (ms)", started.toMillis());
		figures.add(setUp);
		for (String scenario : rushes) {
			boolean crashes = scenario.equals("crash");
			figures.add(runScenario(scenario, crashes, site, database, application, mail, accounts, submitters, places,
					publicRate, violations));
		}
	}

	private static Figures runScenario(String scenario, boolean crashes, Site site, Database database,
			Application application, MailCheck mail, List<User> accounts, int submitters, int places, int publicRate,
			Violations violations) throws Exception {
		String slug = slug(scenario);
		long eventId = database.eventId(slug);
		Figures figures = new Figures("scenario " + scenario + (crashes ? " (kill -9 in each rush)" : ""));
		DeadlineRush deadlineRush = new DeadlineRush(site, database, slug);
		List<String> calls = deadlineRush.prepare(Instant.now().plusSeconds(65));
		List<String> pages = new ArrayList<>(List.of("/" + slug + "/", "/" + slug + "/microconferences",
				"/" + slug + "/calls", "/" + slug + "/sponsors", "/" + slug + "/schedule"));
		calls.forEach(call -> pages.add("/" + slug + "/microconferences/" + call));
		Timings publicInDeadlineRush = new Timings(
				"public pages (GET) in the deadline rush, " + publicRate + "/s offered");
		Timings publicInRegistrationRush = new Timings(
				"public pages (GET) in the registration rush, " + publicRate + "/s offered");
		Crash deadlineCrash = crashes ? Crash.at(application, 0.3) : Crash.none();
		Crash registrationCrash = crashes ? Crash.at(application, 0.4) : Crash.none();
		RegistrationRush registrationRush = new RegistrationRush(site, database, slug);
		long unexpectedPages;
		try (PublicVisitors visitors = new PublicVisitors(site, pages, publicRate, publicInDeadlineRush)) {
			step(scenario + ": deadline rush", () -> deadlineRush.run(accounts.subList(0, submitters),
					accounts.subList(submitters, submitters + LATE_SUBMITTERS), 10, deadlineCrash));
			unexpectedPages = visitors.unexpected();
			figures.add("public page requests not sent in the deadline rush (" + PublicVisitors.MAX_IN_FLIGHT
					+ " already waiting)", visitors.notSent());
		}
		registrationRush.prepare(places, Instant.now().plusSeconds(5));
		try (PublicVisitors visitors = new PublicVisitors(site, pages, publicRate, publicInRegistrationRush)) {
			step(scenario + ": registration rush", () -> registrationRush.run(accounts, 10, 20, registrationCrash));
			unexpectedPages += visitors.unexpected();
			figures.add("public page requests not sent in the registration rush (" + PublicVisitors.MAX_IN_FLIGHT
					+ " already waiting)", visitors.notSent());
		}
		int kills = deadlineCrash.kills() + registrationCrash.kills();
		Duration drained = mail.awaitDrained();
		figures.add(deadlineRush.forms);
		figures.add(deadlineRush.posts);
		figures.add(registrationRush.forms);
		figures.add(registrationRush.posts);
		figures.add(registrationRush.abandoned);
		figures.add(publicInDeadlineRush);
		figures.add(publicInRegistrationRush);
		for (Timings each : List.of(deadlineRush.forms, deadlineRush.posts, registrationRush.forms,
				registrationRush.posts, publicInDeadlineRush, publicInRegistrationRush)) {
			if (each.serverErrors() > 0) {
				violations.add(scenario + ": " + each.serverErrors() + " answers of 5xx to " + each.name());
			}
		}
		if (unexpectedPages > 0) {
			violations.add(scenario + ": " + unexpectedPages + " public pages answered neither 200 nor 5xx");
		}
		deadlineRush.check(eventId, violations, figures, crashes);
		registrationRush.check(eventId, places, violations, figures, crashes);
		mail.check(registrationRush.registrationIds(), kills, violations, figures);
		figures.add("kills", kills);
		if (crashes) {
			figures.add("restart to first answer after each kill (ms)",
					deadlineCrash.lastRestart().toMillis() + ", " + registrationCrash.lastRestart().toMillis());
		}
		figures.add("outbox drained after the rush in (s)", drained.toSeconds());
		figures.add("load average (1 min) at the end", String.format(Locale.ROOT, "%.2f", loadAverage()));
		System.out.println(figures.table());
		return figures;
	}

	static void signIn(Site site, List<User> users, Timings timings) throws Exception {
		Semaphore inFlight = new Semaphore(SIGN_INS_AT_ONCE);
		List<Future<?>> signIns = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (User user : users) {
				signIns.add(threads.submit(() -> {
					inFlight.acquire();
					try {
						user.signIn(site, timings);
					}
					finally {
						inFlight.release();
					}
					return null;
				}));
			}
			for (Future<?> each : signIns) {
				each.get();
			}
		}
	}

	private static String slug(String scenario) {
		return "rush_" + scenario;
	}

	static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	interface Step<T> {

		T run() throws Exception;

	}

	interface VoidStep {

		void run() throws Exception;

	}

	static <T> T timed(String what, Step<T> step) throws Exception {
		long began = System.nanoTime();
		T result = step.run();
		System.out.printf(Locale.ROOT, "load: %s took %.1f s%n", what, (System.nanoTime() - began) / 1e9);
		return result;
	}

	static void step(String what, VoidStep step) throws Exception {
		timed(what, () -> {
			step.run();
			return null;
		});
	}

	/** Removes the work directory and everything in it, the logs of a run that held. */
	private static void removeAll(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static synchronized void closeAll(List<AutoCloseable> resources) {
		for (int i = resources.size() - 1; i >= 0; i--) {
			try {
				resources.get(i).close();
			}
			catch (Exception ex) {
				System.err.println("load: closing " + resources.get(i) + " failed: " + ex);
			}
		}
		resources.clear();
	}

}
