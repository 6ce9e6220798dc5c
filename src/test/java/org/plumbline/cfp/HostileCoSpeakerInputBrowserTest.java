package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.HostilePages;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.plumbline.testsupport.XssCorpus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 15, point 6, for co-speaker invitations: the inviting speaker's name and the
 * topic's title and abstract carry the cross-site-scripting corpus ({@link XssCorpus});
 * the invitee opens the mailed link and accepts, and every page of the way, and the
 * inviter's public page once she speaks in a released timetable, is opened in Chromium
 * with the Content-Security-Policy bypassed: nothing may run, and no on* attribute,
 * script-capable URL or foreign script may reach the DOM. Vectors typed as the invitee's
 * address are refused with the field's message and invite nobody.
 */
// It leaves hostile names in the server it shares: the server is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileCoSpeakerInputBrowserTest extends CfpWebTest {

	static final String FORM = "/" + EVENT + "/calls/kernel/topics/new";

	@Autowired
	ApplicationContext context;

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void theInvitationPagesShowTheCorpusAsInertTextAndRunNoneOfIt() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		HostilePages.stored("profile", ana, ana.submit("/account/profile", "/account/profile",
				Map.of("displayName", XssCorpus.packed(0, 200), "bio", XssCorpus.packed(3, 5000))));
		String topic = WebClient.location(HostilePages.stored("topic", ana,
				ana.submit(FORM, FORM, Map.of("title", XssCorpus.packed(5, TopicText.MAX_TITLE_LENGTH), "abstractText",
						XssCorpus.all(), "durationMinutes", "30", "action", "submit"))));

		for (String vector : XssCorpus.vectors().subList(0, 20)) {
			HttpResponse<String> refused = ana.submit(topic, topic + "/co-speakers", Map.of("email", vector));
			assertThat(refused.statusCode()).as(vector).isEqualTo(200);
			assertThat(Jsoup.parse(refused.body()).select("#email_error").text()).as(vector).isNotEmpty();
		}
		assertThat(count("SELECT COUNT(*) FROM co_speaker_invitation")).isZero();

		HostilePages.stored("invitation", ana, ana.submit(topic, topic + "/co-speakers", Map.of("email", SPEAKER_B)));
		String link = linkInLatestMailTo(SPEAKER_B);
		HostilePages pages = new HostilePages(chromium.browser(), port);
		List<String> problems = new ArrayList<>(pages.openAll(SPEAKER_B, PASSWORD, List.of(link)));
		WebClient ben = signedIn(SPEAKER_B);
		HostilePages.stored("acceptance", ben, ben.submit(link, link + "/accept", Map.of()));
		problems.addAll(pages.openAll(SPEAKER_B, PASSWORD, List.of(link, topic, "/account/topics")));
		problems.addAll(pages.openAll(SPEAKER_A, PASSWORD, List.of(topic, "/account/topics")));
		long inviter = jdbc.sql("SELECT person_id FROM account WHERE email = ?")
			.param(SPEAKER_A)
			.query(Long.class)
			.single();
		new ScheduleFixture(context).releaseTalkBy(inviter);
		String speakerPage = "/" + ScheduleFixture.EVENT + "/speakers/"
				+ jdbc.sql("SELECT CAST(guid AS VARCHAR(36)) FROM person WHERE id = ?")
					.param(inviter)
					.query(String.class)
					.single();
		problems.addAll(pages.openAll(null, null, List.of(speakerPage)));

		assertThat(problems).as("%d vectors in every field", XssCorpus.vectors().size()).isEmpty();
		assertThat(signedIn(SPEAKER_B).page(topic).select(".topic-facts").text()).as("the inviter's name, as text")
			.contains(XssCorpus.packed(0, 200).replaceAll("\\s+", " ").strip());
		assertThat(anonymous().page(speakerPage).select(".speaker-bio").text()).as("the inviter's bio, on her page")
			.isNotBlank();
	}

}
