package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;

/**
 * Issue 11, points 1 and 2: a plain track's talks get their own slots. An organiser
 * places a session of the track in a room and block from the grid, and places the track's
 * topics in it as an MC's are placed in its sessions; the session holds its room from the
 * start, and a release shows it on the public schedule. {@link TrackSessionsPostgresTest}
 * runs the same on PostgreSQL.
 */
class TrackSessionsTest extends EditorWebTest {

	long posters;

	@BeforeEach
	void aPlainTrack() {
		posters = fixture.plainTrack("posters", "Posters");
	}

	@Test
	void anOrganiserPlacesATracksSessionFromTheGridAndATopicOfTheTrackInIt() {
		long poster = fixture.trackTopic(posters, "Poster on tracing", TopicState.CONFIRMED, 30, speakerA);
		fixture.topic("kernel", "Kernel topic", TopicState.CONFIRMED, 30, speakerB);
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(GRID).select("#place_track option").eachText()).containsExactly("Posters");

		Document grid = postAndFollow(olga, GRID + "/tracks", "track", id(posters), "room",
				id(fixture.room("Hall B").id()), "block", id(fixture.block("2027-10-29T15:00").id()), "part", "WHOLE");

		assertThat(grid.select("#notice").text())
			.isEqualTo("The track's session is placed. It brought in no new conflict.");
		Element cell = grid
			.getElementById("cell_" + fixture.room("Hall B").id() + "_" + fixture.block("2027-10-29T15:00").id());
		assertThat(cell.select(".grid-session-title").text()).isEqualTo("Posters");
		TimetableSession session = sessions().get(0);
		assertThat(session.kind()).isEqualTo(SessionKind.TRACK);
		assertThat(session.plainTrackId()).isEqualTo(posters);
		assertThat(grid.select("#place_topic_" + session.id() + " option").eachText())
			.as("only the track's own topics are offered")
			.containsExactly("Poster on tracing (30 min, confirmed)");
		assertThat(
				count("""
						SELECT COUNT(*) FROM audit_entry
						WHERE event_id = ? AND object_type = 'timetable' AND action = 'track-placed' AND actor_account_id = ?""",
						fixture.event().id(), organiserId))
			.isEqualTo(1);

		Document placed = postAndFollow(olga, GRID + "/talks", "session", id(session.id()), "topic", id(poster),
				"start", "15:30");

		assertThat(placed.select("#notice").text()).isEqualTo("The talk is placed. It brought in no new conflict.");
		assertThat(talks()).singleElement().satisfies(talk -> {
			assertThat(talk.topicId()).isEqualTo(poster);
			assertThat(talk.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T15:30"));
		});
		assertThat(placed.select("#card_" + session.id() + " .grid-talk").text())
			.isEqualTo("15:30–16:00 Poster on tracing");
	}

	@Test
	void aTracksSessionTakesHalfABlockAndItsTalksFitThatHalfOnly() {
		WebClient olga = signedIn(ORGANISER);
		long poster = fixture.trackTopic(posters, "Poster on tracing", TopicState.CONFIRMED, 30, speakerA);

		Document grid = postAndFollow(olga, GRID + "/tracks", "track", id(posters), "room",
				id(fixture.room("Hall A").id()), "block", id(fixture.block("2027-10-29T10:00").id()), "part",
				"AFTER_BREAK");

		assertThat(grid.select("#notice").text())
			.isEqualTo("The track's session is placed. It brought in no new conflict.");
		TimetableSession session = sessions().get(0);
		assertThat(session.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T12:00"));
		assertThat(session.endsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T13:30"));
		assertThat(problemAfterPlacing(olga, session.id(), poster, "11:00"))
			.isEqualTo("\"Poster on tracing\" does not fit inside its session's time. Nothing was changed.");
		assertThat(talks()).isEmpty();
	}

	@Test
	void aTopicIsPlacedOnlyInSessionsOfItsOwnTrackOrMc() {
		long track = fixture.placeTrack(posters, "Hall B", "2027-10-29T15:00");
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T15:00");
		long poster = fixture.trackTopic(posters, "Poster on tracing", TopicState.CONFIRMED, 30, speakerA);
		long kernelTopic = fixture.topic("kernel", "Kernel topic", TopicState.CONFIRMED, 30, speakerB);
		WebClient olga = signedIn(ORGANISER);

		assertThat(problemAfterPlacing(olga, kernel, poster, "15:00"))
			.isEqualTo("\"Poster on tracing\" belongs to another track than this session. Nothing was changed.");
		assertThat(problemAfterPlacing(olga, track, kernelTopic, "15:00"))
			.isEqualTo("\"Kernel topic\" belongs to another track than this session. Nothing was changed.");
		assertThat(talks()).isEmpty();
	}

	@Test
	void anUnknownTrackRoomOrBlockIsRefusedInWordsAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		String version = version();

		assertThat(problemAfterPlacingTrack(olga, "999999", id(fixture.room("Hall A").id()),
				id(fixture.block("2027-10-29T10:00").id())))
			.isEqualTo("That track is not one of this event's plain tracks. Nothing was changed.");
		assertThat(problemAfterPlacingTrack(olga, id(posters), "999999", id(fixture.block("2027-10-29T10:00").id())))
			.isEqualTo("That room is not one of this event's rooms. Nothing was changed.");
		assertThat(post(olga, GRID + "/tracks", "track", "posters", "room", id(fixture.room("Hall A").id()), "block",
				id(fixture.block("2027-10-29T10:00").id()))
			.statusCode()).as("a track named by its slug, not its id").isEqualTo(400);
		assertThat(sessions()).isEmpty();
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void anMcPlacedOverATracksSessionWithoutTalksUsesItsRoomTwice() {
		fixture.placeTrack(posters, "Hall A", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);

		Document grid = postAndFollow(olga, GRID + "/sessions", "mc", id(fixture.mc("kernel").id()), "room",
				id(fixture.room("Hall A").id()), "block", id(fixture.block("2027-10-29T10:00").id()), "part", "WHOLE");

		assertThat(grid.select(".conflict-new").eachText())
			.containsExactly("New: hard Hall A: Kernel MC and Posters, Fri 10:00–13:30 (blocks release)");
	}

	@Test
	void aReleasedTracksSessionAndItsTalkShowOnThePublicSchedule() {
		long session = fixture.placeTrack(posters, "Hall B", "2027-10-29T15:00");
		long poster = fixture.trackTopic(posters, "Poster on tracing", TopicState.CONFIRMED, 30, speakerA);
		fixture.placeTalk(session, poster, "2027-10-29T15:30");
		fixture.release("Posters are in.");

		Document list = WebClient.browser(port)
			.accepting("text/html")
			.page("/" + ScheduleFixture.EVENT + "/schedule/list");

		assertThat(list.text()).contains("Posters").contains("Poster on tracing");
	}

	@Test
	void anOrganiserAcceptsATracksTentativeTalksInBulkFromTheGridRecordedNotAnnounced() {
		long session = fixture.placeTrack(posters, "Hall B", "2027-10-29T15:00");
		long poster = fixture.trackTopic(posters, "Undecided poster", TopicState.SUBMITTED, 30, speakerA);
		fixture.placeTalk(session, poster, "2027-10-29T15:00");
		WebClient olga = signedIn(ORGANISER);
		Document grid = olga.page(GRID);
		assertThat(grid.select(".tentative-list label").eachText()).containsExactly("Undecided poster (submitted)");

		Document accepted = olga.page(WebClient.location(olga.postWithToken(GRID + "/tentative/accept",
				Map.of("topic", grid.select(".tentative-list input").attr("value")))));

		assertThat(accepted.select("#notice").text()).startsWith("Recorded the acceptance of 1 topic");
		assertThat(accepted.select(".tentative-list label").eachText())
			.containsExactly("Undecided poster (submitted, accepted recorded)");
		assertThat(
				count("SELECT COUNT(*) FROM topic WHERE id = ? AND state = 'SUBMITTED' AND pending_state = 'ACCEPTED'",
						poster))
			.isEqualTo(1);
	}

	@Test
	void aTracksTentativeTalkIsNotTheOrganiserToAcceptWhenConflictedNorAnMcLeadsAtAll() {
		long session = fixture.placeTrack(posters, "Hall B", "2027-10-29T15:00");
		long poster = fixture.trackTopic(posters, "Undecided poster", TopicState.SUBMITTED, 30, speakerA);
		fixture.placeTalk(session, poster, "2027-10-29T15:00");
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		jdbc.sql("INSERT INTO declared_conflict (topic_id, account_id, reason, declared_at) VALUES (?, ?, 'Mine', ?)")
			.params(poster, organiserId, OffsetDateTime.parse("2027-09-01T09:00:00Z"))
			.update();
		WebClient olga = signedIn(ORGANISER);
		WebClient lena = signedIn(LEAD_KERNEL);

		assertThat(olga.page(GRID).select(".tentative-list")).isEmpty();
		assertThat(olga.postWithToken(GRID + "/tentative/accept", Map.of("topic", poster + ":0:0")).statusCode())
			.isEqualTo(404);
		assertThat(lena.page(KERNEL_PAGE).select(".tentative-list")).isEmpty();
		assertThat(lena.postWithToken(KERNEL_PAGE + "/tentative/accept", Map.of("topic", poster + ":0:0")).statusCode())
			.isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM topic WHERE id = ? AND pending_state IS NULL", poster)).isEqualTo(1);
	}

	private String problemAfterPlacing(WebClient client, long session, long topic, String start) {
		return postAndFollow(client, GRID + "/talks", "session", id(session), "topic", id(topic), "start", start)
			.select("#problem")
			.text();
	}

	private String problemAfterPlacingTrack(WebClient client, String track, String room, String block) {
		return postAndFollow(client, GRID + "/tracks", "track", track, "room", room, "block", block, "part", "WHOLE")
			.select("#problem")
			.text();
	}

}
