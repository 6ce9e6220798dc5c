package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, point 2: the organisers' grid and its forms. Each change runs on the version
 * the page showed and answers the draft's conflicts, the new ones marked; a slot outside
 * its block, over the break or over another talk, a stale page and an unknown id change
 * nothing, and so does a change bringing in a conflict whose policy blocks changes.
 * {@link DraftEditorPagesPostgresTest} runs the same on PostgreSQL.
 */
class DraftEditorPagesTest extends EditorWebTest {

	@Autowired
	SchedulePolicies policies;

	@Test
	void anOrganiserPlacesAnMcForHalfABlockAndSeesItInItsCellAndAmongThePlaced() {
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(GRID).select("#unplaced li").eachText()).containsExactly("Kernel MC", "Tools MC");

		Document grid = postAndFollow(olga, GRID + "/sessions", "mc", id(fixture.mc("kernel").id()), "room",
				id(fixture.room("Hall B").id()), "block", id(fixture.block("2027-10-29T15:00").id()), "part",
				"AFTER_BREAK");

		assertThat(grid.select("#notice").text()).isEqualTo("The MC is placed. It brought in no new conflict.");
		assertThat(count("""
				SELECT COUNT(*) FROM audit_entry
				WHERE event_id = ? AND object_type = 'timetable' AND action = 'mc-placed' AND actor_account_id = ?""",
				fixture.event().id(), organiserId))
			.isEqualTo(1);
		Element cell = grid
			.getElementById("cell_" + fixture.room("Hall B").id() + "_" + fixture.block("2027-10-29T15:00").id());
		assertThat(cell.select(".grid-session-title").text()).isEqualTo("Kernel MC");
		assertThat(cell.select(".grid-session-when").text()).isEqualTo("Fri 17:00–18:30, after the break");
		assertThat(grid.select("#unplaced li").eachText()).containsExactly("Tools MC");
		assertThat(sessions()).singleElement()
			.satisfies(session -> assertThat(session.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T17:00")));
	}

	@Test
	void aChangeThatClashesListsTheConflictMarkedNewAndAnOlderOneUnmarked() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(GRID).select(".conflict").eachText())
			.containsExactly("medium Kim Key: Kernel MC (Hall A) and Tools MC (Hall B), Fri 10:00–13:30 (warning)");

		Document grid = postAndFollow(olga, GRID + "/sessions", "mc", id(fixture.mc("kernel").id()), "room",
				id(fixture.room("Hall B").id()), "block", id(fixture.block("2027-10-29T10:00").id()), "part",
				"BEFORE_BREAK");

		assertThat(grid.select("#notice").text()).startsWith("The MC is placed. It brought in ")
			.endsWith(" new conflicts, marked below.");
		assertThat(grid.select(".conflict-new").eachText())
			.contains("New: hard Hall B: Kernel MC and Tools MC, Fri 10:00–11:30 (blocks release)")
			.allMatch(words -> words.startsWith("New: "));
		assertThat(grid.select(".conflict:not(.conflict-new)").eachText())
			.containsExactly("medium Kim Key: Kernel MC (Hall A) and Tools MC (Hall B), Fri 10:00–13:30 (warning)");
	}

	@Test
	void aClashOfATentativeTalkIsSaidToBeLeftOutOfAReleaseNotToBlockIt() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T15:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Confirmed talk", TopicState.CONFIRMED, 30, speakerA),
				"2027-10-29T10:00");
		long tentative = fixture.topic("tools", "Tentative talk", TopicState.SUBMITTED, 30, speakerA);
		fixture.placeTalk(tools, tentative, "2027-10-29T15:00");
		WebClient olga = signedIn(ORGANISER);
		postAndFollow(olga, GRID + "/sessions/move", "session", id(tools), "room", id(fixture.room("Hall B").id()),
				"block", id(fixture.block("2027-10-29T10:00").id()), "part", "WHOLE");

		assertThat(olga.page(GRID).select(".conflict").eachText())
			.anySatisfy(conflict -> assertThat(conflict).startsWith("hard Ana Speaker: ")
				.endsWith("(left out of a release with its tentative or unconfirmed talk)"))
			.noneSatisfy(
					conflict -> assertThat(conflict).startsWith("hard Ana Speaker: ").endsWith("(blocks release)"));
		assertThat(olga.page(GRID + "/releases").select("#no_blocking").text())
			.isEqualTo("None: the draft can be released.");
	}

	@Test
	void aChangeBringingInAConflictWhosePolicyBlocksChangesIsRefusedAndChangesNothing() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		policies.save(fixture.event(), organiserId,
				List.of(new PolicyInput(ConflictKind.ROOM_USED_TWICE, RulePolicy.BLOCK_CHANGE.name(), 0)),
				policies.releaseSetting(fixture.event().id()));
		WebClient olga = signedIn(ORGANISER);

		Document grid = postAndFollow(olga, GRID + "/sessions/move", "session", id(tools), "room",
				id(fixture.room("Hall A").id()), "block", id(fixture.block("2027-10-29T10:00").id()), "part", "WHOLE");

		assertThat(problemOf(grid)).isEqualTo("This change would bring in a conflict that the event's policy does not "
				+ "allow: Hall A: Kernel MC and Tools MC, Fri 10:00–13:30. Nothing was changed.");
		assertThat(sessions()).extracting(TimetableSession::roomId)
			.containsExactly(fixture.room("Hall A").id(), fixture.room("Hall B").id());
	}

	@Test
	void aStalePageIsToldTheDraftChangedMeanwhileAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		String seen = version();
		fixture.placeMc("tools", "Hall A", "2027-10-30T10:00");

		Document grid = olga.page(WebClient.location(olga.postWithToken(GRID + "/sessions",
				Map.of("version", seen, "mc", id(fixture.mc("kernel").id()), "room", id(fixture.room("Hall B").id()),
						"block", id(fixture.block("2027-10-29T10:00").id())))));

		assertThat(grid.select("#problem").text()).startsWith("The draft timetable was changed meanwhile");
		assertThat(sessions()).extracting(TimetableSession::microconferenceId)
			.containsExactly(fixture.mc("tools").id());
	}

	@Test
	void aTalkPlacedOnTheSundayAfterSummerTimeEndsIsStoredAnHourLaterInUtc() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-31T10:00");
		long topic = fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, speakerA);
		WebClient olga = signedIn(ORGANISER);

		Document grid = postAndFollow(olga, GRID + "/talks", "session", id(kernel), "topic", id(topic), "start",
				"10:00");

		assertThat(grid.select("#notice").text()).startsWith("The talk is placed.");
		assertThat(talks()).singleElement()
			.satisfies(talk -> assertThat(talk.startsAt()).isEqualTo(Instant.parse("2027-10-31T09:00:00Z")));
		assertThat(grid.select("#talk_" + talks().getFirst().id() + " .talk-when").text()).isEqualTo("10:00–10:30");
		fixture.placeMc("tools", "Hall A", "2027-10-30T10:00");
		assertThat(sessions().getFirst().startsAt()).isEqualTo(Instant.parse("2027-10-30T08:00:00Z"));
	}

	@Test
	void aTalkOutsideItsBlockOverTheBreakOrOverAnotherTalkIsRefusedInWordsAndChangesNothing() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long first = fixture.topic("kernel", "First talk", TopicState.CONFIRMED, 30, speakerA);
		long second = fixture.topic("kernel", "Second talk", TopicState.CONFIRMED, 45, speakerB);
		fixture.placeTalk(kernel, first, "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		String version = version();

		assertThat(problemAfterPlacing(olga, kernel, second, "13:00"))
			.isEqualTo("\"Second talk\" does not fit inside its session's time. Nothing was changed.");
		assertThat(problemAfterPlacing(olga, kernel, second, "11:00"))
			.isEqualTo("\"Second talk\" would run into the block's break. Nothing was changed.");
		assertThat(problemAfterPlacing(olga, kernel, second, "10:15"))
			.isEqualTo("\"Second talk\" would overlap another talk of this session. Nothing was changed.");
		assertThat(problemAfterPlacing(olga, kernel, second, "half past ten"))
			.isEqualTo("Start: give a time such as 10:30. Nothing was changed.");
		assertThat(problemAfterPlacing(olga, kernel, 999_999, "12:00")).isEqualTo(
				"Only submitted, accepted or confirmed topics of this event can be placed. Nothing was changed.");
		assertThat(problemAfterPlacing(olga, 999_999, second, "12:00"))
			.isEqualTo("That session is not in the draft timetable. Nothing was changed.");
		assertThat(talks()).extracting(TimetableTalk::topicId).containsExactly(first);
		assertThat(version()).as("a refused change leaves the draft's version alone").isEqualTo(version);
		assertThat(count("""
				SELECT COUNT(*) FROM audit_entry
				WHERE event_id = ? AND object_type = 'timetable' AND actor_account_id = ?""", fixture.event().id(),
				organiserId))
			.isZero();
	}

	@Test
	void movingASessionTakesItsTalksAlongAndIsRefusedWhereOneWouldNoLongerFit() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long late = fixture.topic("kernel", "Late talk", TopicState.CONFIRMED, 30, speakerA);
		fixture.placeTalk(kernel, late, "2027-10-29T13:00");
		WebClient olga = signedIn(ORGANISER);

		Document refused = postAndFollow(olga, GRID + "/sessions/move", "session", id(kernel), "room",
				id(fixture.room("Hall B").id()), "block", id(fixture.block("2027-10-30T10:00").id()), "part",
				"BEFORE_BREAK");
		assertThat(refused.select("#problem").text())
			.isEqualTo("\"Late talk\" does not fit inside its session's time. Nothing was changed.");

		postAndFollow(olga, GRID + "/sessions/move", "session", id(kernel), "room", id(fixture.room("Hall B").id()),
				"block", id(fixture.block("2027-10-31T15:00").id()), "part", "WHOLE");
		assertThat(sessions()).singleElement().satisfies(session -> {
			assertThat(session.roomId()).isEqualTo(fixture.room("Hall B").id());
			assertThat(session.talks().getFirst().startsAt()).isEqualTo(ScheduleFixture.at("2027-10-31T18:00"));
		});
	}

	@Test
	void anOrganiserMovesATalkWithinItsMcAndRemovesItThenTheSession() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long afternoon = fixture.placeMc("kernel", "Hall A", "2027-10-29T15:00");
		long topic = fixture.topic("kernel", "Moving talk", TopicState.CONFIRMED, 30, speakerA);
		long talk = fixture.placeTalk(kernel, topic, "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);

		postAndFollow(olga, GRID + "/talks/move", "talk", id(talk), "session", id(afternoon), "start", "15:30");
		assertThat(talks()).singleElement().satisfies(moved -> {
			assertThat(moved.sessionId()).isEqualTo(afternoon);
			assertThat(moved.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T15:30"));
		});

		postAndFollow(olga, GRID + "/talks/remove", "talk", id(talk));
		assertThat(talks()).isEmpty();
		postAndFollow(olga, GRID + "/sessions/remove", "session", id(kernel));
		assertThat(sessions()).extracting(TimetableSession::id).containsExactly(afternoon);
	}

	@Test
	void aTalkKeepsTheLengthItWasPlacedWithWhenMovedOrRetimedAfterItsTopicsDurationChanged() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long topic = fixture.topic("kernel", "Growing talk", TopicState.CONFIRMED, 30, speakerA);
		long talk = fixture.placeTalk(kernel, topic, "2027-10-29T10:00");
		jdbc.sql("UPDATE topic SET duration_minutes = 60 WHERE id = ?").param(topic).update();

		postAndFollow(signedIn(ORGANISER), GRID + "/talks/move", "talk", id(talk), "session", id(kernel), "start",
				"10:30");
		assertThat(talks()).singleElement()
			.satisfies(moved -> assertThat(moved.endsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T11:00")));

		postAndFollow(signedIn(LEAD_KERNEL), KERNEL_PAGE + "/times", "session", id(kernel), "start_" + talk, "12:00");
		assertThat(talks()).singleElement()
			.satisfies(retimed -> assertThat(retimed.endsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T12:30")));
	}

	@Test
	void aBreakInEveryRoomIsAddedInLocalTimeAndRemoved() {
		WebClient olga = signedIn(ORGANISER);

		Document grid = postAndFollow(olga, GRID + "/breaks", "title", "Lunch", "day", "2027-10-31", "starts", "13:30",
				"ends", "15:00", "room", "");

		assertThat(sessions()).singleElement().satisfies(lunch -> {
			assertThat(lunch.kind()).isEqualTo(SessionKind.BREAK);
			assertThat(lunch.roomId()).isNull();
			assertThat(lunch.startsAt()).isEqualTo(Instant.parse("2027-10-31T12:30:00Z"));
		});
		assertThat(grid.select(".grid-other-breaks li").eachText())
			.containsExactly("Lunch, Every room, Sun 13:30–15:00");
		assertThat(problemOf(postAndFollow(olga, GRID + "/breaks", "title", "Tea", "day", "2027-11-05", "starts",
				"16:00", "ends", "16:30")))
			.isEqualTo("A break must be on one of the event's days. Nothing was changed.");

		postAndFollow(olga, GRID + "/sessions/remove", "session", id(sessions().getFirst().id()));
		assertThat(sessions()).isEmpty();
	}

	@Test
	void theGridsFormsCarryTheDraftsVersionAndPostingThemWorksWithoutAScript() {
		WebClient olga = WebClient.browser(port)
			.accepting("text/html")
			.pagesMustAnswerOk()
			.signedIn(ORGANISER, PASSWORD);

		var response = olga.submit(GRID, GRID + "/sessions", Map.of("mc", id(fixture.mc("tools").id()), "room",
				id(fixture.room("Hall A").id()), "block", id(fixture.block("2027-10-29T10:00").id()), "part", "WHOLE"));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(sessions()).hasSize(1);
		assertThat(olga.formFields(GRID, GRID + "/sessions").get("version")).isEqualTo(version());
	}

	@Test
	void anEventWithoutADraftYetShowsAnEmptyGridAndReleasePage() {
		jdbc.sql("DELETE FROM timetable WHERE event_id = ?").param(fixture.event().id()).update();
		WebClient olga = signedIn(ORGANISER);

		assertThat(olga.get(GRID).statusCode()).isEqualTo(200);
		assertThat(olga.get(GRID + "/releases").statusCode()).isEqualTo(200);
		assertThat(olga.get(KERNEL_PAGE).statusCode()).isEqualTo(200);
		assertThat(olga.page(GRID).select("#no_conflicts").text()).isEqualTo("The draft has no conflicts.");
	}

	@Test
	void everyoneButTheOrganisersGets404FromTheGridAndItsForms() {
		for (String email : List.of(LEAD_KERNEL, LEAD_TOOLS, USER)) {
			WebClient client = signedIn(email);
			assertThat(client.get(GRID).statusCode()).as(email).isEqualTo(404);
			assertThat(post(client, GRID + "/sessions", "mc", id(fixture.mc("kernel").id()), "room",
					id(fixture.room("Hall A").id()), "block", id(fixture.block("2027-10-29T10:00").id()))
				.statusCode()).as(email).isEqualTo(404);
			assertThat(client.get(GRID + "/releases").statusCode()).as(email).isEqualTo(404);
		}
		assertThat(sessions()).isEmpty();
	}

	private String problemAfterPlacing(WebClient client, long session, long topic, String start) {
		return problemOf(
				postAndFollow(client, GRID + "/talks", "session", id(session), "topic", id(topic), "start", start));
	}

	private static String problemOf(Document page) {
		return page.select("#problem").text();
	}

}
