package org.plumbline.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.generator.Preset.PresetRoom;
import org.plumbline.generator.Preset.PresetTicketType;
import org.plumbline.schedule.SchedulingProposals;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.SolveResult;
import org.plumbline.schedule.solver.Termination;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.plumbline.validation.InvalidFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data generator's {@code lpc} preset, as a newcomer meets its sample event: dated
 * from the day it runs, calls open, a sold-out ticket type with its waiting line and
 * offers in flight beside a type on sale; the same seed makes the same event, and a
 * generation that is refused or fails writes nothing. The {@code large} preset accepts no
 * more MCs than its rooms and blocks hold, so that the scheduler takes its problem.
 */
// A property nothing reads, so that this class gets an application context and an
// in-memory database of its own: the events generated here are no other class's.
@TestPropertySource(properties = "plumbline.test.database=generator")
class SampleEventsTest extends RunningServerTest {

	/** A Wednesday. */
	static final Instant TODAY = Instant.parse("2026-11-25T09:00:00Z");

	@Autowired
	SampleEvents samples;

	@Autowired
	EventCatalog events;

	@Autowired
	TopicCalls calls;

	@Autowired
	SchedulingProposals proposals;

	SampleEventsTest() {
		super(TODAY);
	}

	@Test
	void theLpcPresetMakesALiveEventWithOpenCallsASoldOutTypeItsWaitingLineAndOffers() {
		GeneratedEvent generated = samples.generate(Presets.named("lpc"), 1, "sample_live");

		Event event = events.findBySlug("sample_live").orElseThrow();
		assertThat(event.startDate()).as("the Monday of the week ten weeks on").isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(event.endDate()).isEqualTo(LocalDate.of(2027, 2, 3));
		assertThat(generated.summary()).startsWith("Generated sample_live (Plumbers Sample Conference 2027, "
				+ "2027-02-01 to 2027-02-03): 481 accounts, 18 MCs (18 accepted), ");

		List<TopicCall> mcCalls = calls.calls(event.id()).stream().filter(TopicCall::isMicroconference).toList();
		assertThat(mcCalls).hasSize(18);
		assertThat(mcCalls.stream().filter(call -> call.closesAt().isAfter(TODAY))).as("open calls").hasSize(12);
		assertThat(count("SELECT COUNT(*) FROM topic WHERE event_id = ? AND state IN ('ACCEPTED', 'CONFIRMED')",
				event.id()))
			.isEqualTo(30)
			.isEqualTo(generated.accepted());
		assertThat(count("SELECT COUNT(*) FROM topic WHERE event_id = ? AND state = 'SUBMITTED'", event.id()))
			.isPositive();

		assertThat(count("""
				SELECT COUNT(DISTINCT CAST(submitted_at AS DATE)) FROM topic WHERE event_id = ?""", event.id()))
			.as("topics arrived over the weeks the calls were open")
			.isGreaterThan(20);
		assertThat(count("""
				SELECT COUNT(*) FROM topic t JOIN microconference m ON m.id = t.microconference_id
				WHERE t.event_id = ? AND (t.submitted_at < ? OR t.submitted_at > ?)""", event.id(),
				TODAY.minus(Duration.ofDays(57)).atOffset(java.time.ZoneOffset.UTC),
				TODAY.atOffset(java.time.ZoneOffset.UTC)))
			.as("none before the calls opened eight weeks ago, nor after the day of generation")
			.isZero();
		for (TopicCall call : mcCalls) {
			assertThat(count("SELECT COUNT(*) FROM topic WHERE microconference_id = ? AND submitted_at > ?",
					call.microconferenceId(), call.closesAt().atOffset(java.time.ZoneOffset.UTC)))
				.as("none after the deadline of %s", call.name())
				.isZero();
		}
		assertThat(count("SELECT COUNT(*) FROM review r JOIN topic t ON t.id = r.topic_id WHERE t.event_id = ?",
				event.id()))
			.as("two leads review each topic of their MC")
			.isEqualTo(2 * count("SELECT COUNT(*) FROM topic WHERE event_id = ?", event.id()))
			.isEqualTo(generated.reviews());
		assertThat(count("""
				SELECT COUNT(*) FROM review r JOIN topic t ON t.id = r.topic_id JOIN account a ON a.id = r.reviewer_id
				WHERE t.event_id = ? AND NOT EXISTS (SELECT 1 FROM mc_lead l
				                                     WHERE l.microconference_id = t.microconference_id
				                                       AND l.person_id = a.person_id)""", event.id()))
			.as("reviews by anyone but a lead of the topic's MC")
			.isZero();
		assertThat(count("SELECT COUNT(DISTINCT score) FROM review r JOIN topic t ON t.id = r.topic_id "
				+ "WHERE t.event_id = ?", event.id()))
			.as("every score from -2 to +2")
			.isEqualTo(5);
		assertThat(count("""
				SELECT COUNT(DISTINCT CAST(created_at AS DATE)) FROM registration WHERE event_id = ?""", event.id()))
			.as("registrations over the three weeks of the sale")
			.isGreaterThan(10);
		assertThat(count("SELECT places_taken FROM ticket_type WHERE event_id = ? AND name = 'In person'", event.id()))
			.isEqualTo(260);
		assertThat(statusCounts(event)).containsEntry("OFFERED", 3L)
			.containsEntry("WAITING", 37L)
			.containsEntry("CANCELLED", 3L)
			.containsKeys("REGISTERED", "AWAITING_PAYMENT");
		assertThat(generated.offers()).isEqualTo(3);
		assertThat(count("""
				SELECT COUNT(*) FROM registration r JOIN ticket_type t ON t.id = r.ticket_type_id
				WHERE t.event_id = ? AND t.name = 'Student' AND r.status = 'REGISTERED'""", event.id()))
			.as("free, by code")
			.isEqualTo(12);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE event_id = ? AND status <> 'WITHHELD'", event.id()))
			.as("mail to the .invalid addresses is kept, never sent")
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE event_id = ?", event.id())).isGreaterThan(500);

		assertThat(generated.sessions()).as("every MC placed").isEqualTo(18);
		assertThat(generated.talks()).as("the confirmed topics of the six decided MCs").isEqualTo(24);
		assertThat(count("SELECT COUNT(*) FROM timetable WHERE event_id = ? AND number = 1", event.id())).isOne();
		assertThat(count("SELECT COUNT(*) FROM interest_mark WHERE event_id = ?", event.id())).isGreaterThan(480);
		assertThat(count("SELECT COALESCE(SUM(markers), 0) FROM interest_pair_count WHERE event_id = ?", event.id()))
			.as("the shared audiences kept for the overview, as the marks pair up")
			.isEqualTo(count("""
					SELECT COUNT(*) FROM interest_mark a
					JOIN interest_mark b ON b.account_id = a.account_id AND b.event_id = a.event_id
					                    AND b.microconference_id > a.microconference_id
					WHERE a.event_id = ?""", event.id()))
			.isPositive();
		assertThat(count("SELECT COUNT(*) FROM reviewed_topic WHERE event_id = ?", event.id()))
			.as("the topics kept as reviewed for the overview, as the conflict rule finds them")
			.isEqualTo(
					count("""
							SELECT COUNT(DISTINCT r.topic_id) FROM review r JOIN topic t ON t.id = r.topic_id
							WHERE t.event_id = ? AND NOT EXISTS (SELECT 1 FROM topic_conflict c
							                                     WHERE c.topic_id = r.topic_id AND c.account_id = r.reviewer_id)""",
							event.id()))
			.isPositive();
		assertThat(count("SELECT COUNT(*) FROM session_recording WHERE event_id = ?", event.id()))
			.as("no session has run yet")
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM talk_feedback WHERE event_id = ?", event.id())).isZero();
		assertThat(count("""
				SELECT COUNT(DISTINCT m.topic_id) FROM talk_material m JOIN topic t ON t.id = m.topic_id
				WHERE t.event_id = ?""", event.id())).as("early slides on some talks")
			.isEqualTo(generated.slides())
			.isPositive();
		assertThat(WebClient.browser(port).page("/sample_live/schedule/list").select("h3.session-title")).hasSize(18);

		JsonNode sale = saleStatus("sample_live");
		assertThat(sale.get("open").asBoolean()).isTrue();
		assertThat(sale.get("soldOut").asBoolean()).as("Virtual is still on sale").isFalse();
		assertThat(sale.get("waiting").asInt()).isEqualTo(37);
		JsonNode inPerson = sale.get("ticketTypes").get(0);
		assertThat(inPerson.get("name").asString()).isEqualTo("In person");
		assertThat(inPerson.get("soldOut").asBoolean()).isTrue();
		assertThat(inPerson.get("waiting").asInt()).isEqualTo(37);
		assertThat(sale.get("ticketTypes").get(1).get("soldOut").asBoolean()).isFalse();
	}

	@Test
	void theNowPresetMakesAnEventRunningTodayWithSlidesRecordingsOfTheEndedSessionsAndFeedback() throws IOException {
		GeneratedEvent generated = samples.generate(Presets.named("lpc-now"), 1, "running_now");

		Event event = events.findBySlug("running_now").orElseThrow();
		assertThat(event.startDate()).as("it began yesterday").isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(event.endDate()).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(calls.calls(event.id()).stream().filter(TopicCall::isMicroconference))
			.as("every call closed weeks ago")
			.hasSize(12)
			.allSatisfy(call -> assertThat(call.closesAt()).isBefore(TODAY.minus(Duration.ofDays(30))));
		assertThat(generated.talks()).as("four confirmed talks in each of 12 MCs").isEqualTo(48);

		assertThat(count("SELECT COUNT(*) FROM session_recording WHERE event_id = ?", event.id()))
			.as("yesterday's sessions, which have ended")
			.isEqualTo(generated.recordedSessions())
			.isPositive();
		assertThat(count("""
				SELECT COUNT(*) FROM talk_recording_offset o JOIN session_recording r
				ON r.event_id = o.event_id AND r.session_guid = o.session_guid WHERE r.event_id = ?""", event.id()))
			.as("each of their talks at its offset")
			.isGreaterThanOrEqualTo(generated.recordedSessions());

		assertThat(count("SELECT COUNT(*) FROM talk_feedback WHERE event_id = ?", event.id()))
			.isEqualTo(generated.feedback())
			.isPositive();
		assertThat(count("""
				SELECT COUNT(*) FROM talk_feedback f WHERE f.event_id = ? AND NOT EXISTS (
				SELECT 1 FROM registration r WHERE r.event_id = f.event_id AND r.account_id = f.account_id
				AND r.status = 'REGISTERED')""", event.id())).as("feedback only from registered attendees").isZero();

		assertThat(generated.slides()).as("most talks have slides").isGreaterThan(24);
		String slidesGuid = jdbc.sql("""
				SELECT m.guid FROM talk_material m JOIN topic t ON t.id = m.topic_id
				WHERE t.event_id = ? AND m.kind = 'FILE' ORDER BY m.id""")
			.param(event.id())
			.query(String.class)
			.list()
			.getFirst();
		byte[] pdf = WebClient.browser(port).getBytes("/running_now/materials/" + slidesGuid).body();
		try (PDDocument slides = Loader.loadPDF(pdf)) {
			assertThat(slides.getNumberOfPages()).isEqualTo(2);
			assertThat(new PDFTextStripper().getText(slides)).contains("What we propose");
		}
	}

	@Test
	void theSameSeedMakesTheSamePeopleMicroconferencesTopicsAndRegistrationsWhateverTheDay() {
		samples.generate(Presets.named("lpc"), 7, "seven_a");
		clock.set(TODAY.plus(Duration.ofDays(123)));
		samples.generate(Presets.named("lpc"), 7, "seven_b");
		samples.generate(Presets.named("lpc"), 8, "eight");

		assertThat(content("seven_a")).isEqualTo(content("seven_b")).isNotEqualTo(content("eight"));
		assertThat(events.findBySlug("seven_b").orElseThrow().startDate()).isEqualTo(LocalDate.of(2027, 5, 31));
		assertThat(guids("seven_a")).hasSize(24).doesNotContainAnyElementsOf(guids("seven_b"));
		assertThat(count("SELECT COUNT(DISTINCT display_name) FROM account WHERE email LIKE '%@seven-a.invalid'"))
			.as("no two people share a name, the organiser aside")
			.isEqualTo(481);
	}

	@Test
	void aTakenMalformedOrReservedSlugIsRefusedBeforeAnythingIsWritten() {
		samples.generate(Presets.named("lpc"), 1, "taken");
		long accounts = count("SELECT COUNT(*) FROM account");

		assertThatThrownBy(() -> samples.generate(Presets.named("lpc"), 2, "taken"))
			.isInstanceOf(GenerationRefusedException.class)
			.hasMessage("an event \"taken\" exists already; choose another slug with --slug");
		assertThatThrownBy(() -> samples.generate(Presets.named("lpc"), 2, "Not A Slug"))
			.isInstanceOf(GenerationRefusedException.class)
			.hasMessageStartingWith("the slug \"Not A Slug\" must be 4 to 32 characters");
		assertThatThrownBy(() -> samples.generate(Presets.named("lpc"), 2, "admin"))
			.isInstanceOf(GenerationRefusedException.class)
			.hasMessageContaining("reserved");

		assertThat(count("SELECT COUNT(*) FROM account")).isEqualTo(accounts);
	}

	@Test
	void aGenerationThatFailsHalfwayLeavesNothingBehind() {
		Preset lpc = Presets.named("lpc");
		// A ticket type priced in words: the sale, after the accounts, MCs, topics,
		// decisions, interest marks and timetable, is refused.
		Preset.PresetTicketType inWords = new Preset.PresetTicketType("In person", "A place.", "four hundred", "EUR",
				10, 5, 0, null);
		Preset badPrice = new Preset(lpc.slug(), lpc.name(), lpc.venue(), lpc.timeZone(), -1, false, lpc.days(),
				lpc.rooms(), 40, 3, 3, 2, 1, 6, 1, 2, 2, 2, List.of(inWords), 1, 100, 4);
		Map<String, Long> before = tableCounts();

		assertThatThrownBy(() -> samples.generate(badPrice, 1, "bad_price")).isInstanceOf(InvalidFields.class)
			.satisfies(refused -> assertThat(((InvalidFields) refused).messages()).containsKey("price"));

		assertThat(events.findBySlug("bad_price")).isEmpty();
		assertThat(tableCounts()).isEqualTo(before);
	}

	@Test
	void theLargePresetHoldsIssue16sFiguresWithNoMoreAcceptedMcsThanItsRoomsAndBlocksHold() {
		Preset large = Presets.named("large");
		int blocksADay = 2;

		assertThat(large.microconferences()).as("MCs proposed").isEqualTo(2000);
		assertThat(large.acceptedMicroconferences()).as("accepted MCs, each filling a whole block")
			.isLessThanOrEqualTo(large.days() * blocksADay * large.rooms().size());
		assertThat(large.people()).isEqualTo(50000);
		assertThat(large.acceptedMicroconferences() * large.topicsPerMicroconference()).as("mean submissions")
			.isEqualTo(100000);
		assertThat(large.reviewsPerTopic()).isEqualTo(3);
		assertThat(large.decidedCalls() * (large.acceptedPerDecidedCall() - 1)).as("confirmed talks").isEqualTo(1000);
		assertThat(large.ticketTypes().stream().mapToInt(PresetTicketType::registrations).sum()).isEqualTo(20000);
	}

	@Test
	void theLargePresetAtAFifthOfItsRoomsPlacesEveryAcceptedMcAndTheSchedulerTakesItsProblem() {
		Preset fifth = largeAtAFifthOfItsRooms();
		GeneratedEvent generated = samples.generate(fifth, 1, "large_fifth");

		Event event = events.findBySlug("large_fifth").orElseThrow();
		assertThat(generated.summary()).contains(": 2001 accounts, 400 MCs (50 accepted), ");
		assertThat(jdbc.sql("SELECT status, COUNT(*) AS n FROM microconference WHERE event_id = ? GROUP BY status")
			.param(event.id())
			.query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("n")))
			.list()).containsExactlyInAnyOrder(Map.entry("ACCEPTED", 50L), Map.entry("WITHDRAWN", 35L),
					Map.entry("REJECTED", 315L));
		assertThat(calls.calls(event.id()).stream().filter(TopicCall::isMicroconference))
			.as("only the accepted MCs have calls")
			.hasSize(50);
		assertThat(generated.sessions()).as("every accepted MC placed, in every room and block").isEqualTo(50);
		assertThat(generated.talks()).isEqualTo(200);

		long organiser = jdbc.sql("SELECT id FROM account WHERE email = 'sam.organiser@large-fifth.invalid'")
			.query(Long.class)
			.single();
		SchedulingProblem problem = SchedulingFiles
			.readInstance(proposals.problemFile(organiser, event, null).instanceJson());
		SolveResult solved = ScheduleSolver.solve(problem, Termination.steps(50), 1, 1);

		assertThat(problem.talks()).hasSize(50);
		assertThat(solved.placements()).hasSize(50);
		assertThat(solved.score().hardScore()).as("nobody in two places, no room used twice").isZero();
	}

	@Test
	void everyCommittedPresetLoadsAndAnUnknownOneIsRefusedWithTheirNames() {
		assertThat(Presets.names()).contains("lpc");
		Presets.names().forEach(name -> assertThat(Presets.named(name).people()).isPositive());
		assertThatThrownBy(() -> Presets.named("huge")).isInstanceOf(UnknownPresetException.class)
			.hasMessageStartingWith("no preset \"huge\"; the presets are ")
			.hasMessageContaining("lpc");
	}

	/**
	 * The large preset with a fifth of its rooms and MCs, accepted ones too, so that they
	 * fill its rooms and blocks as the large event's do, and few enough people, topics
	 * and registrations that it generates in seconds.
	 */
	private static Preset largeAtAFifthOfItsRooms() {
		Preset large = Presets.named("large");
		List<PresetRoom> rooms = java.util.stream.IntStream.range(0, large.rooms().size())
			.filter(room -> room % 5 == 0)
			.mapToObj(large.rooms()::get)
			.toList();
		List<PresetTicketType> types = large.ticketTypes()
			.stream()
			.map(type -> new PresetTicketType(type.name(), type.description(), type.price(), type.currency(),
					type.capacity() / 100, type.registrations() / 100, type.paidPercent(), type.code()))
			.toList();
		return new Preset(large.slug(), large.name(), large.venue(), large.timeZone(), large.startsInDays(),
				large.startsOnMonday(), large.days(), rooms, 2000, large.microconferences() / 5,
				large.acceptedMicroconferences() / 5, large.leadsPerMicroconference(),
				large.keyAttendeesPerMicroconference(), 10, large.decidedCalls() / 5, large.acceptedPerDecidedCall(),
				large.reviewsPerTopic(), large.interestPerPerson(), types, 1, large.slidesPercent(), 2);
	}

	private Map<String, Long> statusCounts(Event event) {
		return jdbc.sql("SELECT status, COUNT(*) AS n FROM registration WHERE event_id = ? GROUP BY status")
			.param(event.id())
			.query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("n")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private JsonNode saleStatus(String slug) {
		String body = WebClient.browser(port).getJson("/api/v1/events/" + slug + "/registration").body();
		return JsonMapper.builder().build().readTree(body);
	}

	/** What a seed decides, without the ids and addresses that differ between events. */
	private List<String> content(String slug) {
		long eventId = events.findBySlug(slug).orElseThrow().id();
		List<String> content = new java.util.ArrayList<>();
		content.addAll(jdbc.sql("SELECT title FROM microconference WHERE event_id = ? ORDER BY id")
			.param(eventId)
			.query(String.class)
			.list());
		content.addAll(jdbc.sql("""
				SELECT t.title || ' ' || t.state || ' ' || t.duration_minutes FROM topic t
				WHERE t.event_id = ? ORDER BY t.id""").param(eventId).query(String.class).list());
		content.addAll(jdbc.sql("""
				SELECT a.display_name || ' ' || r.status || ' ' || r.arrival FROM registration r
				JOIN account a ON a.id = r.account_id WHERE r.event_id = ? ORDER BY r.id""")
			.param(eventId)
			.query(String.class)
			.list());
		return content;
	}

	private List<String> guids(String slug) {
		return jdbc.sql("""
				SELECT CAST(m.guid AS VARCHAR(36)) FROM microconference m JOIN event e ON e.id = m.event_id
				WHERE e.slug = ?
				UNION ALL
				SELECT CAST(r.guid AS VARCHAR(36)) FROM room r JOIN event e ON e.id = r.event_id WHERE e.slug = ?""")
			.params(slug, slug)
			.query(String.class)
			.list();
	}

	private Map<String, Long> tableCounts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : List.of("event", "account", "person", "microconference", "topic", "ticket_type",
				"registration", "mail_outbox", "audit_entry", "event_role")) {
			counts.put(table, count("SELECT COUNT(*) FROM " + table));
		}
		return counts;
	}

}
