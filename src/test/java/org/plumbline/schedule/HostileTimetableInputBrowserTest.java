package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.HostilePages;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.plumbline.testsupport.XssCorpus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 15, point 6, for the texts written around a timetable: a release's change note, a
 * talk's cancel reason, the reasons of unavailability (a speaker's own and one an
 * organiser enters), breaks' titles and a session recording's address. The
 * cross-site-scripting corpus ({@link XssCorpus}) goes into each, then every page that
 * shows them is opened in Chromium with the Content-Security-Policy bypassed: nothing may
 * run, and no on* attribute, script-capable URL or foreign script may reach the DOM. An
 * address that is not a web address is refused with the field's message and stores
 * nothing.
 */
// It leaves hostile people and intervals in the server it shares: the server is closed
// after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileTimetableInputBrowserTest extends RunningServerTest {

	static final String PASSWORD = "hostile timetable password";

	static final String LENA = "lena@hostile-timetable.test";

	static final String OLGA = "olga@hostile-timetable.test";

	static final String ANA = "ana@hostile-timetable.test";

	static final String EVENT = ScheduleFixture.EVENT;

	static final String RECORDINGS = "/manage/" + EVENT + "/schedule/mc/kernel/recordings";

	/** The reason field of an unavailability takes one line of this many characters. */
	static final int UNAVAILABILITY_REASON_LENGTH = 200;

	/** A break's title takes this many characters. */
	static final int BREAK_TITLE_LENGTH = 200;

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	HostileTimetableInputBrowserTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@Test
	void everyPageShowingATimetablesTextsShowsTheCorpusAsInertTextAndRunsNoneOfIt() {
		ScheduleFixture fixture = new ScheduleFixture(context);
		fixture.clear();
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		accounts.account(LENA, "Lena Lead", fixture.mc("kernel").leads().getFirst().personId());
		accounts.grant(fixture.event().id(), accounts.account(OLGA, "Olga Organiser"), EventRole.ORGANISER, null);
		long ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		accounts.account(ANA, "Ana Speaker", ana);
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-30T10:00");
		long latency = fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana);
		long locking = fixture.topic("kernel", "Lock contention", TopicState.CONFIRMED, 45, ana);
		fixture.placeTalk(kernel, latency, "2027-10-30T10:00");
		fixture.placeTalk(kernel, locking, "2027-10-30T10:30");
		WebClient olga = signedIn(OLGA);
		WebClient speaker = signedIn(ANA);
		String releases = "/manage/" + EVENT + "/schedule/releases";
		HostilePages.stored("first release", olga, olga.submit(releases, releases,
				Map.of("note", XssCorpus.packed(0, TimetableReleases.MAX_CHANGE_NOTE))));

		String cancel = "/manage/" + EVENT + "/topics/" + locking + "/cancel";
		HostilePages.stored("cancel reason", olga, olga.submit(cancel, cancel,
				Map.of("reason", XssCorpus.packed(20, TopicDecisions.MAX_CANCEL_REASON_LENGTH))));
		// Ana is away only when she presents nothing: an overlap would be a conflict that
		// blocks the second release.
		String unavailability = "/manage/" + EVENT + "/schedule/unavailability";
		HostilePages.stored("an organiser's unavailability", olga,
				olga.submit(unavailability, unavailability, Map.of("who", "person-" + ana, "startsAt",
						"2027-10-30T15:00", "endsAt", "2027-10-30T15:30", "reason", oneLine(40))));
		String own = "/account/availability";
		HostilePages.stored("a speaker's own unavailability", speaker, speaker.submit(own, own, Map.of("event", EVENT,
				"startsAt", "2027-10-31T10:00", "endsAt", "2027-10-31T11:00", "reason", oneLine(60))));
		// One break for every room, inside the kernel session, and one of Hall B's own.
		String grid = "/manage/" + EVENT + "/schedule";
		HostilePages.stored("a break in every room", olga, olga.submit(grid, grid + "/breaks",
				Map.of("title", breakTitle(30), "day", "2027-10-30", "starts", "12:30", "ends", "12:45")));
		HostilePages.stored("a break in one room", olga,
				olga.submit(grid, grid + "/breaks", Map.of("title", breakTitle(70), "day", "2027-10-30", "starts",
						"15:00", "ends", "15:30", "room", Long.toString(fixture.room("Hall B").id()))));
		HostilePages.stored("second release", olga, olga.submit(releases, releases,
				Map.of("note", XssCorpus.packed(10, TimetableReleases.MAX_CHANGE_NOTE))));

		for (String hostileAddress : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
				"https://example.org/\"><svg onload=alert(1)>", " jAvAsCrIpT:alert(1)")) {
			HttpResponse<String> refused = olga.submit(RECORDINGS, RECORDINGS, Map.of("url", hostileAddress));
			assertThat(refused.statusCode()).as(hostileAddress).isEqualTo(200);
			assertThat(Jsoup.parse(refused.body()).select(".field-error").eachText()).as(hostileAddress).isNotEmpty();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM session_recording").query(Long.class).single()).isZero();
		Map<String, String> recording = new HashMap<>();
		recording.put("url", "https://video.example.org/kernel.mp4");
		recording.put("offset_" + latency, "0:00");
		HostilePages.stored("recording", olga, olga.submit(RECORDINGS, RECORDINGS, recording));

		String latencyGuid = guid(latency);
		HostilePages pages = new HostilePages(chromium.browser(), port);
		List<String> problems = new ArrayList<>();
		problems.addAll(pages.openAll(null, null, List.of("/" + EVENT + "/schedule", "/" + EVENT + "/schedule/list",
				"/" + EVENT + "/talks/" + latencyGuid, "/" + EVENT + "/microconferences/kernel")));
		problems.addAll(pages.inertExports(List.of("/" + EVENT + "/schedule/export/schedule.xml",
				"/" + EVENT + "/schedule/export/schedule.json", "/" + EVENT + "/schedule/export/schedule.ics")));
		problems.addAll(pages.openAll(ANA, PASSWORD, List.of(own, "/account/topics")));
		problems.addAll(pages.openAll(LENA, PASSWORD, List.of(RECORDINGS, "/manage/" + EVENT + "/schedule/mc/kernel")));
		problems.addAll(pages.openAll(OLGA, PASSWORD,
				List.of(releases, unavailability, cancel, "/manage/" + EVENT + "/audit",
						"/manage/" + EVENT + "/schedule", "/manage/" + EVENT + "/schedule/mc/kernel", RECORDINGS,
						"/manage/" + EVENT + "/conflicts")));

		assertThat(problems).as("%d vectors in every field", XssCorpus.vectors().size()).isEmpty();
		assertThat(olga.page(releases).select(".change-note").eachText()).as("the notes, shown as text")
			.containsExactlyInAnyOrder(asText(XssCorpus.packed(0, TimetableReleases.MAX_CHANGE_NOTE)),
					asText(XssCorpus.packed(10, TimetableReleases.MAX_CHANGE_NOTE)));
		assertThat(olga.page(unavailability).text()).as("the organiser's reason, shown as text")
			.contains(asText(oneLine(40)));
		assertThat(olga.page("/manage/" + EVENT + "/audit").text()).as("the cancel reason, shown as text")
			.contains(asText(XssCorpus.packed(20, TopicDecisions.MAX_CANCEL_REASON_LENGTH)));
		assertThat(speaker.page(own).text()).as("the speaker's reason, shown as text").contains(asText(oneLine(60)));
		assertThat(olga.page("/" + EVENT + "/schedule/list").text()).as("both breaks' titles, shown as text")
			.contains(asText(breakTitle(30)), asText(breakTitle(70)));
	}

	/** A text as a page shows it: its runs of white space as one. */
	private static String asText(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/**
	 * Vectors from the corpus on one line, as long as an unavailability's reason takes.
	 */
	private static String oneLine(int first) {
		return XssCorpus.packed(first, UNAVAILABILITY_REASON_LENGTH).replaceAll("[\\r\\n]+", " ");
	}

	/** Vectors from the corpus, as many as a break's title takes. */
	private static String breakTitle(int first) {
		return XssCorpus.packed(first, BREAK_TITLE_LENGTH);
	}

	private String guid(long topic) {
		return jdbc.sql("SELECT CAST(guid AS VARCHAR(36)) FROM topic WHERE id = ?")
			.param(topic)
			.query(String.class)
			.single();
	}

	private WebClient signedIn(String email) {
		return WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
	}

}
