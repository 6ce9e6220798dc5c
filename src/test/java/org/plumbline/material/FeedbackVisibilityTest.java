package org.plumbline.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;

/**
 * Issue 14, points 3 and 8: a talk's feedback is read by its speakers, the leads of its
 * MC and the organisers, each talk's count and mean by the organisers (all talks) and the
 * leads (their MC's); a lead of another MC, a registered attendee (even one who gave
 * feedback), an account that is neither and an anonymous visitor never see it.
 * {@link FeedbackVisibilityPostgresTest} runs the same on PostgreSQL.
 */
class FeedbackVisibilityTest extends FeedbackWebTest {

	private static final String ANNAS_COMMENT = "Clear and useful, thanks.";

	@BeforeEach
	void twoAttendeesGaveFeedbackOnTheKernelTalk() {
		clock.set(KERNEL_TALK_STARTS.plusSeconds(1800));
		feedback.give(fixture.event(), kernelTalk.toString(), accountId(ANNA), "5", ANNAS_COMMENT, null);
		feedback.give(fixture.event(), kernelTalk.toString(), accountId(BEA), "2", "Too fast for me.", null);
	}

	@Test
	void theKernelTalksFeedbackAnswersItsSpeakerItsLeadAndOrganisersAndNobodyElse() {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (String who : new String[] { SAM, LENA, OLGA, TOM, ANNA, NED }) {
			answers.put(who, signedIn(who).get(receivedPath(kernelTalk)).statusCode());
		}
		HttpResponse<String> anonymous = WebClient.browser(port).get(receivedPath(kernelTalk));

		assertThat(answers).containsExactly(Map.entry(SAM, 200), Map.entry(LENA, 200), Map.entry(OLGA, 200),
				Map.entry(TOM, 404), Map.entry(ANNA, 404), Map.entry(NED, 404));
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(anonymous)).endsWith("/login");
	}

	@Test
	void theSpeakerReadsEveryCommentWithTheCountAndMeanButNoAttendeesName() {
		Document page = signedIn(SAM).page(receivedPath(kernelTalk));

		assertThat(page.select("#feedback-count").text()).isEqualTo("2 attendees gave feedback; mean rating 3.5 of 5.");
		assertThat(page.select(".feedback-entries tbody tr td:first-child").eachText()).containsExactlyInAnyOrder("5",
				"2");
		assertThat(page.select(".feedback-comment").eachText()).containsExactlyInAnyOrder(ANNAS_COMMENT,
				"Too fast for me.");
		assertThat(page.text()).doesNotContain("anna@", "bea@");
	}

	@Test
	void aSpeakerFindsTheirTalkWithItsCountAndMeanFromTheirProfile() {
		WebClient sam = signedIn(SAM);
		String link = sam.page("/account/profile").select("a:contains(Feedback on your talks)").attr("href");

		Document page = sam.page(link);

		assertThat(link).isEqualTo("/account/feedback");
		assertThat(page.select(".feedback-overview tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.select("td").eachText()).containsExactly("Tracing in anger",
					"Schedule Conference 2027", "2027-10-29 10:00 Europe/Berlin", "2", "3.5"));
		assertThat(page.select("#talk-" + kernelTalk + " a").attr("href")).isEqualTo(receivedPath(kernelTalk));
		assertThat(signedIn(ANNA).page("/account/feedback").select("#feedback-none").text())
			.isEqualTo("No released timetable lists you as the speaker of a talk.");
	}

	@Test
	void theFormLinksToTheReceivedFeedbackOnlyForThoseWhoMayReadIt() {
		assertThat(signedIn(SAM).page(formPath(kernelTalk)).select(".feedback-received-link a").attr("href"))
			.isEqualTo(receivedPath(kernelTalk));
		assertThat(signedIn(LENA).page(formPath(kernelTalk)).select(".feedback-received-link")).hasSize(1);
		assertThat(signedIn(ANNA).page(formPath(kernelTalk)).select(".feedback-received-link")).isEmpty();
		assertThat(signedIn(TOM).page(formPath(kernelTalk)).select(".feedback-received-link")).isEmpty();
	}

	@Test
	void thePublicTalkPageNeverShowsFeedback() {
		String talkPage = "/" + ScheduleFixture.EVENT + "/talks/" + kernelTalk;

		String anonymous = WebClient.browser(port).get(talkPage).body();
		String attendee = signedIn(BEA).get(talkPage).body();

		assertThat(anonymous).doesNotContain(ANNAS_COMMENT, "Too fast");
		assertThat(attendee).doesNotContain(ANNAS_COMMENT, "Too fast");
	}

	@Test
	void organisersSeeEveryTalksCountAndMeanAndLeadsOnlyTheirMcs() {
		Document olga = signedIn(OLGA).page(overviewPath());
		Document lena = signedIn(LENA).page(overviewPath());
		Document tom = signedIn(TOM).page(overviewPath());

		assertThat(rows(olga)).containsExactly("Tracing in anger | Kernel MC | 2 | 3.5",
				"Linting at scale | Tools MC | 0 | ");
		assertThat(olga.select("#track option").eachText()).containsExactly("all", "Kernel MC", "Tools MC");
		assertThat(rows(lena)).containsExactly("Tracing in anger | Kernel MC | 2 | 3.5");
		assertThat(rows(tom)).containsExactly("Linting at scale | Tools MC | 0 | ");
		assertThat(olga.select("#talk-" + kernelTalk + " a").attr("href")).isEqualTo(receivedPath(kernelTalk));
	}

	@Test
	void aLeadFollowsTheirProfileToTheirMcsFeedback() {
		WebClient lena = signedIn(LENA);
		String link = lena.page("/account/profile").select(".led-microconferences a:contains(feedback)").attr("href");

		assertThat(link).isEqualTo(overviewPath() + "?track=kernel");
		assertThat(rows(lena.page(link))).containsExactly("Tracing in anger | Kernel MC | 2 | 3.5");
	}

	@Test
	void theOverviewFiltersByMcAndAnswers404ToAnMcTheAccountMayNotSee() {
		Document tools = signedIn(OLGA).page(overviewPath() + "?track=tools");

		assertThat(rows(tools)).containsExactly("Linting at scale | Tools MC | 0 | ");
		assertThat(tools.select("#track option[selected]").text()).isEqualTo("Tools MC");
		assertThat(signedIn(LENA).get(overviewPath() + "?track=tools").statusCode()).isEqualTo(404);
		assertThat(signedIn(OLGA).get(overviewPath() + "?track=nosuch").statusCode()).isEqualTo(404);
	}

	@Test
	void theOverviewAnswers404ToSpeakersAttendeesAndOthersAndSendsAnonymousVisitorsToSignIn() {
		for (String who : new String[] { SAM, ANNA, NED }) {
			assertThat(signedIn(who).get(overviewPath()).statusCode()).as(who).isEqualTo(404);
		}
		assertThat(WebClient.location(WebClient.browser(port).get(overviewPath()))).endsWith("/login");
	}

	private static java.util.List<String> rows(Document page) {
		return page.select(".feedback-overview tbody tr")
			.stream()
			.map(row -> row.select("td").eachText())
			.map(cells -> String.join(" | ", cells.get(0), cells.get(1), cells.get(3),
					cells.size() > 4 ? cells.get(4) : ""))
			.toList();
	}

}
