package org.plumbline.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The leads' recordings form of an MC and what it feeds: the kernel MC's Saturday morning
 * session (10:00–13:30 in Europe/Berlin) with two talks, released; its lead gives the
 * session's video and where the second talk starts in it, and the talk pages link there.
 */
class RecordingPagesTest extends RunningServerTest {

	static final String PASSWORD = "recording test password";

	static final String LENA = "lena@recording.test";

	static final String TOM = "tom@recording.test";

	static final String OLGA = "olga@recording.test";

	static final String FORM = "/manage/" + ScheduleFixture.EVENT + "/schedule/mc/kernel/recordings";

	static final String VIDEO = "https://www.youtube.com/watch?v=kernelmc";

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	DraftEditor drafts;

	@Autowired
	DraftTimetables draftTimetables;

	ScheduleFixture fixture;

	long latency;

	long locking;

	UUID session;

	RecordingPagesTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void theKernelMcReleasedWithTwoTalks() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		jdbc.sql("DELETE FROM audit_entry").update();
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		accounts.account(LENA, "Lena Lead", fixture.mc("kernel").leads().getFirst().personId());
		accounts.account(TOM, "Tom Lead", fixture.mc("tools").leads().getFirst().personId());
		accounts.grant(fixture.event().id(), accounts.account(OLGA, "Olga Organiser"), EventRole.ORGANISER, null);
		long ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-30T10:00");
		latency = fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana);
		locking = fixture.topic("kernel", "Lock contention", TopicState.CONFIRMED, 45, ana);
		fixture.placeTalk(kernel, latency, "2027-10-30T10:00");
		fixture.placeTalk(kernel, locking, "2027-10-30T10:30");
		fixture.placeMc("tools", "Hall B", "2027-10-30T10:00");
		fixture.release("First version");
		session = UUID.fromString(signedIn(LENA).page(FORM).select("input[name=session]").first().val());
	}

	@Test
	void aLeadGivesTheSessionsVideoAndATalksStartAndTheTalkPagesLinkThere() {
		WebClient lena = signedIn(LENA);
		Document form = lena.page(FORM);
		assertThat(form.select("h2").eachText())
			.containsExactly("2027-10-30 10:00 Europe/Berlin – " + "2027-10-30 13:30 Europe/Berlin, Hall A");
		assertThat(form.select("table.recording-talks tbody th").eachText()).containsExactly("Scheduler latency",
				"Lock contention");

		HttpResponse<String> saved = save(lena, 0, VIDEO, Map.of("offset_" + locking, "31:05"));

		assertThat(saved.statusCode()).isEqualTo(302);
		Document again = lena.page(FORM);
		assertThat(again.select("input[name=url]").val()).isEqualTo(VIDEO);
		assertThat(again.select("input[name=offset_" + locking + "]").val()).isEqualTo("31:05");
		assertThat(talkPage(locking).select("#talk-recording a").attr("href"))
			.isEqualTo("https://www.youtube.com/watch?v=kernelmc&t=1865s");
		assertThat(talkPage(locking).select("#talk-recording").text())
			.isEqualTo("Watch from 31:05 into the session's recording, where this talk starts");
		assertThat(talkPage(latency).select("#talk-recording").text()).isEqualTo("Watch the session's recording");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording-saved'")).isOne();
		assertThat(jdbc.sql("SELECT after_json FROM audit_entry WHERE action = 'recording-saved'")
			.query(String.class)
			.single()).contains(VIDEO, "\"31:05\"");
	}

	@Test
	void theMcPageLinksARecordedSessionsVideoBesideItsTimeAndAnUnrecordedOneNot() {
		assertThat(mcPage("kernel").select(".mc-schedule .session-recording")).isEmpty();

		save(signedIn(LENA), 0, VIDEO, Map.of("offset_" + locking, "31:05"));

		assertThat(mcPage("kernel").select(".mc-schedule li"))
			.extracting(item -> item.select("a.session-recording").attr("href"), item -> item.text())
			.containsExactly(org.assertj.core.api.Assertions.tuple(VIDEO,
					"Saturday, October 30, 2027, 10:00–13:30 · Hall A · Watch the session's recording"));
		assertThat(mcPage("tools").select(".mc-schedule li")).hasSize(1);
		assertThat(mcPage("tools").select(".mc-schedule .session-recording")).as("the tools MC was not recorded")
			.isEmpty();
	}

	@Test
	void aVideoOutsideYouTubeIsOpenedAtTheTalkByAMediaFragmentAndAnEmptyAddressRemovesIt() {
		WebClient olga = signedIn(OLGA);
		save(olga, 0, "https://video.example.org/lpc/kernel.mp4", Map.of("offset_" + locking, "1:00:00"));
		assertThat(talkPage(locking).select("#talk-recording a").attr("href"))
			.isEqualTo("https://video.example.org/lpc/kernel.mp4#t=3600");

		save(olga, 1, "", Map.of());

		assertThat(talkPage(locking).select("#talk-recording")).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM talk_recording_offset")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording-removed'")).isOne();
	}

	@Test
	void aScriptAddressANegativeOffsetAndOneBeyondTheSessionAreToldAndChangeNothing() {
		WebClient lena = signedIn(LENA);

		assertThat(errorsAfter(lena, "javascript:alert(1)", Map.of()))
			.containsExactly("Give the web address of the recording, starting with https:// or http://.");
		assertThat(errorsAfter(lena, VIDEO, Map.of("offset_" + locking, "-0:05")))
			.containsExactly("An offset cannot be negative: it is where the talk starts in the recording.");
		assertThat(errorsAfter(lena, VIDEO, Map.of("offset_" + locking, "3:30:01")))
			.containsExactly("The session lasts 3:30:00: an offset cannot be later than its end.");
		assertThat(errorsAfter(lena, VIDEO, Map.of("offset_" + locking, "12:75")))
			.containsExactly("Write the offset as hours:minutes:seconds, such as 1:02:03, or minutes:seconds.");
		assertThat(errorsAfter(lena, "", Map.of("offset_" + locking, "5:00")))
			.containsExactly("Give the session's recording first: an offset is a second of it.");

		assertThat(count("SELECT COUNT(*) FROM session_recording")).isZero();
		assertThat(talkPage(locking).select("#talk-recording")).isEmpty();
	}

	@Test
	void aFormOpenedBeforeAnotherSaveIsToldShownWhatIsStoredAndChangesNothing() {
		save(signedIn(OLGA), 0, VIDEO, Map.of("offset_" + locking, "31:05"));

		HttpResponse<String> stale = save(signedIn(LENA), 0, "https://video.example.org/other.mp4", Map.of());

		assertThat(stale.statusCode()).isEqualTo(200);
		Document shown = org.jsoup.Jsoup.parse(stale.body());
		assertThat(shown.select(".form-error").text())
			.startsWith("Someone saved this session's recording since you opened the page.");
		assertThat(shown.select("input[name=url]").val()).isEqualTo(VIDEO);
		assertThat(shown.select("input[name=offset_" + locking + "]").val()).isEqualTo("31:05");
		assertThat(shown.select("input[name=version]").val()).isEqualTo("1");
		assertThat(jdbc.sql("SELECT url FROM session_recording").query(String.class).single()).isEqualTo(VIDEO);
	}

	@Test
	void aFormOpenedBeforeARemovalAndANewSaveIsStillStale() {
		WebClient olga = signedIn(OLGA);
		save(olga, 0, VIDEO, Map.of());
		save(olga, 1, "", Map.of());
		save(olga, 2, "https://video.example.org/again.mp4", Map.of());

		HttpResponse<String> old = save(signedIn(LENA), 1, "https://video.example.org/old.mp4", Map.of());

		assertThat(org.jsoup.Jsoup.parse(old.body()).select(".form-error").text()).startsWith("Someone saved");
		assertThat(jdbc.sql("SELECT url FROM session_recording").query(String.class).single())
			.isEqualTo("https://video.example.org/again.mp4");
	}

	@Test
	void aTalkALaterReleaseMovesToAnotherSessionNoLongerLinksIntoItsFormerVideo() {
		save(signedIn(OLGA), 0, VIDEO, Map.of("offset_" + locking, "31:05"));
		long afternoon = fixture.placeMc("kernel", "Hall A", "2027-10-30T15:00");
		long talkInDraft = count("""
				SELECT t.id FROM timetable_talk t JOIN timetable d ON d.id = t.timetable_id
				WHERE d.event_id = ? AND d.number IS NULL AND t.topic_id = ?""", fixture.event().id(), locking);
		drafts.removeTalk(count("SELECT id FROM account WHERE email = ?", OLGA), fixture.event(),
				draftTimetables.draft(fixture.event().id()).version(), null, talkInDraft);
		fixture.placeTalk(afternoon, locking, "2027-10-30T15:00");
		fixture.release("The talk moves to the afternoon");

		assertThat(talkPage(locking).select("#talk-recording")).isEmpty();
		assertThat(talkPage(latency).select("#talk-recording").text()).isEqualTo("Watch the session's recording");
		assertThat(signedIn(LENA).page(FORM).select("input[name=offset_" + locking + "]").val())
			.as("the afternoon session's form")
			.isEmpty();
	}

	@Test
	void anotherMcsLeadAndStrangersAreToldThePageDoesNotExist() {
		assertThat(signedIn(TOM).get(FORM).statusCode()).isEqualTo(404);
		assertThat(save(signedIn(TOM), 0, VIDEO, Map.of()).statusCode()).isEqualTo(404);
		assertThat(signedIn(LENA).get("/manage/" + ScheduleFixture.EVENT + "/schedule/mc/nosuchmc/recordings")
			.statusCode()).isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM session_recording")).isZero();
	}

	@Test
	void theOrganisersRecordAPlainTracksSessionAndItsTalkLinksThereWhileTheMcRouteKnowsNoTrack() {
		long refereed = fixture.plainTrack("refereed", "Refereed track");
		long talk = fixture.trackTopic(refereed, "Memory tiering in practice", TopicState.CONFIRMED, 45,
				people.create("Bo Speaker", List.of("Bo Speaker"), null).id());
		fixture.placeTalk(fixture.placeTrack(refereed, "Hall B", "2027-10-30T15:00"), talk, "2027-10-30T15:30");
		fixture.release("The refereed track");
		String trackForm = "/manage/" + ScheduleFixture.EVENT + "/schedule/tracks/refereed/recordings";
		WebClient olga = signedIn(OLGA);
		Document form = olga.page(trackForm);
		assertThat(form.select("h1").text()).isEqualTo("Recordings of Refereed track");
		String trackSession = form.select("input[name=session]").val();

		Map<String, String> fields = new java.util.HashMap<>(Map.of("session", trackSession, "version", "0", "url",
				"https://video.example.org/refereed.mp4", "offset_" + talk, "30:00"));
		assertThat(olga.postWithToken(trackForm, fields).statusCode()).isEqualTo(302);

		assertThat(talkPage(talk).select("#talk-recording a").attr("href"))
			.isEqualTo("https://video.example.org/refereed.mp4#t=1800");
		assertThat(signedIn(LENA).get(trackForm).statusCode()).as("tracks are the organisers'").isEqualTo(404);
		assertThat(olga.get("/manage/" + ScheduleFixture.EVENT + "/schedule/mc/refereed/recordings").statusCode())
			.isEqualTo(404);
		assertThat(olga.get("/manage/" + ScheduleFixture.EVENT + "/schedule/tracks/kernel/recordings").statusCode())
			.isEqualTo(404);
	}

	private HttpResponse<String> save(WebClient client, int version, String url, Map<String, String> offsets) {
		Map<String, String> fields = new java.util.HashMap<>(offsets);
		fields.put("session", session.toString());
		fields.put("version", Integer.toString(version));
		fields.put("url", url);
		return client.postWithToken(FORM, fields);
	}

	private List<String> errorsAfter(WebClient client, String url, Map<String, String> offsets) {
		HttpResponse<String> refused = save(client, 0, url, offsets);
		assertThat(refused.statusCode()).isEqualTo(200);
		return org.jsoup.Jsoup.parse(refused.body()).select(".field-error").eachText();
	}

	private Document talkPage(long topicId) {
		String guid = jdbc.sql("SELECT CAST(guid AS VARCHAR(36)) FROM topic WHERE id = ?")
			.param(topicId)
			.query(String.class)
			.single();
		return WebClient.browser(port).accepting("text/html").page("/" + ScheduleFixture.EVENT + "/talks/" + guid);
	}

	private Document mcPage(String slug) {
		return WebClient.browser(port)
			.accepting("text/html")
			.page("/" + ScheduleFixture.EVENT + "/microconferences/" + slug);
	}

	private WebClient signedIn(String email) {
		return WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
	}

}
