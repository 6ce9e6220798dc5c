package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.account.SecurityConfiguration;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signed-in users and anonymous visitors mark MCs and talks interested through a JSON
 * endpoint (issue 11, point 4): a visitor gets an id cookie at their first mark and not
 * before, public pages still set no cookie, unknown subjects and malformed or forged
 * posts change nothing (a post without the custom header, or one the browser says came
 * from another site), and the counts feed the room-size check.
 * {@link InterestPostgresTest} runs the same on PostgreSQL.
 */
class InterestTest extends ScheduleWebTest {

	static final String INTEREST = "/" + EVENT + "/interest";

	@Autowired
	InterestMarks marks;

	@Test
	void anAnonymousVisitorGetsTheirCookieAtTheFirstMarkOnlyAndReadsTheirMarksBack() {
		WebClient visitor = anonymous();
		assertThat(visitor.get("/" + EVENT + "/microconferences").headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> nothingYet = visitor.getJson(INTEREST);
		assertThat(nothingYet.body()).isEqualTo("{\"microconferences\":[],\"talks\":[]}");
		assertThat(nothingYet.headers().allValues("Set-Cookie")).isEmpty();

		HttpResponse<String> first = post(visitor, "{\"microconference\": " + kernelId + ", \"interested\": true}");
		HttpResponse<String> second = post(visitor, "{\"talk\": " + talkId + ", \"interested\": true}");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith("plumbline-visitor=")
			.contains("Max-Age=34560000", "HttpOnly", "SameSite=Lax");
		assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(visitor.getJson(INTEREST).body())
			.isEqualTo("{\"microconferences\":[" + kernelId + "],\"talks\":[" + talkId + "]}");
		assertThat(visitor.hasSessionCookie()).isFalse();
		assertThat(anonymous().getJson(INTEREST).body()).as("another visitor")
			.isEqualTo("{\"microconferences\":[],\"talks\":[]}");
		assertThat(visitor.get("/" + EVENT + "/microconferences").headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void markingTwiceKeepsOneMarkAndUnmarkingTakesItAway() {
		WebClient visitor = anonymous();
		post(visitor, "{\"microconference\": " + kernelId + ", \"interested\": true}");
		post(visitor, "{\"microconference\": " + kernelId + ", \"interested\": true}");
		assertThat(marks.counts(event.id()).ofMicroconference(kernelId)).isEqualTo(1);

		HttpResponse<String> unmarked = post(visitor, "{\"microconference\": " + kernelId + ", \"interested\": false}");

		assertThat(unmarked.body()).isEqualTo("{\"microconferences\":[],\"talks\":[]}");
		assertThat(count("SELECT COUNT(*) FROM interest_mark")).isZero();
		assertThat(post(anonymous(), "{\"talk\": " + talkId + ", \"interested\": false}").headers()
			.allValues("Set-Cookie")).as("unmarking what was never marked makes no visitor").isEmpty();
	}

	@Test
	void unmarkingAnMcWhoseCountWasNeverKeptAnswersAsUsualAndCountsTheMarksLeft() {
		WebClient visitor = anonymous();
		post(visitor, "{\"microconference\": " + kernelId + ", \"interested\": true}");
		post(anonymous(), "{\"microconference\": " + kernelId + ", \"interested\": true}");
		// as an instance older than V52 leaves it in a rolling upgrade: marks without a
		// count
		jdbc.sql("DELETE FROM interest_count").update();

		HttpResponse<String> unmarked = post(visitor, "{\"microconference\": " + kernelId + ", \"interested\": false}");

		assertThat(unmarked.statusCode()).isEqualTo(200);
		assertThat(unmarked.body()).isEqualTo("{\"microconferences\":[],\"talks\":[]}");
		assertThat(marks.counts(event.id()).ofMicroconference(kernelId)).as("the other visitor's mark").isEqualTo(1);
	}

	@Test
	void aSignedInUserMarksAsTheirAccountAndTheCountsFeedTheRoomSizeCheck() {
		WebClient lena = signedIn(LEAD_KERNEL);
		HttpResponse<String> marked = post(lena, "{\"microconference\": " + kernelId + ", \"interested\": true}");
		post(anonymous(), "{\"microconference\": " + kernelId + ", \"interested\": true}");
		post(anonymous(), "{\"microconference\": " + kernelId + ", \"interested\": true}");
		post(anonymous(), "{\"talk\": " + talkId + ", \"interested\": true}");

		assertThat(marked.headers().allValues("Set-Cookie"))
			.noneMatch(cookie -> cookie.startsWith("plumbline-visitor"));
		assertThat(count("SELECT COUNT(*) FROM interest_mark WHERE account_id IS NOT NULL")).isEqualTo(1);
		assertThat(lena.getJson(INTEREST).body()).isEqualTo("{\"microconferences\":[" + kernelId + "],\"talks\":[]}");
		assertThat(marks.counts(event.id()))
			.isEqualTo(new InterestCounts(java.util.Map.of(kernelId, 3), java.util.Map.of(talkId, 1)));
		assertThat(conflicts.check(event.id(),
				List.of(new Placement(kernelId, room1.id(), saturday.id()),
						new Placement(toolsId, room2.id(), saturday.id()))))
			.extracting(Conflict::words)
			.contains("Kernel MC (Room 1, 2 seats): 3 interested, Sat 10:00–13:30");
	}

	@Test
	void anUnknownOrUnpublishedSubjectIsAProblemAndMakesNoCookieNorMark() {
		jdbc.sql("UPDATE topic SET state = 'SUBMITTED' WHERE id = ?").param(talkId).update();
		try {
			WebClient visitor = anonymous();
			HttpResponse<String> unknownMc = post(visitor, "{\"microconference\": 999999, \"interested\": true}");
			HttpResponse<String> undecidedTalk = post(visitor, "{\"talk\": " + talkId + ", \"interested\": true}");
			HttpResponse<String> both = post(visitor,
					"{\"microconference\": " + kernelId + ", \"talk\": " + talkId + ", \"interested\": true}");
			HttpResponse<String> unknownEvent = send(visitor, "/no_such_event/interest",
					"{\"microconference\": " + kernelId + ", \"interested\": true}", true);

			assertThat(unknownMc.statusCode()).isEqualTo(404);
			assertThat(unknownMc.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(unknownMc.body()).contains("This event has no such microconference or talk to mark.");
			assertThat(undecidedTalk.statusCode()).isEqualTo(404);
			assertThat(both.statusCode()).isEqualTo(400);
			assertThat(unknownEvent.statusCode()).isEqualTo(404);
			assertThat(List.of(unknownMc, undecidedTalk, both, unknownEvent))
				.allSatisfy(response -> assertThat(response.headers().allValues("Set-Cookie")).isEmpty());
			assertThat(count("SELECT COUNT(*) FROM interest_mark")).isZero();
		}
		finally {
			jdbc.sql("UPDATE topic SET state = 'CONFIRMED' WHERE id = ?").param(talkId).update();
		}
	}

	@Test
	void aBodyThatIsNoJsonOfAMarkIsToldWhatToSendAndMarksNothing() {
		WebClient visitor = anonymous();
		for (String body : List.of("{", "[1, 2", "{\"microconference\": \"one\", \"interested\": true}", "\"mark\"")) {
			HttpResponse<String> refused = post(visitor, body);

			assertThat(refused.statusCode()).as(body).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.body())
				.contains("The body is not JSON of a mark. Send {\\\"microconference\\\": id} or {\\\"talk\\\": id}");
			assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
		}
		assertThat(count("SELECT COUNT(*) FROM interest_mark")).isZero();
	}

	@Test
	void aPostWithoutTheCustomHeaderAsAnotherSiteWouldSendIsRefusedAndMarksNothing() {
		HttpResponse<String> forged = send(anonymous(), INTEREST,
				"{\"microconference\": " + kernelId + ", \"interested\": true}", false);

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(count("SELECT COUNT(*) FROM interest_mark")).isZero();
	}

	@Test
	void aPostWithTheHeaderThatTheBrowserSaysCameFromAnotherSiteIsRefusedAndMarksNothing() {
		String mark = "{\"microconference\": " + kernelId + ", \"interested\": true}";

		List<HttpResponse<String>> refused = List.of(
				send(anonymous(), INTEREST, mark, true, "Sec-Fetch-Site", "cross-site"),
				send(anonymous(), INTEREST, mark, true, "Sec-Fetch-Site", "same-site"),
				send(anonymous(), INTEREST, mark, true, "Origin", "https://elsewhere.example"),
				send(anonymous(), INTEREST, mark, true, "Origin", "null"), send(anonymous(), INTEREST, mark, true,
						"Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:" + (port + 1)));

		assertThat(refused).extracting(HttpResponse::statusCode).containsOnly(403);
		assertThat(count("SELECT COUNT(*) FROM interest_mark")).isZero();
	}

	@Test
	void onlyAPostIsSparedTheTokenForTheHeader() {
		WebClient visitor = anonymous();
		HttpResponse<String> put = visitor.send(HttpRequest.newBuilder(visitor.uri(INTEREST))
			.header("Content-Type", "application/json")
			.header(SecurityConfiguration.INTEREST_HEADER, "fetch")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"microconference\": " + kernelId + ", \"interested\": true}"))
			.build());

		assertThat(put.statusCode()).isEqualTo(403);
	}

	@Test
	void aPostFromAPageOfThisSiteAsTheBrowserSaysIsAcceptedAtItsOwnAddressAndAtThePublicUrl() {
		String mark = "{\"microconference\": " + kernelId + ", \"interested\": true}";

		HttpResponse<String> ownAddress = send(anonymous(), INTEREST, mark, true, "Sec-Fetch-Site", "same-origin",
				"Origin", "http://localhost:" + port);
		HttpResponse<String> publicUrl = send(anonymous(), INTEREST, mark, true, "Sec-Fetch-Site", "same-origin",
				"Origin", "http://localhost:8080");

		assertThat(ownAddress.statusCode()).isEqualTo(200);
		assertThat(publicUrl.statusCode()).as("plumbline.public-url, unset in tests, is http://localhost:8080")
			.isEqualTo(200);
		assertThat(marks.counts(event.id()).ofMicroconference(kernelId)).isEqualTo(2);
	}

	private static HttpResponse<String> post(WebClient client, String json) {
		return send(client, INTEREST, json, true);
	}

	/** Posts JSON, with the custom header or without, and any further header pairs. */
	private static HttpResponse<String> send(WebClient client, String path, String json, boolean withHeader,
			String... headerPairs) {
		HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (withHeader) {
			request.header(SecurityConfiguration.INTEREST_HEADER, "fetch");
		}
		for (int i = 0; i < headerPairs.length; i += 2) {
			request.header(headerPairs[i], headerPairs[i + 1]);
		}
		return client.send(request.build());
	}

}
