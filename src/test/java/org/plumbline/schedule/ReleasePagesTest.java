package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, point 5: the release page shows what blocks a release and what it leaves out,
 * releases with a change note, lists the versions with their changelogs, and mails each
 * speaker whose talk moved, changed in length or was removed once per release; an
 * accepted, unconfirmed talk is released only once the policies page allows it.
 * {@link ReleasePagesPostgresTest} runs the same on PostgreSQL.
 */
class ReleasePagesTest extends EditorWebTest {

	static final String RELEASES = GRID + "/releases";

	static final String POLICIES = GRID + "/policies";

	@Autowired
	SchedulePolicies policies;

	@Test
	void aMediumConflictWhosePolicyBlocksReleaseIsListedWithItsLevel() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		policies.save(fixture.event(), organiserId,
				List.of(new PolicyInput(ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES, RulePolicy.BLOCK_RELEASE.name(), 0)),
				policies.releaseSetting(fixture.event().id()));
		WebClient olga = signedIn(ORGANISER);

		Document page = olga.page(RELEASES);

		assertThat(page.select("#blocking_heading").text()).isEqualTo("Conflicts that block a release");
		assertThat(page.select("#blocking li.conflict-medium").eachText())
			.containsExactly("medium: Kim Key: Kernel MC (Hall A) and Tools MC (Hall B), Fri 10:00–13:30");
	}

	@Test
	void aHardConflictIsShownAndRefusesTheReleaseWhichWritesNothing() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(RELEASES).select("#blocking li").eachText())
			.containsExactly("hard: Hall A: Kernel MC and Tools MC, Fri 10:00–13:30");

		Document page = postAndFollow(olga, RELEASES, "note", "Too early");

		assertThat(page.select("#problem").text()).startsWith("The draft has 1 conflict that blocks its release")
			.endsWith("Nothing was released.");
		assertThat(page.select("#note").text()).isEqualTo("Too early");
		assertThat(releases.releases(fixture.event())).isEmpty();
	}

	@Test
	void anUnconfirmedTalkThatWouldPutItsSpeakerInTwoPlacesIsLeftOutWithoutBlockingTheRelease() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Confirmed talk", TopicState.CONFIRMED, 30, speakerA),
				"2027-10-29T10:00");
		fixture.placeTalk(tools, fixture.topic("tools", "Accepted talk", TopicState.ACCEPTED, 30, speakerA),
				"2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		Document preview = olga.page(RELEASES);
		assertThat(preview.select("#blocking li")).isEmpty();
		assertThat(preview.select("#left_out li").eachText())
			.containsExactly("Not confirmed by its speaker yet: Accepted talk");

		Document page = postAndFollow(olga, RELEASES, "note", "Confirmed talks only");

		assertThat(page.select("#problem")).isEmpty();
		assertThat(page.select("#version_1 .changelog li").eachText())
			.contains("Added: Confirmed talk (Hall A), Fri 10:00–10:30")
			.noneMatch(line -> line.contains("Accepted talk"));
	}

	@Test
	void theReleaseNamesTheTalksLeftOutAndListsTheVersionWithItsNoteAndChangelog() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Confirmed talk", TopicState.CONFIRMED, 30, speakerA),
				"2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Submitted talk", TopicState.SUBMITTED, 30, speakerB),
				"2027-10-29T10:30");
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(RELEASES).select("#left_out li").eachText()).containsExactly("Tentative: Submitted talk");

		Document page = postAndFollow(olga, RELEASES, "note", "The first timetable");

		assertThat(page.select("#notice").text()).isEqualTo("Released version 1 with 2 changes.");
		assertThat(page.select("#version_1 .change-note").text()).isEqualTo("The first timetable");
		assertThat(page.select("#version_1 .changelog li").eachText()).containsExactly(
				"Added: Kernel MC (Hall A), Fri 10:00–13:30", "Added: Confirmed talk (Hall A), Fri 10:00–10:30");
		assertThat(mailTo(SPEAKER_A)).as("an added talk is no news to its speaker").isEmpty();
	}

	@Test
	void eachSpeakerWhoseTalksMovedGetsOneMailPerReleaseListingEveryChange() throws Exception {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Talk one", TopicState.CONFIRMED, 30, speakerA),
				"2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Talk two", TopicState.CONFIRMED, 30, speakerA, speakerB),
				"2027-10-29T10:30");
		fixture.release("v1");
		WebClient olga = signedIn(ORGANISER);
		postAndFollow(olga, GRID + "/sessions/move", "session", Long.toString(kernel), "room",
				Long.toString(fixture.room("Hall B").id()), "block",
				Long.toString(fixture.block("2027-10-31T10:00").id()), "part", "WHOLE");

		postAndFollow(olga, RELEASES, "note", "Kernel moves to Sunday");

		List<MimeMessage> toAna = mailTo(SPEAKER_A);
		assertThat(toAna).hasSize(1);
		assertThat(toAna.getFirst().getSubject()).isEqualTo("Your talk's time changed: Schedule Conference 2027");
		assertThat(text(toAna.getFirst()))
			.contains("version 2 of the timetable of Schedule Conference 2027 changes your talk:")
			.contains("- Moved: Talk one from Hall A, Fri 10:00–10:30 to Hall B, Sun 10:00–10:30")
			.contains("- Moved: Talk two from Hall A, Fri 10:30–11:00 to Hall B, Sun 10:30–11:00");
		List<MimeMessage> toBen = mailTo(SPEAKER_B);
		assertThat(toBen).hasSize(1);
		assertThat(text(toBen.getFirst())).contains("Talk two").doesNotContain("Talk one");
	}

	@Test
	void aSpeakerWhoseTalkMovedAndChangedInLengthIsToldBothInOneLine() throws Exception {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long topic = fixture.topic("kernel", "Talk one", TopicState.CONFIRMED, 30, speakerA);
		long talk = fixture.placeTalk(kernel, topic, "2027-10-29T10:00");
		fixture.release("v1");
		WebClient olga = signedIn(ORGANISER);
		postAndFollow(olga, GRID + "/talks/remove", "talk", Long.toString(talk));
		jdbc.sql("UPDATE topic SET duration_minutes = 45 WHERE id = ?").param(topic).update();
		postAndFollow(olga, GRID + "/talks", "session", Long.toString(kernel), "topic", Long.toString(topic), "start",
				"12:00");

		Document page = postAndFollow(olga, RELEASES, "note", "Longer, after the break");

		String both = "Moved and length changed: Talk one from Hall A, Fri 10:00–10:30 to Hall A, Fri 12:00–12:45, "
				+ "30 → 45 min";
		assertThat(page.select("#version_2 .changelog li").eachText()).containsExactly(both);
		List<MimeMessage> toAna = mailTo(SPEAKER_A);
		assertThat(toAna).hasSize(1);
		assertThat(text(toAna.getFirst()).lines().filter(line -> line.contains("Talk one")))
			.as("one line, that says both")
			.containsExactly("- " + both);
	}

	@Test
	void aSessionMovedIntoHalfABlockIsListedAsMovedAndChangedInLength() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.release("v1");
		WebClient olga = signedIn(ORGANISER);
		postAndFollow(olga, GRID + "/sessions/move", "session", Long.toString(kernel), "room",
				Long.toString(fixture.room("Hall B").id()), "block",
				Long.toString(fixture.block("2027-10-31T10:00").id()), "part", BlockPart.AFTER_BREAK.name());

		Document page = postAndFollow(olga, RELEASES, "note", "Kernel shrinks to Sunday noon");

		assertThat(page.select("#version_2 .changelog li").eachText()).containsExactly(
				"Moved and length changed: Kernel MC from Hall A, Fri 10:00–13:30 to Hall B, Sun 12:00–13:30, "
						+ "210 → 90 min");
	}

	@Test
	void anAcceptedTalkIsLeftOutAndNamedUntilTheOrganiserAllowsAcceptedTalksOnThePoliciesPage() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Accepted talk", TopicState.ACCEPTED, 30, speakerA),
				"2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(RELEASES).select("#left_out li").eachText())
			.containsExactly("Not confirmed by its speaker yet: Accepted talk");
		postAndFollow(olga, RELEASES, "note", "Confirmed talks only");
		assertThat(releases.changes(fixture.event(), 1)).extracting(TimetableChange::words)
			.containsExactly("Added: Kernel MC (Hall A), Fri 10:00–13:30");

		Map<String, String> policies = SchedulePoliciesTest.formOf(olga.page(POLICIES));
		policies.put("release_accepted_talks", "true");
		assertThat(olga.post(POLICIES, policies).statusCode()).isEqualTo(302);

		assertThat(olga.page(RELEASES).select("#left_out li")).isEmpty();
		postAndFollow(olga, RELEASES, "note", "Accepted talks too");
		assertThat(releases.changes(fixture.event(), 2)).extracting(TimetableChange::words)
			.containsExactly("Added: Accepted talk (Hall A), Fri 10:00–10:30");
	}

	@Test
	void aReleaseFromAStalePageIsToldAndNothingIsReleased() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		String seen = version();
		fixture.placeMc("tools", "Hall B", "2027-10-30T10:00");

		Document page = olga.page(
				WebClient.location(olga.postWithToken(RELEASES, Map.of("version", seen, "note", "From an old page"))));

		assertThat(page.select("#problem").text()).startsWith("The draft timetable was changed meanwhile");
		assertThat(releases.releases(fixture.event())).isEmpty();
	}

	@Test
	void theSpeakersMailIsAmongTheEventsEditableMailTexts() {
		WebClient olga = signedIn(ORGANISER);

		assertThat(olga.page("/manage/" + fixture.event().slug() + "/mail/texts").text())
			.contains("Sent to each speaker whose talk a timetable release moved, changed in length or removed");
		assertThat(olga.get("/manage/" + fixture.event().slug() + "/mail/texts/timetable-talk-changed").statusCode())
			.isEqualTo(200);
	}

}
