package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, point 2: an MC's leads order and time the talks of their own MC only, place
 * its topics (undecided ones as tentative, shown apart) and accept tentative talks in
 * bulk, recorded and not announced; a lead of another MC gets 404 for all of it.
 * {@link LeadSchedulePagesPostgresTest} runs the same on PostgreSQL.
 */
class LeadSchedulePagesTest extends EditorWebTest {

	@Autowired
	SchedulePolicies policies;

	@Test
	void aLeadTimesTheTalksOfTheirMcAtOnceSoThatTwoTalksSwapPlaces() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long first = fixture.placeTalk(kernel, fixture.topic("kernel", "First", TopicState.CONFIRMED, 30, speakerA),
				"2027-10-29T10:00");
		long second = fixture.placeTalk(kernel, fixture.topic("kernel", "Second", TopicState.CONFIRMED, 30, speakerB),
				"2027-10-29T10:30");
		WebClient lena = signedIn(LEAD_KERNEL);
		assertThat(lena.page(KERNEL_PAGE).select("#session_" + kernel + " tbody tr td:nth-child(3)").eachText())
			.containsExactly("First (30 min)", "Second (30 min)");

		Document page = postAndFollow(lena, KERNEL_PAGE + "/times", "session", id(kernel), "start_" + first, "10:30",
				"start_" + second, "10:00");

		assertThat(page.select("#notice").text())
			.isEqualTo("The talks' times are saved. It brought in no new conflict.");
		assertThat(page.select("#session_" + kernel + " tbody tr td:nth-child(3)").eachText())
			.containsExactly("Second (30 min)", "First (30 min)");
	}

	@Test
	void packingPutsTheTalksInTheGivenOrderFromTheSessionsStartAndPastTheBreak() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long a = fixture.placeTalk(kernel, fixture.topic("kernel", "A", TopicState.CONFIRMED, 60, speakerA),
				"2027-10-29T10:00");
		long b = fixture.placeTalk(kernel, fixture.topic("kernel", "B", TopicState.CONFIRMED, 45, speakerB),
				"2027-10-29T12:00");
		WebClient lena = signedIn(LEAD_KERNEL);

		postAndFollow(lena, KERNEL_PAGE + "/pack", "session", id(kernel), "order_" + a, "2", "order_" + b, "1");

		assertThat(talks()).extracting(TimetableTalk::id, TimetableTalk::startsAt)
			.containsExactly(tuple(b, ScheduleFixture.at("2027-10-29T10:00")),
					tuple(a, ScheduleFixture.at("2027-10-29T12:00")));
	}

	@Test
	void overlappingTimesAreRefusedAndNothingMoves() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long first = fixture.placeTalk(kernel, fixture.topic("kernel", "First", TopicState.CONFIRMED, 30, speakerA),
				"2027-10-29T10:00");
		long second = fixture.placeTalk(kernel, fixture.topic("kernel", "Second", TopicState.CONFIRMED, 30, speakerB),
				"2027-10-29T10:30");
		WebClient lena = signedIn(LEAD_KERNEL);

		Document page = postAndFollow(lena, KERNEL_PAGE + "/times", "session", id(kernel), "start_" + first, "10:00",
				"start_" + second, "10:15");

		assertThat(page.select("#problem").text())
			.endsWith("would overlap another talk of this session. Nothing was changed.");
		assertThat(talks()).extracting(TimetableTalk::startsAt)
			.containsExactly(ScheduleFixture.at("2027-10-29T10:00"), ScheduleFixture.at("2027-10-29T10:30"));
	}

	@Test
	void aLeadPlacesAnUndecidedTopicAsTentativeShownApartAndAcceptsItQuietly() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-31T10:00");
		long topic = fixture.topic("kernel", "Undecided talk", TopicState.SUBMITTED, 30, speakerA);
		WebClient lena = signedIn(LEAD_KERNEL);

		Document page = postAndFollow(lena, KERNEL_PAGE + "/talks", "session", id(kernel), "topic", id(topic), "start",
				"10:00");

		assertThat(talks()).singleElement()
			.satisfies(talk -> assertThat(talk.startsAt()).isEqualTo(Instant.parse("2027-10-31T09:00:00Z")));
		assertThat(page.select("tr.talk-tentative .tentative-label").text()).isEqualTo("tentative");
		String value = page.select("input[name=topic]").attr("value");

		page = lena
			.page(WebClient.location(lena.postWithToken(KERNEL_PAGE + "/tentative/accept", Map.of("topic", value))));

		assertThat(page.select("#notice").text()).startsWith("Recorded the acceptance of 1 topic");
		assertThat(page.select("tr.talk-tentative .tentative-label").text())
			.isEqualTo("tentative: acceptance recorded, not announced");
		assertThat(jdbc.sql("SELECT state, pending_state FROM topic WHERE id = ?")
			.param(topic)
			.query((rs, row) -> rs.getString(1) + "/" + rs.getString(2))
			.single()).isEqualTo("SUBMITTED/ACCEPTED");
		assertThat(mailTo(SPEAKER_A)).as("recorded, not announced").isEmpty();
	}

	@Test
	void eachAcceptedTalkOfTheLeadsPageLinksToItsSlidesAndMaterialsButATentativeOneDoesNot() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long accepted = fixture.topic("kernel", "Accepted talk", TopicState.ACCEPTED, 30, speakerA);
		long undecided = fixture.topic("kernel", "Undecided talk", TopicState.SUBMITTED, 30, speakerA);
		long acceptedLine = fixture.placeTalk(kernel, accepted, "2027-10-29T10:00");
		long undecidedLine = fixture.placeTalk(kernel, undecided, "2027-10-29T10:30");
		WebClient lena = signedIn(LEAD_KERNEL);

		Document page = lena.page(KERNEL_PAGE);

		String materials = "/manage/" + ScheduleFixture.EVENT + "/talks/" + accepted + "/materials";
		assertThat(page.select("#talk_" + acceptedLine + " a").eachAttr("href")).containsExactly(materials);
		assertThat(page.select("#talk_" + undecidedLine + " a")).isEmpty();
		assertThat(lena.get(materials).statusCode()).isEqualTo(200);
	}

	@Test
	void aTentativeTalkWhoseAcceptanceIsAnnouncedIsNoLongerTentative() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long topic = fixture.topic("kernel", "Undecided talk", TopicState.SUBMITTED, 30, speakerA);
		fixture.placeTalk(kernel, topic, "2027-10-29T10:00");
		WebClient lena = signedIn(LEAD_KERNEL);
		lena.postWithToken(KERNEL_PAGE + "/tentative/accept",
				Map.of("topic", lena.page(KERNEL_PAGE).select("input[name=topic]").attr("value")));
		assertThat(releases.preview(fixture.event()).leftOut()).containsExactly("Tentative: Undecided talk");

		assertThat(lena.postWithToken("/review/" + ScheduleFixture.EVENT + "/kernel/announce", Map.of()).statusCode())
			.isEqualTo(302);

		Document page = lena.page(KERNEL_PAGE);
		assertThat(page.select("#talk_" + talks().getFirst().id()).hasClass("talk-tentative")).isFalse();
		assertThat(page.select(".tentative-label")).isEmpty();
		assertThat(releases.preview(fixture.event()).leftOut())
			.containsExactly("Not confirmed by its speaker yet: Undecided talk");
	}

	@Test
	void anOrganiserAcceptsTentativeTalksFromTheGridButNotOneTheyAreConflictedWith() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long mine = fixture.topic("kernel", "Own talk", TopicState.SUBMITTED, 30, speakerA);
		long theirs = fixture.topic("kernel", "Other talk", TopicState.SUBMITTED, 30, speakerB);
		fixture.placeTalk(kernel, mine, "2027-10-29T10:00");
		fixture.placeTalk(kernel, theirs, "2027-10-29T10:30");
		jdbc.sql("INSERT INTO declared_conflict (topic_id, account_id, reason, declared_at) VALUES (?, ?, 'Mine', ?)")
			.params(mine, organiserId, OffsetDateTime.parse("2027-09-01T09:00:00Z"))
			.update();
		WebClient olga = signedIn(ORGANISER);
		Document grid = olga.page(GRID);
		assertThat(grid.select(".tentative-list label").eachText()).containsExactly("Other talk (submitted)");

		assertThat(olga.postWithToken(GRID + "/tentative/accept", Map.of("topic", mine + ":0:0")).statusCode())
			.isEqualTo(404);
		olga.postWithToken(GRID + "/tentative/accept",
				Map.of("topic", grid.select(".tentative-list input").attr("value")));

		assertThat(count("SELECT COUNT(*) FROM topic WHERE pending_state = 'ACCEPTED' AND event_id = ?",
				fixture.event().id()))
			.isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM topic WHERE pending_state = 'ACCEPTED' AND id = ?", theirs))
			.isEqualTo(1);
	}

	@Test
	void aLeadWhoSpeaksOnATentativeTalkSeesItOnlyAsTentativeAfterAnOrganiserRecordedItsAcceptance() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long leadsOwn = fixture.topic("kernel", "Lead's own talk", TopicState.SUBMITTED, 30, speakerA,
				fixture.mc("kernel").leads().get(0).personId());
		long talk = fixture.placeTalk(kernel, leadsOwn, "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		olga.postWithToken(GRID + "/tentative/accept",
				Map.of("topic", olga.page(GRID).select(".tentative-list input").attr("value")));
		assertThat(olga.page(GRID).select("#talk_" + talk + " .tentative-label").text())
			.as("an organiser who is not conflicted reads the recorded decision")
			.isEqualTo("tentative: acceptance recorded, not announced");

		Document page = signedIn(LEAD_KERNEL).page(KERNEL_PAGE);

		assertThat(page.select("#talk_" + talk + " .tentative-label").text()).isEqualTo("tentative");
		assertThat(page.text()).doesNotContain("acceptance recorded", "accepted recorded");
		assertThat(page.select(".tentative-list")).as("nor may the co-speaker decide it").isEmpty();
	}

	@Test
	void anOrganiserConflictedWithATentativeTalkSeesItOnlyAsTentativeOnTheGridAfterItsLeadRecordedItsAcceptance() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long topic = fixture.topic("kernel", "Undecided talk", TopicState.SUBMITTED, 30, speakerA);
		long talk = fixture.placeTalk(kernel, topic, "2027-10-29T10:00");
		jdbc.sql("INSERT INTO declared_conflict (topic_id, account_id, reason, declared_at) VALUES (?, ?, 'Mine', ?)")
			.params(topic, organiserId, OffsetDateTime.parse("2027-09-01T09:00:00Z"))
			.update();
		WebClient lena = signedIn(LEAD_KERNEL);
		Document leadsPage = lena.page(WebClient.location(lena.postWithToken(KERNEL_PAGE + "/tentative/accept",
				Map.of("topic", lena.page(KERNEL_PAGE).select("input[name=topic]").attr("value")))));
		assertThat(leadsPage.select("#talk_" + talk + " .tentative-label").text())
			.isEqualTo("tentative: acceptance recorded, not announced");

		Document grid = signedIn(ORGANISER).page(GRID);

		assertThat(grid.select("#talk_" + talk + " .tentative-label").text()).isEqualTo("tentative");
		assertThat(grid.select("#grid_talk_" + talk + " .tentative-label").text()).isEqualTo("(tentative)");
		assertThat(grid.text()).doesNotContain("acceptance recorded", "accepted recorded");
	}

	@Test
	void aLeadsPageListsTheMcsCurrentConflictsOnAPlainVisitAndMarksThoseTheLastChangeBroughtIn() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		fixture.placeTalk(tools, fixture.topic("tools", "Secret undecided plan", TopicState.SUBMITTED, 30, speakerA),
				"2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T15:00");
		fixture.placeTrack(fixture.plainTrack("posters", "Posters"), "Hall B", "2027-10-29T15:00");
		long topic = fixture.topic("kernel", "Kernel talk", TopicState.CONFIRMED, 30, speakerA);
		WebClient lena = signedIn(LEAD_KERNEL);
		String keyAttendee = "medium Kim Key: Kernel MC (Hall A) and Tools MC (Hall B), Fri 10:00–13:30 (warning)";

		Document visited = lena.page(KERNEL_PAGE);

		assertThat(visited.select(".conflict").eachText()).as("not the room the track and Tools MC share")
			.containsExactly(keyAttendee);
		assertThat(visited.select(".conflict-new")).isEmpty();

		Document changed = postAndFollow(lena, KERNEL_PAGE + "/talks", "session", id(kernel), "topic", id(topic),
				"start", "10:00");

		String speaker = "Ana Speaker: Kernel talk (Hall A) and another talk (Hall B), Fri 10:00–10:30";
		assertThat(changed.select(".conflict-new").eachText()).singleElement(as(STRING)).contains("New:", speaker);
		assertThat(changed.select(".conflict:not(.conflict-new)").eachText()).containsExactly(keyAttendee);
		assertThat(lena.page(KERNEL_PAGE).select(".conflict").eachText()).hasSize(2)
			.contains(keyAttendee)
			.anySatisfy(line -> assertThat(line).contains(speaker).doesNotContain("New:"));
		assertThat(lena.page(KERNEL_PAGE).text()).doesNotContain("Secret undecided plan", "Posters");
	}

	@Test
	void aLeadsPageSaysSoWhenNoConflictInvolvesTheMc() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-29T15:00");
		fixture.placeTrack(fixture.plainTrack("posters", "Posters"), "Hall A", "2027-10-29T15:00");

		Document page = signedIn(LEAD_KERNEL).page(KERNEL_PAGE);

		assertThat(page.select(".conflict")).isEmpty();
		assertThat(page.select("#no_conflicts").text()).isEqualTo("No conflict involves this MC's sessions or talks.");
	}

	@Test
	void aLeadReadsOnlyTheConflictsOfTheirMcWithoutAnotherMcsUndecidedTitleOrAnyonesUnavailabilityReason() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		fixture.placeTalk(tools, fixture.topic("tools", "Secret undecided plan", TopicState.SUBMITTED, 30, speakerA),
				"2027-10-29T10:00");
		unavailable(speakerB, "2027-10-29T10:00", "2027-10-29T11:00", "medical");
		unavailable(fixture.mc("tools").leads().get(0).personId(), "2027-10-29T10:00", "2027-10-29T11:00", "dentist");
		long topic = fixture.topic("kernel", "Kernel talk", TopicState.CONFIRMED, 30, speakerA, speakerB);
		WebClient lena = signedIn(LEAD_KERNEL);

		Document page = postAndFollow(lena, KERNEL_PAGE + "/talks", "session", id(kernel), "topic", id(topic), "start",
				"10:00");

		assertThat(page.select(".conflict-new").eachText()).containsExactlyInAnyOrder(
				"New: hard Ana Speaker: Kernel talk (Hall A) and another talk (Hall B), Fri 10:00–10:30 (left out of "
						+ "a release with its tentative or unconfirmed talk)",
				"New: hard Ben Speaker is unavailable Fri 10:00–11:00: Kernel talk (Hall A), Fri 10:00–10:30 "
						+ "(blocks release)");
		assertThat(page.text()).doesNotContain("Secret undecided plan", "medical", "dentist", "Tom Lead");

		policies.save(fixture.event(), organiserId,
				List.of(new PolicyInput(ConflictKind.PERSON_IN_TWO_PLACES, RulePolicy.BLOCK_CHANGE.name(), 0),
						new PolicyInput(ConflictKind.UNAVAILABLE, RulePolicy.BLOCK_CHANGE.name(), 0)),
				policies.releaseSetting(fixture.event().id()));
		page = postAndFollow(lena, KERNEL_PAGE + "/times", "session", id(kernel),
				"start_" + talks().stream().filter(talk -> talk.topicId() == topic).findFirst().orElseThrow().id(),
				"10:15");

		assertThat(page.select("#problem").text()).isEqualTo("This change would bring in 2 conflicts that the "
				+ "event's policy does not allow: Ana Speaker: another talk (Hall B) and Kernel talk (Hall A), Fri "
				+ "10:15–10:30; Ben Speaker is unavailable Fri 10:00–11:00: Kernel talk (Hall A), Fri 10:15–10:45. "
				+ "Nothing was changed.");
		assertThat(page.text()).doesNotContain("Secret undecided plan", "medical", "dentist");
	}

	@Test
	void aLeadOfAnotherMcGets404ForTheMcsPageAndForms() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		long topic = fixture.topic("kernel", "Kernel talk", TopicState.CONFIRMED, 30, speakerA);
		long talk = fixture.placeTalk(kernel, topic, "2027-10-29T10:00");
		WebClient tom = signedIn(LEAD_TOOLS);

		assertThat(tom.get(KERNEL_PAGE).statusCode()).isEqualTo(404);
		assertThat(post(tom, KERNEL_PAGE + "/times", "session", id(kernel), "start_" + talk, "11:00").statusCode())
			.isEqualTo(404);
		assertThat(post(tom, KERNEL_PAGE + "/talks/remove", "talk", id(talk)).statusCode()).isEqualTo(404);
		assertThat(post(tom, GRID + "/mc/tools/talks/remove", "talk", id(talk)).statusCode())
			.as("another MC's talk through one's own MC's page")
			.isEqualTo(404);
		assertThat(post(tom, GRID + "/mc/tools/times", "session", id(kernel), "start_" + talk, "11:00").statusCode())
			.isEqualTo(404);
		assertThat(signedIn(USER).get(GRID + "/mc/tools").statusCode()).isEqualTo(404);
		assertThat(signedIn(LEAD_TOOLS).get(GRID + "/mc/tools").statusCode()).isEqualTo(200);
		assertThat(talks()).singleElement()
			.satisfies(placed -> assertThat(placed.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T10:00")));
		assertThat(tools).isPositive();
	}

	private void unavailable(long personId, String from, String to, String reason) {
		jdbc.sql("""
				INSERT INTO unavailability (event_id, person_id, starts_at, ends_at, reason)
				VALUES (?, ?, ?, ?, ?)""")
			.params(fixture.event().id(), personId, ScheduleFixture.at(from).atOffset(ZoneOffset.UTC),
					ScheduleFixture.at(to).atOffset(ZoneOffset.UTC), reason)
			.update();
	}

}
