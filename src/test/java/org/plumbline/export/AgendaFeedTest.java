package org.plumbline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.AgendaItem;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.schedule.PersonalAgendas;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A personal agenda from interest marks, and its calendar feed at a secret address that
 * its owner replaces or revokes: the marked MC's whole session and the marked talk of
 * another MC, in time order, and nothing for an address that is not live.
 */
class AgendaFeedTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	InterestMarks marks;

	@Autowired
	PersonalAgendas agendas;

	ScheduleFixture fixture;

	InterestMarker visitor;

	AgendaFeedTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void aReleaseWithTwoMcsAndAVisitorMarkingOneMcAndOneTalkOfTheOther() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		jdbc.sql("DELETE FROM agenda_feed").update();
		long ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		fixture.placeMc("kernel", "Hall A", "2027-10-30T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T15:00");
		long linters = fixture.topic("tools", "Linters", TopicState.CONFIRMED, 30, ana);
		long debuggers = fixture.topic("tools", "Debuggers", TopicState.CONFIRMED, 30, ana);
		fixture.placeTalk(tools, linters, "2027-10-29T15:00");
		fixture.placeTalk(tools, debuggers, "2027-10-29T15:30");
		fixture.release("v1");
		visitor = InterestMarker.visitor(InterestMarker.newVisitorId());
		marks.mark(fixture.event().id(), visitor, InterestSubject.microconference(fixture.mc("kernel").id()));
		marks.mark(fixture.event().id(), visitor, InterestSubject.talk(debuggers));
	}

	@Test
	void theAgendaHoldsTheMarkedMcsSessionAndTheMarkedTalkInTimeOrder() {
		assertThat(agendas.of(fixture.event(), visitor)).extracting(AgendaItem::title, AgendaItem::wholeSession)
			.containsExactly(tuple("Debuggers", false), tuple("Kernel MC", true));
	}

	@Test
	void theFeedAtItsSecretAddressIsACalendarOfTheAgendaThatNoCacheShares() throws Exception {
		String token = agendas.newFeedToken(fixture.event(), visitor);

		HttpResponse<String> feed = anonymous().get(feedPath(token));

		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("private"));
		assertThat(feed.headers().allValues("Set-Cookie")).isEmpty();
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		assertThat(calendar.<VEvent>getComponents("VEVENT")).extracting(event -> event.getSummary().getValue())
			.containsExactly("Debuggers", "Kernel MC");
	}

	@Test
	void aReplacedARevokedAndAMadeUpAddressAnswer404() {
		String first = agendas.newFeedToken(fixture.event(), visitor);
		String second = agendas.newFeedToken(fixture.event(), visitor);

		assertThat(anonymous().get(feedPath(first)).statusCode()).as("replaced").isEqualTo(404);
		assertThat(anonymous().get(feedPath(second)).statusCode()).isEqualTo(200);

		assertThat(agendas.revokeFeed(fixture.event(), visitor)).isTrue();

		assertThat(anonymous().get(feedPath(second)).statusCode()).as("revoked").isEqualTo(404);
		assertThat(anonymous().get(feedPath("made-up")).statusCode()).isEqualTo(404);
		assertThat(anonymous().get("/no_such_event/agenda/feeds/" + second + ".ics").statusCode()).isEqualTo(404);
	}

	private WebClient anonymous() {
		return WebClient.browser(port);
	}

	private static String feedPath(String token) {
		return "/" + ScheduleFixture.EVENT + "/agenda/feeds/" + token + ".ics";
	}

}
