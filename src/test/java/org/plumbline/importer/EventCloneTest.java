package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.generator.Presets;
import org.plumbline.generator.SampleEvents;
import org.plumbline.microconference.McProposalDecisions;
import org.plumbline.microconference.McStatus;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Next year's event (issue 14, points 4, 7 and 8): an organiser clones a generated sample
 * event, with its registrations, topics, mail and timetable, to which the configuration a
 * generator does not make was added; the clone copies each kind of configuration and
 * nothing personal, keeps every weekday, proposes the accepted MCs again on request, and
 * resolves and reports the times a change of the clocks removes or doubles. Bad input and
 * strangers change nothing.
 */
// A property nothing reads, so that this class gets a database of its own: it counts
// every table's rows.
@TestPropertySource(properties = "plumbline.test.database=event-clone")
class EventCloneTest extends RunningServerTest {

	static final Instant TODAY = Instant.parse("2026-11-25T09:00:00Z");

	static final String SOURCE = "clone_src";

	static final String DST_SOURCE = "clocks_2026";

	static final String ORGANISER = "olga@clone.test";

	static final String STRANGER = "sam@clone.test";

	static final String PASSWORD = "clone test password";

	static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

	@Autowired
	SampleEvents samples;

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup setup;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	McProposalDecisions decisions;

	Event source;

	long organiserId;

	long leadPersonId;

	String leadEmail;

	EventCloneTest() {
		super(TODAY);
	}

	@BeforeEach
	void aGeneratedEventWithEveryKindOfConfiguration() {
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		source = events.findBySlug(SOURCE).orElseGet(() -> {
			samples.generate(Presets.named("lpc"), 1, SOURCE);
			Event generated = events.findBySlug(SOURCE).orElseThrow();
			configure(generated.id());
			return generated;
		});
		organiserId = accounts.account(ORGANISER, "Olga Organiser");
		accounts.grant(source.id(), organiserId, EventRole.ORGANISER, null);
		accounts.account(STRANGER, "Sam Stranger");
		leadPersonId = count(
				"""
						SELECT l.person_id FROM mc_proposal_lead l JOIN mc_proposal p ON p.microconference_id = l.microconference_id
						WHERE p.event_id = ? AND l.position = 1 ORDER BY l.microconference_id FETCH FIRST 1 ROWS ONLY""",
				source.id());
		// The generator gave every person an account whose password nobody knows.
		leadEmail = jdbc.sql("SELECT email FROM account WHERE person_id = ?")
			.param(leadPersonId)
			.query(String.class)
			.single();
		jdbc.sql("UPDATE account SET password_hash = ? WHERE person_id = ?")
			.params(passwords.encode(PASSWORD), leadPersonId)
			.update();
	}

	@AfterEach
	void forgetTheClones() {
		for (Event event : events.listEvents()) {
			if (!event.slug().equals(SOURCE)) {
				setup.delete(event.id());
			}
		}
		jdbc.sql("DELETE FROM audit_entry WHERE action IN ('cloned', 'cloned-from')").update();
	}

	@Test
	void theFormProposesTheYearBumpedAndTheWeeksNearestOneYearLater() {
		Document form = signedIn(ORGANISER).page("/manage/" + SOURCE + "/clone");

		assertThat(form.select("#slug").val()).as("no year in the slug to bump").isEmpty();
		assertThat(form.select("#name").val()).isEqualTo("Plumbers Sample Conference 2028");
		assertThat(form.select("#weeks").val()).isEqualTo("52");
		assertThat(form.select("#proposals").hasAttr("checked")).isFalse();
		assertThat(signedIn(ORGANISER).page("/manage/" + SOURCE).select("a[href=/manage/" + SOURCE + "/clone]").text())
			.isEqualTo("Next year's event");
	}

	@Test
	void aCloneCopiesEachKindOfConfigurationAsManyAsTheSourceHas() {
		Document report = cloned(Map.of("slug", "clone_next", "name", "Plumbers Next", "weeks", "52"));

		Event clone = events.findBySlug("clone_next").orElseThrow();
		Map<String, Long> expected = new LinkedHashMap<>();
		expected.put("rooms", count("SELECT COUNT(*) FROM room WHERE event_id = ?", source.id()));
		expected.put("time blocks", count("SELECT COUNT(*) FROM time_block WHERE event_id = ?", source.id()));
		expected.put("sponsor tiers", 2L);
		expected.put("call settings", 1L);
		expected.put("plain tracks", 1L);
		expected.put("plain tracks' questions", 1L);
		expected.put("review phases", 2L);
		expected.put("Call for Microconferences", 1L);
		expected.put("ticket types", 3L);
		expected.put("ticket types for code holders, to give new codes (last year's are not copied)", 1L);
		expected.put("registration settings", 1L);
		expected.put("waiting list tiers", 3L);
		expected.put("registration questions", 1L);
		expected.put("mail texts", 1L);
		expected.put("conflict policies", 2L);
		expected.put("scheduler weights", 1L);
		assertThat(counts(report)).isEqualTo(expected);
		assertThat(expected.get("rooms")).isEqualTo(6);
		assertThat(expected.get("time blocks")).isPositive();

		long id = clone.id();
		assertThat(rows(
				"SELECT name || ':' || capacity || ':' || position FROM room WHERE event_id = ? ORDER BY position", id))
			.isEqualTo(rows(
					"SELECT name || ':' || capacity || ':' || position FROM room WHERE event_id = ? ORDER BY position",
					source.id()));
		assertThat(count(
				"SELECT COUNT(*) FROM room WHERE event_id = ? AND guid IN (SELECT guid FROM room WHERE event_id = ?)",
				id, source.id()))
			.as("new GUIDs")
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM time_block WHERE event_id = ?", id))
			.isEqualTo(expected.get("time blocks"));
		assertThat(rows("SELECT name FROM sponsor_tier WHERE event_id = ? ORDER BY position", id))
			.containsExactly("Gold", "Silver");
		assertThat(count("SELECT COUNT(*) FROM sponsor_tier t JOIN sponsor s ON s.tier_id = t.id WHERE t.event_id = ?",
				id))
			.as("sponsors are not tiers")
			.isZero();
		assertThat(rows(
				"SELECT slug || ':' || name || ':' || durations || ':' || minutes_budget FROM plain_track WHERE event_id = ?",
				id))
			.containsExactly("refereed:Refereed Track:30,45:240");
		assertThat(rows("""
				SELECT q.label FROM call_question q JOIN plain_track t ON t.id = q.plain_track_id
				WHERE q.event_id = ? AND t.event_id = ?""", id, id)).containsExactly("Slides ready?");
		assertThat(count(
				"SELECT COUNT(*) FROM review_phase WHERE event_id = ? AND call_key = 'track:' || plain_track_id", id))
			.isOne();
		assertThat(rows(
				"SELECT name || ':' || capacity || ':' || who_may_buy || ':' || places_taken FROM ticket_type WHERE event_id = ? ORDER BY name",
				id))
			.containsExactly("In person:260:ANYONE:0", "Student:30:CODE_HOLDERS:0", "Virtual:1000:ANYONE:0");
		assertThat(rows("SELECT code FROM ticket_type_code WHERE event_id = ?", id))
			.as("last year's codes, handed out or leaked, buy nothing next year")
			.isEmpty();
		assertThat(rows(
				"SELECT payment_days || ':' || offer_hours || ':' || bank_details FROM registration_settings WHERE event_id = ?",
				id))
			.containsExactly("10:48:IBAN AT00 1234");
		assertThat(rows("SELECT name FROM waiting_tier WHERE event_id = ? ORDER BY position", id))
			.containsExactly("Speakers first", "Proposers", "Everyone else");
		assertThat(rows("SELECT label FROM registration_question WHERE event_id = ?", id))
			.containsExactly("T-shirt size");
		assertThat(rows("SELECT purpose || ':' || subject FROM mail_template WHERE event_id = ?", id))
			.containsExactly("registration-paid:Paid, thank you");
		assertThat(rows("SELECT rule || ':' || policy FROM schedule_rule_policy WHERE event_id = ? ORDER BY rule", id))
			.isEqualTo(rows("SELECT rule || ':' || policy FROM schedule_rule_policy WHERE event_id = ? ORDER BY rule",
					source.id()));
		assertThat(count("SELECT COUNT(*) FROM schedule_setting WHERE event_id = ? AND release_accepted_talks", id))
			.isOne();
		assertThat(rows(
				"SELECT constraint_name || ':' || level || ':' || weight FROM schedule_constraint_weight WHERE event_id = ?",
				id))
			.containsExactly("SIMILAR_TRACKS:SOFT:7");

		assertThat(clone.name()).isEqualTo("Plumbers Next");
		assertThat(clone.venue()).isEqualTo(source.venue());
		assertThat(clone.timeZone()).isEqualTo(source.timeZone());
		assertThat(count("SELECT COUNT(*) FROM event_role WHERE event_id = ? AND account_id = ? AND role = 'ORGANISER'",
				id, organiserId))
			.as("the cloner organises the new event")
			.isOne();
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page("/manage/clone_next").select("h1").text()).isEqualTo("Manage Plumbers Next");
		for (String copied : List.of("calls", "reviews", "proposals", "registration/tickets", "registration/settings",
				"registration/tiers", "registration/questions", "mail/texts", "schedule/policies",
				"schedule/weights")) {
			assertThat(olga.get("/manage/clone_next/" + copied).statusCode()).as(copied).isEqualTo(200);
		}
		assertThat(olga.page("/manage/clone_next/calls").text()).contains("Refereed Track");
		assertThat(olga.page("/manage/clone_next/registration/tiers").text()).contains("Speakers first");
		assertThat(rows("SELECT action FROM audit_entry WHERE event_id = ? AND object_type = 'event'", id))
			.containsExactly("cloned-from");
		assertThat(rows("SELECT action FROM audit_entry WHERE event_id = ? AND object_type = 'event'", source.id()))
			.containsExactly("cloned");
	}

	@Test
	void aCloneCopiesNothingPersonal() {
		assertThat(count("SELECT COUNT(*) FROM registration WHERE event_id = ?", source.id())).isPositive();
		assertThat(count("SELECT COUNT(*) FROM topic WHERE event_id = ?", source.id())).isPositive();
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE event_id = ?", source.id())).isPositive();
		assertThat(count("SELECT COUNT(*) FROM interest_mark WHERE event_id = ?", source.id())).isPositive();
		assertThat(count("SELECT COUNT(*) FROM timetable WHERE event_id = ?", source.id())).isPositive();

		cloned(Map.of("slug", "clone_plain", "name", "Plain", "weeks", "52"));

		long id = events.findBySlug("clone_plain").orElseThrow().id();
		for (String personal : List.of("registration", "topic", "talk_feedback", "mail_outbox", "interest_mark",
				"timetable", "microconference", "mc_proposal", "unavailability", "waiting_tier_placement",
				"bank_statement", "mc_pass", "agenda_feed", "scheduling_run")) {
			assertThat(count("SELECT COUNT(*) FROM " + personal + " WHERE event_id = ?", id)).as(personal).isZero();
		}
		assertThat(count("SELECT COUNT(*) FROM review r JOIN topic t ON t.id = r.topic_id WHERE t.event_id = ?", id))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM event_role WHERE event_id = ?", id)).as("only the cloner").isOne();
		assertThat(rows("SELECT action FROM audit_entry WHERE event_id = ?", id))
			.containsExactlyInAnyOrder("role-granted", "cloned-from");
	}

	@Test
	void everyDateMovesByWholeWeeksSoItsWeekdayAndLocalTimeHold() {
		cloned(Map.of("slug", "clone_weeks", "name", "Weeks", "weeks", "52"));

		Event clone = events.findBySlug("clone_weeks").orElseThrow();
		assertThat(clone.startDate()).isEqualTo(source.startDate().plusWeeks(52));
		assertThat(clone.endDate()).isEqualTo(source.endDate().plusWeeks(52));
		assertThat(clone.startDate().getDayOfWeek()).isEqualTo(source.startDate().getDayOfWeek())
			.isEqualTo(DayOfWeek.MONDAY);
		assertThat(localTimes("SELECT starts_at FROM time_block WHERE event_id = ? ORDER BY starts_at", clone.id()))
			.isEqualTo(localTimes("SELECT starts_at FROM time_block WHERE event_id = ? ORDER BY starts_at", source.id())
				.stream()
				.map(local -> local.plusWeeks(52))
				.toList());
		assertThat(localTimes("SELECT sale_opens_at FROM ticket_type WHERE event_id = ? ORDER BY name", clone.id()))
			.isEqualTo(localTimes("SELECT sale_opens_at FROM ticket_type WHERE event_id = ? ORDER BY name", source.id())
				.stream()
				.map(local -> local.plusWeeks(52))
				.toList());
		assertThat(localTimes("SELECT closes_at FROM topic_call_defaults WHERE event_id = ?", clone.id()))
			.isEqualTo(localTimes("SELECT closes_at FROM topic_call_defaults WHERE event_id = ?", source.id()).stream()
				.map(local -> local.plusWeeks(52))
				.toList());
	}

	@Test
	void onRequestTheAcceptedMcsBecomeSubmittedProposalsWithTheirLeads() {
		Document report = cloned(Map.of("slug", "clone_mcs", "name", "With MCs", "weeks", "52", "proposals", "true"));

		long id = events.findBySlug("clone_mcs").orElseThrow().id();
		assertThat(counts(report)).containsEntry("MC proposals", 18L)
			.as("the two proposed through the call with their 3 leads-to-be, and the generator's 16 with their two "
					+ "leads each at their verified addresses")
			.containsEntry("MC proposal leads", 35L)
			.doesNotContainKey("accepted MCs whose leads have no address, not proposed again");
		assertThat(rows("SELECT title || ':' || status FROM microconference WHERE event_id = ? ORDER BY title", id))
			.isEqualTo(
					rows("SELECT title || ':PROPOSED' FROM microconference WHERE event_id = ? AND status = 'ACCEPTED' "
							+ "ORDER BY title", source.id()));
		assertThat(rows("""
				SELECT l.person_id || ':' || l.name_as_written || ':' || l.email FROM mc_proposal_lead l
				JOIN mc_proposal p ON p.microconference_id = l.microconference_id WHERE p.event_id = ?
				ORDER BY l.person_id""", id)).containsAll(rows("""
				SELECT l.person_id || ':' || l.name_as_written || ':' || l.email FROM mc_proposal_lead l
				JOIN mc_proposal p ON p.microconference_id = l.microconference_id WHERE p.event_id = ?
				ORDER BY l.person_id""", source.id()));
		assertThat(count("SELECT COUNT(*) FROM mc_proposal WHERE event_id = ? AND proposed_by IS NOT NULL", id))
			.as("nobody proposed what never went through the call, so any organiser may decide it")
			.isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM mc_proposal WHERE event_id = ? AND submitted_at IS NOT NULL
				AND pending_status IS NULL AND announced_at IS NULL""", id)).isEqualTo(18);
		assertThat(count("SELECT COUNT(*) FROM mc_lead l JOIN microconference m ON m.id = l.microconference_id "
				+ "WHERE m.event_id = ?", id))
			.as("leads-to-be, not leads, until accepted again")
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM microconference WHERE event_id = ? AND guid IN "
				+ "(SELECT guid FROM microconference WHERE event_id = ?)", id, source.id()))
			.isZero();

		Document proposals = signedIn(ORGANISER).page("/manage/clone_mcs/proposals");
		assertThat(proposals.text()).contains(rows("""
				SELECT m.title FROM microconference m JOIN mc_proposal p ON p.microconference_id = m.id
				WHERE m.event_id = ? ORDER BY m.title""", id).get(0));
		Document mine = signedIn(leadEmail).page("/account/proposals");
		assertThat(mine.select("a[href^=/account/proposals/]")).hasSize(2);
		assertThat(rows("SELECT action FROM audit_entry WHERE event_id = ? AND object_type = 'mc-proposal'", id))
			.hasSize(18)
			.containsOnly("copied");
	}

	@Test
	void aProposalCopiedFromLastYearCanBeAcceptedAgainWithItsLeadsAndKeyAttendees() {
		cloned(Map.of("slug", "clone_again", "name", "Again", "weeks", "52", "proposals", "true"));
		Event clone = events.findBySlug("clone_again").orElseThrow();
		long proposal = count("""
				SELECT p.microconference_id FROM mc_proposal p JOIN mc_proposal_lead l
				ON l.microconference_id = p.microconference_id
				WHERE p.event_id = ? AND l.person_id = ?""", clone.id(), leadPersonId);
		String title = rows("SELECT title FROM microconference WHERE id = ?", proposal).get(0);
		long old = count("SELECT id FROM microconference WHERE event_id = ? AND title = ?", source.id(), title);

		decisions.decide(clone.id(), proposal, McStatus.ACCEPTED, decisions.decisionVersion(proposal), organiserId);
		decisions.announce(clone, proposal, organiserId, "http://localhost");

		assertThat(rows("SELECT status FROM microconference WHERE id = ?", proposal)).containsExactly("ACCEPTED");
		assertThat(rows(
				"SELECT person_id || ':' || name_as_written FROM mc_lead WHERE microconference_id = ? ORDER BY position",
				proposal))
			.isEqualTo(rows(
					"SELECT person_id || ':' || name_as_written FROM mc_lead WHERE microconference_id = ? ORDER BY position",
					old));
		assertThat(rows(
				"SELECT name_as_written || ':' || role_text FROM mc_key_attendee WHERE microconference_id = ? ORDER BY position",
				proposal))
			.isEqualTo(rows(
					"SELECT name_as_written || ':' || role_text FROM mc_key_attendee WHERE microconference_id = ? ORDER BY position",
					old))
			.hasSize(3);
	}

	@Test
	void aCloneAcrossTheChangesOfTheClocksMovesAndReportsTheTimesTheyRemoveOrDouble() {
		Event clocks = setup.create(new NewEvent(DST_SOURCE, "Clocks Conference 2026", LocalDate.of(2026, 9, 14),
				LocalDate.of(2026, 9, 16), VIENNA, null, List.of(new NewRoom("Hall", 100, null)),
				List.of(new NewTimeBlock("Morning", LocalDate.of(2026, 9, 14), java.time.LocalTime.of(10, 0),
						java.time.LocalTime.of(13, 0), null, null)),
				List.of(), List.of()));
		new AccountFixture(jdbc, people, passwords, PASSWORD).grant(clocks.id(), organiserId, EventRole.ORGANISER,
				null);
		// 02:30 on Sunday March 22 exists; 53 weeks on is March 28, 2027, when Vienna's
		// clocks skip from 02:00 to 03:00.
		jdbc.sql("""
				INSERT INTO topic_call_defaults (event_id, opens_at, closes_at, durations)
				VALUES (?, ?, ?, '30')""")
			.params(clocks.id(), utc("2026-02-01T10:00:00+01:00"), utc("2026-03-22T02:30:00+01:00"))
			.update();
		// 02:30 on Sunday October 25 happens twice; this is the second time (+01:00). 53
		// weeks on is October 31, 2027, when 02:30 happens twice again: the first is
		// taken.
		jdbc.sql("""
				INSERT INTO ticket_type (event_id, name, price_minor, capacity, sale_opens_at, sale_closes_at,
				                         who_may_buy, created_at, updated_at)
				VALUES (?, 'Day pass', 0, 50, ?, ?, 'ANYONE', ?, ?)""")
			.params(clocks.id(), utc("2026-10-25T02:30:00+01:00"), utc("2026-11-01T18:00:00+01:00"), utc(TODAY),
					utc(TODAY))
			.update();

		Document report = Jsoup.parse(
				signedIn(ORGANISER)
					.submit("/manage/" + DST_SOURCE + "/clone", "/manage/" + DST_SOURCE + "/clone",
							Map.of("slug", "clocks_2027", "name", "Clocks Conference 2027", "weeks", "53"))
					.body());

		assertThat(report.select("#clock-changes li").eachText()).containsExactly(
				"Calls for topics close Sun 28 Mar 2027 02:30 does not exist in Europe/Vienna (the clocks skip 60 minutes): set to 03:30.",
				"Sale of \"Day pass\" opens Sun 31 Oct 2027 02:30 happens twice in Europe/Vienna: set to the first, 02:30 at UTC+02:00.");
		long id = events.findBySlug("clocks_2027").orElseThrow().id();
		assertThat(instant("SELECT closes_at FROM topic_call_defaults WHERE event_id = ?", id))
			.isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
		assertThat(instant("SELECT sale_opens_at FROM ticket_type WHERE event_id = ?", id))
			.isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
		assertThat(instant("SELECT sale_closes_at FROM ticket_type WHERE event_id = ?", id))
			.as("a time the clocks leave alone keeps its wall-clock time")
			.isEqualTo(Instant.parse("2027-11-07T17:00:00Z"));
		assertThat(instant("SELECT starts_at FROM time_block WHERE event_id = ?", id))
			.isEqualTo(ZonedDateTime.of(2027, 9, 20, 10, 0, 0, 0, VIENNA).toInstant());
		assertThat(rows("SELECT after_json FROM audit_entry WHERE event_id = ? AND action = 'cloned-from'", id).get(0))
			.contains("does not exist in Europe/Vienna");
	}

	@Test
	void aTakenMalformedOrReservedSlugAMissingNameOrWeeksOutOfRangeAreToldAndChangeNothing() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, Long> before = tableCounts();

		assertThat(refused(olga, Map.of("slug", SOURCE, "name", "Again", "weeks", "52")).select("#slug_error").text())
			.isEqualTo("\"clone_src\" is taken by another event; choose another slug.");
		Document malformed = refused(olga, Map.of("slug", "Next-Year", "name", "", "weeks", "0"));
		assertThat(malformed.select("#slug_error").text())
			.isEqualTo("must be 4 to 32 characters: a lower-case letter, then lower-case letters, digits or _");
		assertThat(malformed.select("#name_error").text()).isEqualTo("This field is required.");
		assertThat(malformed.select("#weeks_error").text()).isEqualTo("Give a whole number of weeks from 1 to 520.");
		assertThat(malformed.select("#slug").val()).as("what was typed stays").isEqualTo("Next-Year");
		assertThat(refused(olga, Map.of("slug", "manage", "name", "X", "weeks", "52")).select("#slug_error").text())
			.isEqualTo("\"manage\" is reserved by Plumbline; choose another slug");
		assertThat(
				refused(olga, Map.of("slug", "clone_far", "name", "X", "weeks", "521")).select("#weeks_error").text())
			.isEqualTo("Give a whole number of weeks from 1 to 520.");
		assertThat(
				refused(olga, Map.of("slug", "clone_far", "name", "X", "weeks", "fifty")).select("#weeks_error").text())
			.isEqualTo("Give a whole number of weeks from 1 to 520.");

		assertThat(tableCounts()).isEqualTo(before);
	}

	@Test
	void aCloneRefusedHalfWayLeavesNothing() {
		// A block from 02:30 to 03:15 on Sunday March 22, 2026: 53 weeks on, its start
		// falls into the hour the clocks skip and would move past its end.
		setup.create(new NewEvent(DST_SOURCE, "Clocks Conference 2026", LocalDate.of(2026, 3, 22),
				LocalDate.of(2026, 3, 22), VIENNA, null, List.of(new NewRoom("Hall", 100, null)),
				List.of(new NewTimeBlock("Night", LocalDate.of(2026, 3, 22), java.time.LocalTime.of(2, 30),
						java.time.LocalTime.of(3, 15), null, null)),
				List.of(), List.of()));
		new AccountFixture(jdbc, people, passwords, PASSWORD).grant(events.findBySlug(DST_SOURCE).orElseThrow().id(),
				organiserId, EventRole.ORGANISER, null);
		WebClient olga = signedIn(ORGANISER);
		String form = "/manage/" + DST_SOURCE + "/clone";
		Map<String, Long> before = tableCounts();

		Document refused = Jsoup.parse(
				olga.submit(form, form, Map.of("slug", "clocks_2027", "name", "Clocks Conference 2027", "weeks", "53"))
					.body());

		assertThat(refused.select("#weeks_error").text()).isEqualTo("Moved by 53 weeks, time block \"Night\" would "
				+ "meet a change of the clocks and end before it starts or its break would leave it; choose another "
				+ "number of weeks.");
		assertThat(tableCounts()).as("the event, its room and the cloner's role were rolled back").isEqualTo(before);
	}

	@Test
	void aSaleWindowTheClocksWouldTurnInsideOutIsToldBesideTheWeeksAndLeavesNothing() {
		Event clocks = setup.create(
				new NewEvent(DST_SOURCE, "Clocks Conference 2026", LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 14),
						VIENNA, null, List.of(new NewRoom("Hall", 100, null)), List.of(), List.of(), List.of()));
		new AccountFixture(jdbc, people, passwords, PASSWORD).grant(clocks.id(), organiserId, EventRole.ORGANISER,
				null);
		// 02:30 to 03:15 on Sunday March 22, 2026: 53 weeks on, the opening falls into
		// the
		// hour the clocks skip and moves to 03:30, past the close.
		jdbc.sql("""
				INSERT INTO ticket_type (event_id, name, price_minor, capacity, sale_opens_at, sale_closes_at,
				                         who_may_buy, created_at, updated_at)
				VALUES (?, 'Night pass', 0, 50, ?, ?, 'ANYONE', ?, ?)""")
			.params(clocks.id(), utc("2026-03-22T02:30:00+01:00"), utc("2026-03-22T03:15:00+01:00"), utc(TODAY),
					utc(TODAY))
			.update();
		String form = "/manage/" + DST_SOURCE + "/clone";
		Map<String, Long> before = tableCounts();

		Document refused = Jsoup.parse(signedIn(ORGANISER)
			.submit(form, form, Map.of("slug", "clocks_2027", "name", "Clocks Conference 2027", "weeks", "53"))
			.body());

		assertThat(refused.select("#weeks_error").text()).isEqualTo("Moved by 53 weeks, a window of the event (a call, "
				+ "a sale or a review phase) would meet a change of the clocks and close before it opens; choose "
				+ "another number of weeks.");
		assertThat(tableCounts()).isEqualTo(before);
	}

	/**
	 * The clone names the columns of each table it copies (the owners' copy
	 * repositories); a column added later would silently take its default in every clone.
	 * This list is those tables' columns as the clone was written for them: a change here
	 * means deciding whether the clone copies, shifts or resets the new column, then
	 * updating it.
	 */
	@Test
	void everyTableTheCloneCopiesHasTheColumnsItWasWrittenFor() {
		String known = """
				call_question:event_id,help,id,kind,label,microconference_id,options,plain_track_id,position,required,retired_at,version
				mail_template:body,event_id,id,purpose,scope_key,subject,updated_at,version
				mc_call:closes_at,event_id,opens_at,version
				mc_proposal:announced_at,created_at,decided_at,decided_by,decision_version,event_id,microconference_id,pending_status,proposed_by,submission_key,submitted_at,updated_at
				mc_proposal_lead:email,microconference_id,name_as_written,person_id,position
				plain_track:closes_at,durations,event_id,id,minutes_budget,name,opens_at,slug,version
				registration_question:event_id,help,id,kind,label,options,position,required,retired_at,version
				registration_settings:bank_details,cancel_until,event_id,offer_hours,passes_per_mc,payment_days,updated_at,version
				review_phase:call_key,closes_at,event_id,id,microconference_id,opens_at,plain_track_id,version
				review_phase_defaults:closes_at,event_id,opens_at,version
				room:capacity,event_id,guid,id,name,position,version
				schedule_constraint_weight:constraint_name,event_id,level,weight
				schedule_constraint_weight_version:event_id,version
				schedule_rule_policy:event_id,policy,rule,version
				schedule_setting:event_id,release_accepted_talks,version
				sponsor_tier:event_id,id,name,position,version
				ticket_type:arrivals,capacity,created_at,currency,description,event_id,id,name,places_taken,price_minor,sale_closes_at,sale_opens_at,updated_at,version,who_may_buy
				time_block:break_ends_at,break_starts_at,ends_at,event_id,id,label,starts_at,version
				topic_call_defaults:closes_at,durations,event_id,minutes_budget,opens_at,reminder_days,version
				waiting_tier:event_id,id,is_default,name,position,standing_rule
				waiting_tier_list:event_id,updated_at,version
				""";
		Map<String, String> expected = new java.util.TreeMap<>();
		known.lines().map(line -> line.split(":")).forEach(table -> expected.put(table[0], table[1]));

		Map<String, String> actual = new java.util.TreeMap<>();
		jdbc.sql("""
				SELECT LOWER(table_name) AS table_name, LOWER(column_name) AS column_name
				FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA""")
			.query((rs, row) -> Map.entry(rs.getString("table_name"), rs.getString("column_name")))
			.list()
			.stream()
			.filter(column -> expected.containsKey(column.getKey()))
			.collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
					java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())))
			.forEach((table, columns) -> actual.put(table,
					columns.stream().sorted().collect(java.util.stream.Collectors.joining(","))));

		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void someoneWhoDoesNotOrganiseTheEventFindsNoSuchPageAndCreatesNothing() {
		WebClient stranger = signedIn(STRANGER);
		WebClient lead = signedIn(leadEmail);
		Map<String, Long> before = tableCounts();

		assertThat(stranger.get("/manage/" + SOURCE + "/clone").statusCode()).isEqualTo(404);
		assertThat(lead.get("/manage/" + SOURCE + "/clone").statusCode()).isEqualTo(404);
		Map<String, String> fields = Map.of("slug", "clone_theirs", "name", "Theirs", "weeks", "52");
		assertThat(stranger.postWithToken("/manage/" + SOURCE + "/clone", fields).statusCode()).isEqualTo(404);
		assertThat(lead.postWithToken("/manage/" + SOURCE + "/clone", fields).statusCode()).isEqualTo(404);
		assertThat(WebClient.browser(port).get("/manage/" + SOURCE + "/clone").statusCode()).isEqualTo(302);

		assertThat(tableCounts()).isEqualTo(before);
	}

	/** Every table's rows but the sessions', which signing in and every request touch. */
	private Map<String, Long> tableCounts() {
		Map<String, Long> counts = TableCounts.of(jdbc);
		counts.keySet().removeIf(table -> table.startsWith("spring_session"));
		return counts;
	}

	private Document cloned(Map<String, String> fields) {
		HttpResponse<String> response = submitted(signedIn(ORGANISER), fields);
		assertThat(response.statusCode()).isEqualTo(200);
		Document report = Jsoup.parse(response.body());
		assertThat(report.select("h1").text()).as(report.text()).startsWith("Created ");
		return report;
	}

	private static Document refused(WebClient client, Map<String, String> fields) {
		HttpResponse<String> response = submitted(client, fields);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** Sends the form as a browser does: an unticked box sends nothing. */
	private static HttpResponse<String> submitted(WebClient client, Map<String, String> fields) {
		String form = "/manage/" + SOURCE + "/clone";
		Map<String, String> values = client.formFields(form, form);
		values.remove("proposals");
		values.putAll(fields);
		return client.post(form, values);
	}

	private static Map<String, Long> counts(Document report) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Element row : report.select("#clone-counts tbody tr")) {
			counts.put(row.child(0).text(), Long.parseLong(row.child(1).text()));
		}
		return counts;
	}

	private WebClient signedIn(String email) {
		return WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
	}

	private List<String> rows(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(String.class).list();
	}

	private Instant instant(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(java.time.OffsetDateTime.class).single().toInstant();
	}

	private List<LocalDateTime> localTimes(String sql, Object... params) {
		return jdbc.sql(sql)
			.params(params)
			.query(java.time.OffsetDateTime.class)
			.list()
			.stream()
			.map(at -> LocalDateTime.ofInstant(at.toInstant(), VIENNA))
			.toList();
	}

	private static java.time.OffsetDateTime utc(String at) {
		return java.time.OffsetDateTime.parse(at).withOffsetSameInstant(java.time.ZoneOffset.UTC);
	}

	private static java.time.OffsetDateTime utc(Instant at) {
		return at.atOffset(java.time.ZoneOffset.UTC);
	}

	/**
	 * What the generator does not make: sponsor tiers, a plain track with its questions
	 * and review phase, the default review phase, the Call for Microconferences, the
	 * registration settings, tiers and questions, an edited mail text, conflict policies
	 * and a scheduler weight; and two accepted MCs that came through the Call for
	 * Microconferences, so they have proposals with leads and their addresses. Beside
	 * each copied kind, something a clone leaves behind: a sponsor, a retired question, a
	 * text set back to the default, a hand placement in a tier.
	 */
	private void configure(long eventId) {
		Map<String, Object> ids = new HashMap<>();
		ids.put("event", eventId);
		sql("INSERT INTO sponsor_tier (event_id, name, position) VALUES (:event, 'Gold', 0), (:event, 'Silver', 1)",
				ids);
		sql("""
				INSERT INTO sponsor (tier_id, name, position)
				SELECT id, 'Acme', 0 FROM sponsor_tier WHERE event_id = :event AND name = 'Gold'""", ids);
		sql("""
				INSERT INTO plain_track (event_id, slug, name, opens_at, closes_at, durations, minutes_budget)
				VALUES (:event, 'refereed', 'Refereed Track', TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+01:00',
				        TIMESTAMP WITH TIME ZONE '2027-01-10 23:59:00+01:00', '30,45', 240)""", ids);
		ids.put("track", count("SELECT id FROM plain_track WHERE event_id = ?", eventId));
		sql("""
				INSERT INTO call_question (event_id, plain_track_id, position, kind, label, required)
				VALUES (:event, :track, 0, 'BOOLEAN', 'Slides ready?', TRUE)""", ids);
		sql("""
				INSERT INTO call_question (event_id, plain_track_id, position, kind, label, required, retired_at)
				VALUES (:event, :track, 1, 'TEXT', 'Old question', FALSE, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00Z')""",
				ids);
		sql("""
				INSERT INTO review_phase_defaults (event_id, opens_at, closes_at)
				VALUES (:event, TIMESTAMP WITH TIME ZONE '2027-01-11 09:00:00+01:00',
				        TIMESTAMP WITH TIME ZONE '2027-01-20 18:00:00+01:00')""", ids);
		sql("""
				INSERT INTO review_phase (event_id, plain_track_id, call_key, opens_at, closes_at)
				VALUES (:event, :track, 'track:' || CAST(:track AS VARCHAR(20)),
				        TIMESTAMP WITH TIME ZONE '2027-01-11 09:00:00+01:00',
				        TIMESTAMP WITH TIME ZONE '2027-01-15 18:00:00+01:00')""", ids);
		sql("""
				INSERT INTO mc_call (event_id, opens_at, closes_at)
				VALUES (:event, TIMESTAMP WITH TIME ZONE '2026-06-01 09:00:00+02:00',
				        TIMESTAMP WITH TIME ZONE '2026-07-15 23:59:00+02:00')""", ids);
		sql("""
				INSERT INTO registration_settings (event_id, payment_days, offer_hours, passes_per_mc, bank_details,
				                                   version, updated_at)
				VALUES (:event, 10, 48, 2, 'IBAN AT00 1234', 1, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00Z')""",
				ids);
		sql("""
				INSERT INTO waiting_tier_list (event_id, version, updated_at)
				VALUES (:event, 1, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00Z')""", ids);
		sql("""
				INSERT INTO waiting_tier (event_id, name, position, standing_rule, is_default)
				VALUES (:event, 'Speakers first', 0, 'SPEAKER_OR_LEAD', TRUE), (:event, 'Proposers', 1, 'PROPOSER', TRUE),
				       (:event, 'Everyone else', 2, 'EVERYONE', TRUE)""",
				ids);
		sql("""
				INSERT INTO waiting_tier_placement (event_id, account_id, tier_id, placed_by, placed_at, reason)
				SELECT :event, a.id, t.id, a.id, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00Z', 'Volunteer'
				FROM account a, waiting_tier t
				WHERE t.event_id = :event AND t.position = 0 AND a.id = (SELECT MIN(id) FROM account)""", ids);
		sql("""
				INSERT INTO registration_question (event_id, position, kind, label, options, required)
				VALUES (:event, 0, 'CHOICE', 'T-shirt size', 'S
				M
				L', TRUE)""", ids);
		sql("""
				INSERT INTO registration_question (event_id, position, kind, label, required, retired_at)
				VALUES (:event, 1, 'TEXT', 'Diet', FALSE, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00Z')""", ids);
		ids.put("scope", "event:" + eventId);
		sql("""
				INSERT INTO mail_template (event_id, scope_key, purpose, subject, body, version, updated_at)
				VALUES (:event, :scope, 'registration-paid', 'Paid, thank you', 'Thank you, {{name}}.', 2,
				        TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00Z'),
				       (:event, :scope, 'registration-expired', NULL, NULL, 3,
				        TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00Z')""", ids);
		sql("""
				INSERT INTO schedule_rule_policy (event_id, rule, policy)
				VALUES (:event, 'ROOM_USED_TWICE', 'BLOCK_CHANGE'), (:event, 'KEY_ATTENDEE_IN_TWO_PLACES', 'IGNORE')""",
				ids);
		sql("INSERT INTO schedule_setting (event_id, release_accepted_talks) VALUES (:event, TRUE)", ids);
		sql("INSERT INTO schedule_constraint_weight_version (event_id, version) VALUES (:event, 1)", ids);
		sql("""
				INSERT INTO schedule_constraint_weight (event_id, constraint_name, level, weight)
				VALUES (:event, 'SIMILAR_TRACKS', 'SOFT', 7)""", ids);
		List<Long> proposed = jdbc.sql(
				"SELECT id FROM microconference WHERE event_id = ? AND status = 'ACCEPTED' ORDER BY position FETCH FIRST 2 ROWS ONLY")
			.param(eventId)
			.query(Long.class)
			.list();
		for (long mc : proposed) {
			Map<String, Object> mcIds = new HashMap<>(ids);
			mcIds.put("mc", mc);
			sql("""
					INSERT INTO mc_proposal (microconference_id, event_id, submission_key, created_at, updated_at,
					                         submitted_at, announced_at)
					VALUES (:mc, :event, 'sample-' || CAST(:mc AS VARCHAR(20)),
					        TIMESTAMP WITH TIME ZONE '2026-06-10 10:00:00Z', TIMESTAMP WITH TIME ZONE '2026-06-10 10:00:00Z',
					        TIMESTAMP WITH TIME ZONE '2026-06-10 10:00:00Z', TIMESTAMP WITH TIME ZONE '2026-07-20 10:00:00Z')""",
					mcIds);
			sql("""
					INSERT INTO mc_proposal_lead (microconference_id, position, person_id, name_as_written, email)
					SELECT microconference_id, position + 1, person_id, name_as_written,
					       'lead' || CAST(person_id AS VARCHAR(20)) || '@clone.test'
					FROM mc_lead WHERE microconference_id = :mc""", mcIds);
		}
		// The second proposal keeps one of its two leads, so the leads count three.
		sql("""
				DELETE FROM mc_proposal_lead WHERE microconference_id = :last AND position = 2""",
				Map.of("last", proposed.get(1)));
	}

	private void sql(String sql, Map<String, ?> params) {
		jdbc.sql(sql).params(params).update();
	}

}
