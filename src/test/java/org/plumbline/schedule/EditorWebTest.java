package org.plumbline.schedule;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.plumbline.account.EventRole;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.domain.DraftLock;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timetable editor's tests: the running server with {@link ScheduleFixture}'s event
 * (Berlin, across the end of summer time), an organiser, the leads of its two MCs
 * ("kernel": Lena, "tools": Tom), a user with no role and two speakers with verified
 * addresses. Each test starts with an empty draft, no topics, no releases and an empty
 * outbox.
 */
abstract class EditorWebTest extends MailCatchingServerTest {

	@Autowired
	ApplicationContext context;

	static final String PASSWORD = AccountFixture.PASSWORD;

	static final String ORGANISER = "olga@editor.test";

	static final String LEAD_KERNEL = "lena@editor.test";

	static final String LEAD_TOOLS = "tom@editor.test";

	static final String USER = "uma@editor.test";

	static final String SPEAKER_A = "ana@editor.test";

	static final String SPEAKER_B = "ben@editor.test";

	static final String GRID = "/manage/" + ScheduleFixture.EVENT + "/schedule";

	static final String KERNEL_PAGE = GRID + "/mc/kernel";

	/** How long a test waits for a transaction of its own before it gives up. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	PersonDirectory people;

	@Autowired
	DraftTimetables drafts;

	@Autowired
	TimetableReleases releases;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	DraftLock draftLock;

	@Autowired
	PlatformTransactionManager transactionManager;

	ScheduleFixture fixture;

	long organiserId;

	long leadKernelId;

	long speakerA;

	long speakerB;

	EditorWebTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void anEmptyDraftAndTheTeam() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		jdbc.sql("DELETE FROM mail_outbox").update();
		jdbc.sql("DELETE FROM audit_entry WHERE event_id = ?").param(fixture.event().id()).update();
		jdbc.sql("DELETE FROM schedule_rule_policy WHERE event_id = ?").param(fixture.event().id()).update();
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords);
		organiserId = accounts.account(ORGANISER, "Olga Organiser");
		accounts.grant(fixture.event().id(), organiserId, EventRole.ORGANISER, null);
		leadKernelId = accounts.account(LEAD_KERNEL, "Lena Lead", fixture.mc("kernel").leads().get(0).personId());
		accounts.account(LEAD_TOOLS, "Tom Lead", fixture.mc("tools").leads().get(0).personId());
		accounts.account(USER, "Uma User");
		speakerA = personOf(accounts.account(SPEAKER_A, "Ana Speaker"));
		speakerB = personOf(accounts.account(SPEAKER_B, "Ben Speaker"));
		drafts.draft(fixture.event().id());
	}

	WebClient signedIn(String email) {
		return WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
	}

	/** The draft's version, as the pages put it in every form. */
	String version() {
		return Long.toString(count("SELECT version FROM timetable WHERE draft_of = ?", fixture.event().id()));
	}

	/** Posts a form's fields with the draft's current version and the session's token. */
	HttpResponse<String> post(WebClient client, String action, String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", version());
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return client.postWithToken(action, fields);
	}

	/** Posts, follows the redirect and answers the page it leads to. */
	Document postAndFollow(WebClient client, String action, String... namesAndValues) {
		HttpResponse<String> response = post(client, action, namesAndValues);
		if (response.statusCode() != 302) {
			throw new AssertionError("POST " + action + " answered " + response.statusCode());
		}
		return client.page(WebClient.location(response));
	}

	/**
	 * Runs the action while another transaction holds the draft's lock, as an organiser's
	 * edit does while it runs, then lets that transaction commit (it bumps the draft's
	 * version).
	 * @throws AssertionError if the action is still waiting after a minute (for the
	 * lock), or the transaction holding the lock did not commit
	 */
	<T> T whileAnEditHoldsTheDraftsLock(Callable<T> action) throws Exception {
		int seen = Integer.parseInt(version());
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> edit = threads
				.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
					draftLock.lockAt(fixture.event().id(), seen);
					locked.countDown();
					awaitLatch(release);
				}));
			if (!locked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
				edit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
				throw new AssertionError("The edit did not take the draft's lock");
			}
			T answer;
			try {
				answer = threads.submit(action).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			}
			catch (TimeoutException waiting) {
				throw new AssertionError("Still waiting after " + PATIENCE + ", for the draft's lock", waiting);
			}
			catch (ExecutionException failed) {
				throw new AssertionError("Failed while the draft was locked", failed.getCause());
			}
			release.countDown();
			edit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			if (Integer.parseInt(version()) != seen + 1) {
				throw new AssertionError("The edit holding the draft's lock did not commit");
			}
			return answer;
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
				throw new AssertionError("Held the draft's lock for " + PATIENCE + " in vain");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while holding the draft's lock", ex);
		}
	}

	List<TimetableSession> sessions() {
		return drafts.draft(fixture.event().id()).sessions();
	}

	List<TimetableTalk> talks() {
		return sessions().stream().flatMap(session -> session.talks().stream()).toList();
	}

	String id(long value) {
		return Long.toString(value);
	}

	private long personOf(long accountId) {
		return count("SELECT person_id FROM account WHERE id = ?", accountId);
	}

}
