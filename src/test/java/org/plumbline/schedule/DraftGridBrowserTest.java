package org.plumbline.schedule;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.ScheduleFixture;

/**
 * In Debian's Chromium: an organiser drags a session card onto another cell of the grid,
 * an MC not placed yet onto a cell, a talk onto a start of another session of its MC, and
 * a topic not placed yet onto a start of a session of its MC or track; the page's script
 * submits the matching form, and the grid shows the change (with the conflict a move
 * brought in marked). The grid passes axe-core without a serious violation.
 */
class DraftGridBrowserTest extends EditorWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void draggingASessionOntoAnotherCellMovesItAndListsTheNewConflict() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T15:00");
		Page page = chromium.page();
		chromium.signIn("http://localhost:" + port, ORGANISER, PASSWORD);
		page.navigate("http://localhost:" + port + GRID);
		assertThat(page.locator("#no_conflicts")).isVisible();
		chromium.assertNoSeriousAccessibilityProblem();
		String target = "#cell_" + fixture.room("Hall B").id() + "_" + fixture.block("2027-10-29T15:00").id();

		page.dragAndDrop("#card_" + kernel, target);
		awaitTheAnswer(page);

		assertThat(page.locator(target + " .grid-session-title"))
			.containsText(new String[] { "Kernel MC", "Tools MC" });
		assertThat(page.locator(".conflict-new").first())
			.containsText("Hall B: Kernel MC and Tools MC, Fri 15:00–18:30");
		assertThat(page.locator("#notice")).containsText("The session is moved.");
		chromium.screenshot("schedule-grid-after-drag");
		assertThat(sessions()).filteredOn(session -> session.id() == kernel)
			.singleElement()
			.satisfies(session -> assertThat(session.roomId()).isEqualTo(fixture.room("Hall B").id()));
	}

	@Test
	void draggingAnUnplacedMcOntoACellPlacesItThere() {
		Page page = chromium.page();
		chromium.signIn("http://localhost:" + port, ORGANISER, PASSWORD);
		// Tall enough to hold the list of unplaced MCs and the grid at once: a native
		// drag
		// does not scroll the page under the pointer.
		page.setViewportSize(1280, 4000);
		page.navigate("http://localhost:" + port + GRID);
		String target = "#cell_" + fixture.room("Hall B").id() + "_" + fixture.block("2027-10-30T15:00").id();

		page.dragAndDrop("#unplaced_" + fixture.mc("tools").id(), target);
		awaitTheAnswer(page);

		assertThat(page.locator("#notice")).containsText("The MC is placed.");
		assertThat(page.locator(target + " .grid-session-title")).hasText("Tools MC");
		assertThat(sessions()).singleElement().satisfies(session -> {
			assertThat(session.microconferenceId()).isEqualTo(fixture.mc("tools").id());
			assertThat(session.startsAt()).isEqualTo(fixture.block("2027-10-30T15:00").startsAt());
		});
	}

	@Test
	void draggingATalkOntoAStartOfAnotherSessionOfItsMcMovesItThere() {
		long morning = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long afternoon = fixture.placeMc("kernel", "Hall B", "2027-10-29T15:00");
		long talk = fixture.placeTalk(morning,
				fixture.topic("kernel", "Dragged talk", TopicState.CONFIRMED, 30, speakerA), "2027-10-29T10:00");
		fixture.placeTalk(afternoon, fixture.topic("kernel", "First talk", TopicState.CONFIRMED, 45, speakerB),
				"2027-10-29T15:00");
		Page page = chromium.page();
		chromium.signIn("http://localhost:" + port, ORGANISER, PASSWORD);
		page.navigate("http://localhost:" + port + GRID);
		assertThat(page.locator("#card_" + afternoon + " .grid-slot"))
			.hasText(new String[] { "15:00", "15:45", "17:00" });

		page.dragAndDrop("#grid_talk_" + talk, "#slot_" + afternoon + "_1545");
		awaitTheAnswer(page);

		assertThat(page.locator("#notice")).containsText("The talk is moved.");
		assertThat(page.locator("#card_" + afternoon + " .grid-talk"))
			.containsText(new String[] { "First talk", "Dragged talk" });
		chromium.screenshot("schedule-grid-after-talk-drag");
		assertThat(talks()).filteredOn(placed -> placed.id() == talk).singleElement().satisfies(moved -> {
			assertThat(moved.sessionId()).isEqualTo(afternoon);
			assertThat(moved.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T15:45"));
		});
	}

	@Test
	void draggingATopicNotPlacedYetOntoAStartOfItsMcsSessionPlacesItThereAsTentative() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T15:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T15:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "First talk", TopicState.CONFIRMED, 45, speakerB),
				"2027-10-29T15:00");
		long topic = fixture.topic("kernel", "Dropped topic", TopicState.SUBMITTED, 30, speakerA);
		// So that Tools MC's session has a place-talk form a wrong drop could submit.
		fixture.topic("tools", "Tools topic", TopicState.CONFIRMED, 30, speakerB);
		Page page = chromium.page();
		chromium.signIn("http://localhost:" + port, ORGANISER, PASSWORD);
		// Tall enough to hold the topics to place and the grid at once (see above).
		page.setViewportSize(1280, 4000);
		page.navigate("http://localhost:" + port + GRID);
		assertThat(page.locator("#unplaced_topic_" + topic))
			.hasText("Dropped topic (30 min, submitted: placed as tentative)");
		chromium.assertNoSeriousAccessibilityProblem();
		List<String> posted = new CopyOnWriteArrayList<>();
		page.onRequest(request -> {
			if (request.method().equals("POST")) {
				posted.add(request.url());
			}
		});

		page.dragAndDrop("#unplaced_topic_" + topic, "#slot_" + tools + "_1500");
		page.dragAndDrop("#unplaced_topic_" + topic, "#slot_" + kernel + "_1545");
		awaitTheAnswer(page);

		assertThat(page.locator("#notice")).containsText("The talk is placed.");
		// Only now, once the page the drop led to has loaded, has every request been
		// seen.
		assertThat(posted).as("the drop on another MC's session posts nothing")
			.containsExactly("http://localhost:" + port + GRID + "/talks");
		assertThat(page.locator("#problem")).hasCount(0);
		assertThat(page.locator("#card_" + kernel + " .grid-talk"))
			.containsText(new String[] { "First talk", "15:45–16:15 Dropped topic (tentative)" });
		assertThat(page.locator("#unplaced_topic_" + topic)).hasCount(0);
		chromium.screenshot("schedule-grid-after-topic-drag");
		assertThat(talks()).filteredOn(placed -> placed.topicId() == topic).singleElement().satisfies(placed -> {
			assertThat(placed.sessionId()).isEqualTo(kernel);
			assertThat(placed.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T15:45"));
		});
	}

	@Test
	void draggingAPlainTracksTopicOntoAStartOfTheTracksSessionPlacesItThere() {
		long posters = fixture.plainTrack("posters", "Posters");
		long session = fixture.placeTrack(posters, "Hall B", "2027-10-29T10:00");
		long poster = fixture.trackTopic(posters, "Poster on tracing", TopicState.CONFIRMED, 30, speakerA);
		Page page = chromium.page();
		chromium.signIn("http://localhost:" + port, ORGANISER, PASSWORD);
		page.setViewportSize(1280, 4000);
		page.navigate("http://localhost:" + port + GRID);

		page.dragAndDrop("#unplaced_topic_" + poster, "#slot_" + session + "_1200");
		awaitTheAnswer(page);

		assertThat(page.locator("#notice")).containsText("The talk is placed.");
		assertThat(page.locator("#card_" + session + " .grid-talk")).hasText("12:00–12:30 Poster on tracing");
		assertThat(talks()).singleElement()
			.satisfies(placed -> assertThat(placed.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T12:00")));
	}

	@Test
	void aLeadsPageShowsTentativeTalksApartAndTheReleasePageItsBlockers() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("kernel", "Hall A", "2027-10-30T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-30T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Confirmed talk", TopicState.CONFIRMED, 30, speakerA),
				"2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Undecided talk", TopicState.SUBMITTED, 45, speakerB),
				"2027-10-29T10:30");
		Page page = chromium.page();
		chromium.signIn("http://localhost:" + port, LEAD_KERNEL, PASSWORD);
		page.navigate("http://localhost:" + port + KERNEL_PAGE);

		assertThat(page.locator("tr.talk-tentative")).containsText("Undecided talk");
		assertThat(page.locator("tr.talk-tentative .tentative-label")).hasText("tentative");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("schedule-lead-page");
		page.context().clearCookies();

		chromium.signIn("http://localhost:" + port, ORGANISER, PASSWORD);
		page.navigate("http://localhost:" + port + GRID + "/releases");
		assertThat(page.locator("#blocking li")).hasText("hard: Hall A: Kernel MC and Tools MC, Sat 10:00–13:30");
		assertThat(page.locator("#left_out li")).hasText("Tentative: Undecided talk");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("schedule-release-page");
	}

	/**
	 * Waits for the grid that the drop's form answers with, its notice or problem on top:
	 * waiting for the grid's address would return at once, since the page already has it.
	 */
	private static void awaitTheAnswer(Page page) {
		page.locator("#notice, #problem").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
	}

}
