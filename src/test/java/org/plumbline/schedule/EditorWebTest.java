package org.plumbline.schedule;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.plumbline.account.EventRole;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

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

	@Autowired
	PersonDirectory people;

	@Autowired
	DraftTimetables drafts;

	@Autowired
	TimetableReleases releases;

	@Autowired
	PasswordEncoder passwords;

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
