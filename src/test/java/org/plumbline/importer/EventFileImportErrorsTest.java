package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plumbline.event.Event;

/**
 * Each file in {@code src/test/resources/importer/bad/} is {@code small-event.json} with
 * one mistake; the import names the field, its line and column, and writes nothing (with
 * another event already stored).
 */
class EventFileImportErrorsTest extends EventFileDatabaseTest {

	private static final String UNKNOWN_ACCOUNT = ": no entry of \"accounts\" has this address";

	private static final String NEVER_ACCEPTED = ", so it was never accepted and cannot be in a released version; "
			+ "a release holds ACCEPTED and CONFIRMED topics (and those DECLINED or CANCELED since)";

	/**
	 * Only the demo event is stored, so the bad files (slug testconf) have no
	 * existing-slug problem.
	 */
	@BeforeEach
	void storeOnlyTheDemoEvent() {
		for (Event event : catalog.listEvents()) {
			if (!event.slug().equals("lpc2023")) {
				setup.delete(event.id());
			}
		}
		if (catalog.findBySlug("lpc2023").isEmpty()) {
			files.importFile(TestFiles.bytes(TestFiles.DEMO), false);
		}
	}

	/**
	 * Files with mistakes that the rest of the file, the calendar or a form's rules
	 * reveal: the refused import names exactly these problems, in file order, and writes
	 * nothing.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void refusesTheFileNamingExactlyItsProblemsInFileOrder(String behaviour, byte[] file,
			List<EventFileProblem> problems) {
		assertThat(refusal(file)).as(behaviour).containsExactlyElementsOf(problems);
	}

	static Stream<Arguments> refusedFiles() {
		return Stream.of(
				refused("refuses an event that ends before it starts", "end-before-start",
						new EventFileProblem("/event/endDate", 8, 16,
								"the event ends (2024-03-03) before it starts (2024-03-04)")),
				refused("refuses a reserved slug", "reserved-slug",
						new EventFileProblem("/event/slug", 5, 13,
								"\"admin\" is reserved by Plumbline; choose another slug")),
				refused("refuses a malformed slug with the slug rule in words", "malformed-slug", new EventFileProblem(
						"/event/slug", 5, 13,
						"must be 4 to 32 characters: a lower-case letter, then lower-case letters, digits or _")),
				refused("refuses a date that is not in the calendar", "not-a-date",
						new EventFileProblem("/event/startDate", 7, 18,
								"\"2024-02-30\" is not a date of the calendar")),
				refused("refuses instants the calendar lacks in an otherwise valid file",
						edited("topics-and-timetables.json", "\"submittedAt\": \"2024-02-01T10:00:00Z\"",
								"\"submittedAt\": \"2024-02-30T10:00:00Z\"", "\"decidedAt\": \"2024-02-10T10:00:00Z\"",
								"\"decidedAt\": \"2024-02-10T25:00:00Z\""),
						new EventFileProblem("/topics/0/submittedAt", 44, 79,
								"\"2024-02-30T10:00:00Z\" is not an instant of the calendar"),
						new EventFileProblem("/topics/1/decidedAt", 48, 59,
								"\"2024-02-10T25:00:00Z\" is not an instant of the calendar")),
				refused("refuses a session on a day the calendar lacks",
						edited("topics-and-timetables.json", "\"Room A\", \"date\": \"2024-03-04\"",
								"\"Room A\", \"date\": \"2023-02-29\""),
						new EventFileProblem("/timetable/releases/0/sessions/0/date", 59, 67,
								"\"2023-02-29\" is not a date of the calendar")),
				refused("refuses a ticket sale that opens on a day the calendar lacks",
						edited("ticket-types.json", "\"saleOpensAt\": \"2024-02-01T09:30\"",
								"\"saleOpensAt\": \"2024-02-30T09:30\""),
						new EventFileProblem("/ticketTypes/2/saleOpensAt", 26, 96,
								"\"2024-02-30T09:30\" is not a date and time of the calendar")),
				refused("refuses a time block at an hour the clock lacks with the field's rule",
						edited("small-event.json", "\"start\": \"15:00\"", "\"start\": \"25:00\""),
						new EventFileProblem("/timeBlocks/1/start", 17, 60,
								"does not fit the rule for this field: a local wall-clock time, HH:MM (24 hours).")),
				refused("refuses a duplicate microconference slug", "duplicate-mc-slug",
						new EventFileProblem("/microconferences/1/slug", 31, 15,
								"duplicate microconference slug \"iommu\"; first at line 25")),
				refused("refuses an unknown sponsor tier", "unknown-tier",
						new EventFileProblem("/sponsors/0/tier", 21, 31,
								"unknown sponsor tier \"Bronze\"; the tiers are Gold, Silver")),
				refused("refuses a duplicate sponsor tier", "duplicate-tier",
						new EventFileProblem("/sponsorTiers/2", 19, 38,
								"duplicate sponsor tier \"Gold\"; first at line 19")),
				refused("refuses a missing title at the microconference that lacks it", "missing-title",
						new EventFileProblem("/microconferences/0", 24, 5, "missing required property \"title\"")),
				refused("refuses a duplicate room name", "duplicate-room",
						new EventFileProblem("/rooms/1/name", 13, 15,
								"duplicate room name \"Room A\"; first at line 12")),
				refused("refuses an unknown property listing the allowed ones", "unknown-room-property",
						new EventFileProblem("/rooms/0/seats", 12, 51,
								"unknown property \"seats\"; allowed here: name, capacity, guid")),
				refused("refuses a time block outside the event's dates", "block-outside-event",
						new EventFileProblem("/timeBlocks/1/date", 17, 37,
								"2024-03-06 is outside the event's dates (2024-03-04 to 2024-03-05)")),
				refused("refuses a time block that ends before it starts", "block-ends-before-start",
						new EventFileProblem("/timeBlocks/1/end", 17, 76,
								"the block must end after it starts (15:00)")),
				refused("refuses a break outside its block", "break-outside-block",
						new EventFileProblem("/timeBlocks/0/breakStart", 16, 97,
								"the break (09:30–12:00) is not inside the block (10:00–13:30)")),
				refused("refuses a break start without break end", "break-without-end",
						new EventFileProblem("/timeBlocks/0/breakStart", 16, 97,
								"a break needs both breakStart and breakEnd; breakEnd is missing")),
				refused("refuses a reference to an unknown person", "unknown-person",
						new EventFileProblem("/microconferences/0/leads/0/person", 28, 53,
								"unknown person \"joerg\": no entry of \"people\" has this id")),
				refused("refuses a second key attendees section", "two-key-attendee-sections",
						new EventFileProblem("/microconferences/1/sections/1/kind", 34, 59,
								"a microconference has at most one KEY_ATTENDEES section; the first is at line 34")),
				refused("refuses one person listed twice in one list", "same-person-twice", new EventFileProblem(
						"/microconferences/1/leads/1/name", 36, 59,
						"\"MASAMI HIRAMATSU\" is the same person as \"Masami "
								+ "Hiramatsu\" (line 36); list each person once, or tell namesakes apart with \"person\"")),
				refused("refuses a newer format version with that problem alone", "newer-version", new EventFileProblem(
						"/formatVersion", 3, 20,
						"formatVersion 2 is newer than this Plumbline reads (up to 1); import it with a newer Plumbline")),
				refused("refuses a timetable session of an unknown microconference", "timetable-unknown-mc",
						new EventFileProblem("/timetable/releases/0/sessions/1/microconference", 46, 32,
								"unknown microconference \"kvm\": no entry of \"microconferences\" has this slug")),
				refused("refuses a timetable session of a microconference not accepted", "timetable-unaccepted-mc",
						new EventFileProblem("/timetable/releases/0/sessions/1/microconference", 52, 32,
								"microconference \"kvm\" is PROPOSED; only ACCEPTED microconferences are placed in a timetable")),
				refused("refuses a timetable session in an unknown room listing the rooms", "timetable-unknown-room",
						new EventFileProblem("/timetable/releases/0/sessions/1/room", 46, 51,
								"unknown room \"Room Z\"; the rooms are Room A, Room B")),
				refused("refuses a timetable session in an unknown block listing that day's blocks",
						"timetable-unknown-block",
						new EventFileProblem("/timetable/releases/0/sessions/1/block", 46, 92,
								"no time block \"Evening\" on 2024-03-04; the blocks of that day are Morning")),
				refused("refuses a timetable session on a day without blocks", "timetable-day-without-blocks",
						new EventFileProblem("/timetable/releases/0/sessions/1/date", 46, 69,
								"no time block is on 2024-03-06")),
				refused("refuses two timetable sessions in one room and block", "timetable-room-twice",
						new EventFileProblem("/timetable/releases/0/sessions/1/room", 46, 51,
								"Room A in the Morning block of 2024-03-04 already holds the session at line 45; "
										+ "a room holds one session at a time")),
				refused("refuses half a block that has no break to split at", "timetable-half-without-break",
						new EventFileProblem("/timetable/releases/0/sessions/1/part", 46, 113,
								"the Afternoon block of 2024-03-05 has no break to split it at; leave out \"part\" to place the "
										+ "session for the whole block")),
				refused("refuses an unknown part listing the parts", "timetable-unknown-part",
						new EventFileProblem("/timetable/releases/0/sessions/1/part", 46, 111,
								"must be one of WHOLE, BEFORE_BREAK, AFTER_BREAK")),
				refused("refuses half a block in a room that a session takes for the whole block",
						"timetable-half-in-a-room-taken-for-the-whole-block",
						new EventFileProblem("/timetable/releases/0/sessions/1/room", 46, 51,
								"Room A in the Morning block of 2024-03-04 already holds the session at line 45; "
										+ "a room holds one session at a time")),
				refused("refuses a break that ends before it starts", "timetable-break-ends-before-start",
						new EventFileProblem("/timetable/releases/0/breaks/1/end", 49, 78,
								"the break must end after it starts (14:00)")),
				refused("refuses a break on a day outside the event", "timetable-break-outside-event",
						new EventFileProblem("/timetable/releases/0/breaks/1/date", 49, 39,
								"2024-03-09 is outside the event's dates (2024-03-04 to 2024-03-05)")),
				refused("refuses a break in an unknown room listing the rooms", "timetable-break-unknown-room",
						new EventFileProblem("/timetable/releases/0/breaks/1/room", 49, 95,
								"unknown room \"Room Z\"; the rooms are Room A, Room B")),
				refused("refuses a break under the guid of a session", "timetable-break-guid-of-a-session",
						new EventFileProblem("/timetable/releases/0/breaks/0/guid", 48, 95,
								"duplicate break guid 5D0C6F3E-2A41-4B7E-9C1D-00000000000A; first at line 45")),
				refused("refuses a timetable session guid given twice", "timetable-duplicate-session-guid",
						new EventFileProblem("/timetable/releases/0/sessions/1/guid", 46, 111,
								"duplicate session guid 5D0C6F3E-2A41-4B7E-9C1D-00000000000A; first at line 45")),
				refused("refuses a release instant that is not in the calendar", "timetable-not-an-instant",
						new EventFileProblem("/timetable/releases/0/releasedAt", 43, 23,
								"\"2024-02-30T12:00:00Z\" is not an instant of the calendar")),
				refused("refuses released versions out of order", "timetable-releases-out-of-order",
						new EventFileProblem("/timetable/releases/1/number", 47, 19,
								"version 2 is not after version 3 (line 41); list the released versions oldest first, their numbers "
										+ "increasing")),
				refused("refuses topics and talks that the rest of the file contradicts at their lines",
						"topics-and-talks",
						new EventFileProblem("/topics/1/call", 46, 63,
								"unknown call \"scheduling\": no entry of \"microconferences\" or \"plainTracks\" has this slug"),
						new EventFileProblem("/topics/2", 48, 5,
								"the topic is ACCEPTED, so it was submitted and needs \"abstract\", \"durationMinutes\", "
										+ "\"submittedAt\""),
						new EventFileProblem("/timetable/releases/0/sessions/0/exportNumber", 57, 117,
								"export number 7 is given to another guid at line 43; each session, break and talk has its own"),
						new EventFileProblem("/timetable/releases/0/sessions/0/talks/0", 58, 23,
								"the talk 13:00-14:00 is outside its session (10:00-13:30)"),
						new EventFileProblem("/timetable/releases/1/number", 62, 19,
								"version 1 is not after version 2 (line 53); "
										+ "list the released versions oldest first, their numbers increasing"),
						new EventFileProblem("/timetable/releases/1/sessions/0/talks/0/topic", 67, 26,
								"topic 00000000-0000-4000-8000-000000000001 was submitted to \"iommu\", not to the session's "
										+ "\"tracing\""),
						new EventFileProblem("/timetable/releases/1/sessions/0/talks/1/topic", 68, 26,
								"unknown topic 00000000-0000-4000-8000-000000000009: no entry of \"topics\" has this guid"),
						new EventFileProblem("/timetable/releases/1/sessions/1", 70, 11,
								"a session names either a \"microconference\" or a \"track\", one of them")),
				refused("a release holding a rejected, withdrawn or draft topic is refused while one canceled since is kept",
						"release-of-unaccepted-topics",
						new EventFileProblem("/timetable/releases/0/sessions/0/talks/0/topic", 39, 26,
								"topic 00000000-0000-4000-8000-00000000b001 is REJECTED" + NEVER_ACCEPTED),
						new EventFileProblem("/timetable/releases/0/sessions/0/talks/1/topic", 40, 26,
								"topic 00000000-0000-4000-8000-00000000b002 is WITHDRAWN" + NEVER_ACCEPTED),
						new EventFileProblem("/timetable/releases/0/sessions/0/talks/2/topic", 41, 26,
								"topic 00000000-0000-4000-8000-00000000b003 is DRAFT" + NEVER_ACCEPTED)),
				refused("accounts and roles that do not hold together are refused each at its place",
						"accounts-and-roles",
						new EventFileProblem("/topics/0/submittedBy", 19, 22,
								"unknown account ghost@team.test" + UNKNOWN_ACCOUNT),
						new EventFileProblem("/accounts/1/email", 23, 16,
								"duplicate account address OLGA@team.test; first at line 22"),
						new EventFileProblem("/accounts/2/person", 24, 58,
								"unknown person \"ada\": no entry of \"people\" has this id"),
						new EventFileProblem("/accounts/3/person", 25, 65,
								"duplicate account of person \"olga\"; first at line 22"),
						new EventFileProblem("/accounts/4/emailVerifiedAt", 26, 71,
								"a verified address belongs to a person: give the account's \"person\""),
						new EventFileProblem("/roles/1", 30, 5,
								"duplicate role ORGANISER of the event for Olga@team.test; first at line 29"),
						new EventFileProblem("/roles/1/grantedBy", 30, 107,
								"unknown account nobody@team.test" + UNKNOWN_ACCOUNT),
						new EventFileProblem("/roles/2", 31, 5,
								"a reviewer reviews one \"microconference\" or one \"track\", one of them"),
						new EventFileProblem("/roles/3/microconference", 32, 75,
								"unknown microconference \"tracing\": no entry of \"microconferences\" has this slug"),
						new EventFileProblem("/roles/4", 33, 5,
								"an organiser's role covers the whole event: give no \"microconference\" or \"track\""),
						new EventFileProblem("/roles/4/track", 33, 66,
								"unknown track \"refereed\": no entry of \"plainTracks\" has this slug")),
				refused("questions, answers and reviews that do not hold together are refused each at its place",
						"questions-answers-and-reviews",
						new EventFileProblem("/questions/1", 16, 5, "a CHOICE question needs its \"options\""),
						new EventFileProblem("/questions/2/options", 17, 76, "only a CHOICE question has \"options\""),
						new EventFileProblem("/questions/3/call", 18, 15,
								"unknown call \"tracing\": no entry of \"microconferences\" or \"plainTracks\" has this slug"),
						new EventFileProblem("/topics/0/answers/1/question", 22, 69,
								"duplicate answer to question 1; first at line 22"),
						new EventFileProblem("/topics/0/answers/2/question", 22, 107,
								"no question 4 in the call \"iommu\": it asks 3 in \"questions\""),
						new EventFileProblem("/reviews/1", 30, 5,
								"duplicate review of topic "
										+ "00000000-0000-4000-8000-00000000d001 by JOERG@team.test; first at line 29"),
						new EventFileProblem("/reviews/2/topic", 31, 16,
								"unknown topic 00000000-0000-4000-8000-00000000d009: no entry of \"topics\" has this guid"),
						new EventFileProblem("/reviews/2/reviewer", 31, 68,
								"unknown account ada@team.test: no entry of \"accounts\" has this address"),
						new EventFileProblem("/reviews/2/score", 31, 94, "must have a maximum value of 2")),
				refused("passes, registrations and a waiting list that do not hold together are refused each at its place",
						"passes-and-waiting-list",
						new EventFileProblem("/passQuotas/1/microconference", 22, 26,
								"duplicate number of passes of iommu; first at line 21"),
						new EventFileProblem("/passQuotas/2/microconference", 23, 26,
								"unknown microconference \"tracing\": no entry of \"microconferences\" has this slug"),
						new EventFileProblem("/passes/0/assignedBy", 26, 102,
								"unknown account lead@pass.test" + UNKNOWN_ACCOUNT),
						new EventFileProblem("/passes/1", 27, 5, "a pass is used or revoked, not both"),
						new EventFileProblem("/passes/2/email", 28, 71,
								"duplicate pass of Ann@pass.test that is not revoked; first at line 26"),
						new EventFileProblem("/registrations/0/pass", 31, 15,
								"pass 1 has no \"usedAt\": a registration made with it that has not ended used it"),
						new EventFileProblem("/registrations/0/arrival", 31, 75,
								"a registration made with a pass stands in no line: it has no \"arrival\""),
						new EventFileProblem("/registrations/1", 32, 5,
								"a registration is for a ticket type or made with an MC pass, not both: "
										+ "give \"ticketType\" or \"pass\""),
						new EventFileProblem("/registrations/2", 33, 5,
								"a registration is for a \"ticketType\" or made with an MC \"pass\": give one"),
						new EventFileProblem("/registrations/3/pass", 34, 15,
								"no pass 4: the file has 3 in \"passes\""),
						new EventFileProblem("/registrations/4", 35, 5,
								"a registration for a ticket type needs its \"arrival\", its place in the line"),
						new EventFileProblem("/waitingList/tiers", 39, 14,
								"no default tier of PROPOSER: "
										+ "the tiers need one of each standing rule, so that everyone has a tier"),
						new EventFileProblem("/waitingList/tiers/1/position", 41, 41,
								"the tiers are listed in their order: position 1 comes after 2"),
						new EventFileProblem("/waitingList/tiers/3/default", 43, 79,
								"duplicate default tier of EVERYONE; first at line 42"),
						new EventFileProblem("/waitingList/tiers/4", 44, 7,
								"a default tier admits by standing: give its \"standingRule\""),
						new EventFileProblem("/waitingList/placements/1/account", 48, 20,
								"duplicate placement of ANN@pass.test; first at line 47"),
						new EventFileProblem("/waitingList/placements/1/tier", 48, 45,
								"no tier 7: the waiting list has 5 in \"tiers\""),
						new EventFileProblem("/waitingList/placements/1/placedBy", 48, 60,
								"unknown account org@pass.test" + UNKNOWN_ACCOUNT)),
				refused("materials and recordings that do not hold together are refused each at its place", "materials",
						new EventFileProblem("/materials/0", 18, 5, "a FILE material needs its \"base64\""),
						new EventFileProblem("/materials/1/guid", 19, 15,
								"duplicate material guid 00000000-0000-4000-8000-00000000E001; first at line 18"),
						new EventFileProblem("/materials/1/topic", 19, 64,
								"unknown topic 00000000-0000-4000-8000-00000000d009: no entry of \"topics\" has this guid"),
						new EventFileProblem("/materials/1/url", 19, 145,
								"Only web addresses (https:// or http://) can be linked; this one starts with javascript:."),
						new EventFileProblem("/materials/1/addedBy", 19, 179,
								"unknown account ghost@material.test: no entry of \"accounts\" has this address"),
						new EventFileProblem("/materials/2", 20, 5, "a VIDEO material needs its \"url\""),
						new EventFileProblem("/materials/2/fileName", 20, 151, "only a FILE material has \"fileName\""),
						new EventFileProblem("/materials/3/base64", 21, 202, "is not valid base64"),
						new EventFileProblem("/materials/3/url", 21, 218, "a FILE material has no \"url\""),
						new EventFileProblem("/recordings/1/session", 25, 18,
								"duplicate recording of session 00000000-0000-4000-8000-00000000F001; first at line 24"),
						new EventFileProblem("/recordings/1/url", 25, 65,
								"Only web addresses (https:// or http://) can be linked; this one starts with ftp:."),
						new EventFileProblem("/recordings/1/talks/0/topic", 25, 146,
								"duplicate offset of topic 00000000-0000-4000-8000-00000000D001; first at line 24"),
						new EventFileProblem("/recordings/1/talks/1/topic", 25, 212,
								"unknown topic 00000000-0000-4000-8000-00000000d009: no entry of \"topics\" has this guid")),
				refused("a registration form and answers that do not hold together are refused each at its place",
						"registration-form",
						new EventFileProblem("/registrationQuestions/0", 18, 5,
								"a CHOICE question needs its \"options\""),
						new EventFileProblem("/registrationQuestions/1/options", 19, 60,
								"only a CHOICE question has \"options\""),
						new EventFileProblem("/registrations/0/answers/1/question", 23, 67,
								"duplicate answer to question 1; first at line 23"),
						new EventFileProblem("/registrations/0/answers/2/question", 23, 101,
								"no question 3 in the registration form: it asks 2 in \"registrationQuestions\"")),
				refused("persons' bios and affiliations that no profile form would take are refused each at its place",
						"person-profiles",
						new EventFileProblem("/people/1/bio", 13, 51, "must be at least 1 characters long"),
						new EventFileProblem("/people/1/affiliation", 13, 70,
								"does not fit the rule for this field: a non-empty single line without leading or trailing white space."),
						new EventFileProblem("/people/2/bio", 14, 55,
								"does not fit the rule for this field: the person's bio as their speaker page shows it: lines separated by newlines, no control character but newline and tab."),
						new EventFileProblem("/people/2/affiliation", 14, 92,
								"does not fit the rule for this field: a non-empty single line without leading or trailing white space.")),
				refused("speakers' answers that name what the file lacks, come twice or carry a token are refused each at its place",
						"speaker-confirmations",
						new EventFileProblem("/speakerConfirmations/0/topic", 15, 16,
								"unknown topic 00000000-0000-4000-8000-00000000dead: no entry of \"topics\" has this guid"),
						new EventFileProblem("/speakerConfirmations/1", 16, 5,
								"duplicate answer of person \"grace\" to topic 00000000-0000-4000-8000-00000000DEAD; first at line 15"),
						new EventFileProblem("/speakerConfirmations/1/topic", 16, 16,
								"unknown topic 00000000-0000-4000-8000-00000000DEAD: no entry of \"topics\" has this guid"),
						new EventFileProblem("/speakerConfirmations/1/answer", 16, 124,
								"an answer needs \"answeredAt\", when the speaker gave it"),
						new EventFileProblem("/speakerConfirmations/2/topic", 17, 16,
								"unknown topic 00000000-0000-4000-8000-00000000dead: no entry of \"topics\" has this guid"),
						new EventFileProblem("/speakerConfirmations/2/person", 17, 66,
								"unknown person \"linus\": no entry of \"people\" has this id"),
						new EventFileProblem("/speakerConfirmations/2/answer", 17, 124,
								"must be one of CONFIRMED, DECLINED"),
						new EventFileProblem("/speakerConfirmations/2/token", 17, 180,
								"unknown property \"token\"; allowed here: topic, person, announcedAt, answer, answeredAt, remindedAt")),
				refused("settings outside what the forms take or for an unknown call are refused each at its place",
						"settings",
						new EventFileProblem("/callForMicroconferences/closesAt", 14, 79,
								"the Call for Microconferences must close after it opens (2023-10-01T08:00:00Z)"),
						new EventFileProblem("/reviewPhaseDefaults/closesAt", 15, 75,
								"the review phase must close after it opens (2024-02-10T00:00:00Z)"),
						new EventFileProblem("/reviewPhases/1/call", 18, 15,
								"duplicate review phase of the call \"iommu\"; first at line 17"),
						new EventFileProblem("/reviewPhases/1/closesAt", 18, 71,
								"the review phase must close after it opens (2024-01-10T00:00:00Z)"),
						new EventFileProblem("/reviewPhases/2/call", 19, 15,
								"unknown call \"kernel\": no entry of \"microconferences\" or \"plainTracks\" has this slug"),
						new EventFileProblem("/reviewPhases/2/version", 19, 107,
								"unknown property \"version\"; allowed here: call, opensAt, closesAt"),
						new EventFileProblem("/registrationSettings/cancelUntil", 22, 20,
								"cancelling can close when the event starts (2024-03-03T23:00:00Z) at the latest; "
										+ "leave \"cancelUntil\" out for that"),
						new EventFileProblem("/registrationSettings/paymentDays", 23, 20,
								"must have a minimum value of 1"),
						new EventFileProblem("/registrationSettings/offerHours", 24, 19,
								"must have a maximum value of 720"),
						new EventFileProblem("/registrationSettings/passesPerMicroconference", 25, 33,
								"must have a maximum value of 100"),
						new EventFileProblem("/registrationSettings/bankDetails", 26, 20,
								"does not fit the rule for this field: the bank-transfer instructions shown with a paid "
										+ "ticket's reference: lines separated by newlines, no control character but newline "
										+ "and tab; absent for none.")),
				refused("MC proposals that name what the file lacks, come twice or carry a key are refused each at its place",
						"mc-proposals",
						new EventFileProblem("/microconferenceProposals/0/pendingDecision", 22, 26,
								"a recorded decision needs \"decidedAt\", when it was recorded"),
						new EventFileProblem("/microconferenceProposals/0/leads/1/person", 23, 112,
								"duplicate lead-to-be \"ada\"; first at line 23"),
						new EventFileProblem("/microconferenceProposals/0/reviews/1/reviewer", 25, 34,
								"duplicate review by OLGA@example.org; first at line 24"),
						new EventFileProblem("/microconferenceProposals/0/reviews/1/score", 25, 87,
								"must have a maximum value of 2"),
						new EventFileProblem("/microconferenceProposals/1/microconference", 26, 26,
								"duplicate proposal of MC \"proposal-kvm\"; first at line 21"),
						new EventFileProblem("/microconferenceProposals/1/proposedBy", 26, 56,
								"unknown account nobody@example.org: no entry of \"accounts\" has this address"),
						new EventFileProblem("/microconferenceProposals/1/decidedAt", 27, 20,
								"\"decidedAt\" without the \"pendingDecision\" recorded"),
						new EventFileProblem("/microconferenceProposals/1/leads/0/person", 27, 84,
								"unknown person \"linus\": no entry of \"people\" has this id"),
						new EventFileProblem("/microconferenceProposals/2/microconference", 28, 26,
								"unknown microconference \"proposal-rust\": no entry of \"microconferences\" has this slug"),
						new EventFileProblem("/microconferenceProposals/2/submissionKey", 28, 134,
								"unknown property \"submissionKey\"; allowed here: microconference, proposedBy, createdAt, "
										+ "updatedAt, submittedAt, pendingDecision, decidedAt, decidedBy, announcedAt, leads, reviews"),
						new EventFileProblem("/microconferenceProposals/2/pendingDecision", 29, 26,
								"must be one of ACCEPTED, REJECTED")),
				refused("scheduler inputs that name what the file lacks, come twice or are out of range are refused each at its place",
						"scheduler",
						new EventFileProblem("/scheduleSettings/releaseAcceptedTalks", 17, 49,
								"must be a boolean, not a string"),
						new EventFileProblem("/conflictPolicies/1/kind", 20, 15,
								"duplicate policy of the conflict kind \"UNAVAILABLE\"; first at line 19"),
						new EventFileProblem("/conflictPolicies/2/policy", 21, 43,
								"ROOM_TOO_SMALL may only be WARN or IGNORE"),
						new EventFileProblem("/solverWeights/1/constraint", 25, 21,
								"duplicate weight of the constraint \"TALK_ORDER\"; first at line 24"),
						new EventFileProblem("/solverWeights/2/constraint", 26, 21,
								"must be one of TRACK_BLOCK, TRACK_ROOM, ROOM_UNAVAILABLE, PERSON_UNAVAILABLE, "
										+ "KEY_ATTENDEE_UNAVAILABLE, TALK_BLOCK, TALK_ROOM, SIMILAR_TRACKS_IN_PARALLEL, "
										+ "TRACK_IN_SEVERAL_ROOMS, TRACK_IN_TWO_ROOMS_AT_ONCE, TRACK_BLOCKS_NOT_CONSECUTIVE, "
										+ "TALK_ORDER, PRESENTER_LOCAL_TIME, PRESENTER_CLASH, ATTENDEE_CLASH, CHAIR_CLASH, "
										+ "KEY_ATTENDEE_CLASH, ROOM_CAPACITY"),
						new EventFileProblem("/solverWeights/2/weight", 26, 70, "must have a minimum value of 0"),
						new EventFileProblem("/timePreferences/1", 30, 5,
								"duplicate preference of \"iommu\" for the Morning block of 2024-03-04; first at line 29"),
						new EventFileProblem("/timePreferences/2/microconference", 31, 26,
								"unknown microconference \"tracing\": no entry of \"microconferences\" has this slug"),
						new EventFileProblem("/timePreferences/2/block", 31, 68,
								"no time block \"Evening\" on 2024-03-04; the blocks of that day are Morning"),
						new EventFileProblem("/unavailability/0/endsAt", 34, 72,
								"an unavailable period must end after it starts (2024-03-04T11:00:00Z)"),
						new EventFileProblem("/unavailability/1", 35, 5,
								"an unavailable period names one \"person\" or one \"room\""),
						new EventFileProblem("/unavailability/1/person", 35, 17,
								"unknown person \"linus\": no entry of \"people\" has this id"),
						new EventFileProblem("/unavailability/2/room", 36, 15,
								"unknown room \"Room Z\"; the rooms are Room A"),
						new EventFileProblem("/unavailability/2/reason", 36, 105,
								"does not fit the rule for this field: why, in a few words: one line of at most 200 "
										+ "characters.")),
				refused("invitations and feeds that name what the file lacks, come twice, hold no SHA-256 or a token are refused each at its place",
						"invitations",
						new EventFileProblem("/roleInvitations/0", 22, 5,
								"an organiser's role covers the whole event: give no \"microconference\" or \"track\""),
						new EventFileProblem("/roleInvitations/1", 23, 5,
								"a reviewer reviews one \"microconference\" or one \"track\", one of them"),
						new EventFileProblem("/roleInvitations/1/tokenSha256", 23, 70,
								"duplicate link hash \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"; first at line 22"),
						new EventFileProblem("/roleInvitations/1/invitedBy", 23, 151,
								"unknown account nobody@example.org: no entry of \"accounts\" has this address"),
						new EventFileProblem("/roleInvitations/1/acceptedBy", 23, 261,
								"\"acceptedBy\" without \"acceptedAt\""),
						new EventFileProblem("/roleInvitations/2/token", 24, 67,
								"unknown property \"token\"; allowed here: email, role, microconference, track, tokenSha256, invitedBy, createdAt, expiresAt, acceptedAt, acceptedBy, revokedAt"),
						new EventFileProblem("/roleInvitations/2/tokenSha256", 24, 92,
								"does not fit the rule for this field: a SHA-256 in lower-case hex: 64 characters 0-9 and a-f"),
						new EventFileProblem("/coLeadInvitations/0/microconference", 27, 26,
								"co-lead invitation to \"tracing\", which no entry of \"microconferenceProposals\" proposes"),
						new EventFileProblem("/coLeadInvitations/0/answer", 27, 231,
								"\"answer\" without \"answeredAt\""),
						new EventFileProblem("/coLeadInvitations/0/closed", 27, 253,
								"an answered invitation is closed by its \"answer\": \"closed\" is for one closed unanswered"),
						new EventFileProblem("/coLeadInvitations/1/answeredAt", 28, 240,
								"\"answeredAt\" without \"answer\""),
						new EventFileProblem("/coSpeakerInvitations/0/topic", 31, 16,
								"unknown topic 00000000-0000-4000-8000-00000000dead: no entry of \"topics\" has this guid"),
						new EventFileProblem("/coSpeakerInvitations/0/outcome", 31, 251,
								"\"outcome\" without \"closedAt\""),
						new EventFileProblem("/agendaFeeds/0", 34, 5,
								"a feed belongs to an \"account\" or to a visitor (\"visitorSha256\"), one of them"),
						new EventFileProblem("/agendaFeeds/2/account", 36, 18,
								"duplicate feed of account olga@example.org; first at line 35")),
				refused("bank statements applied in part, of unknown organisers or with a control character, payments from an unknown statement, and mail texts the editor would refuse are refused each at its place",
						"statements-and-mail",
						new EventFileProblem("/bankStatements/0/content", 18, 41,
								"does not fit the rule for this field: the statement's text (CSV) as the bank wrote it, payers' words included: no control character but tab, carriage return and newline. Shown only as text."),
						new EventFileProblem("/bankStatements/0/uploadedBy", 18, 88,
								"unknown account nobody@statement.test: no entry of \"accounts\" has this address"),
						new EventFileProblem("/bankStatements/0/appliedAt", 18, 164,
								"an applied statement gives \"appliedAt\" and \"appliedCount\" together"),
						new EventFileProblem("/bankStatements/1/appliedBy", 19, 107,
								"\"appliedBy\" without \"appliedAt\", when it was applied"),
						new EventFileProblem("/registrations/0/paidByStatement", 22, 145,
								"unknown bank statement 3: \"bankStatements\" has 2 entries"),
						new EventFileProblem("/registrations/1/paidByStatement", 23, 144,
								"a payment recorded from a bank statement needs \"paidAt\", when it was paid"),
						new EventFileProblem("/mailTemplates/0/body", 26, 80,
								"unknown placeholder {{nickname}}; this mail offers {{event_name}}, {{name}}, {{ticket_type}}, {{reference}}, {{link}}, {{amount}}"),
						new EventFileProblem("/mailTemplates/1/purpose", 27, 18,
								"duplicate mail template of the purpose \"registration-paid\"; first at line 26"),
						new EventFileProblem("/mailTemplates/2/purpose", 28, 18,
								"mail purpose account-verification is site-wide: it has no template per event"),
						new EventFileProblem("/mailTemplates/3/purpose", 29, 18, "unknown mail purpose no-such-mail")),
				refused("feedback and interest marks that name what the file lacks, come twice or give two markers or none are refused each at its place",
						"audience",
						new EventFileProblem("/feedback/1", 22, 5,
								"duplicate feedback on topic 00000000-0000-4000-8000-00000000A001 by Ann@audience.test; first at line 21"),
						new EventFileProblem("/feedback/1/rating", 22, 98, "must have a minimum value of 1"),
						new EventFileProblem("/feedback/2/topic", 23, 16,
								"unknown topic 00000000-0000-4000-8000-00000000a999: no entry of \"topics\" has this guid"),
						new EventFileProblem("/feedback/2/account", 23, 67,
								"unknown account bob@audience.test: no entry of \"accounts\" has this address"),
						new EventFileProblem("/feedback/2/comment", 23, 112, "must be at least 1 characters long"),
						new EventFileProblem("/interestMarks/1", 27, 5,
								"duplicate mark of microconference iommu by ANN@audience.test; first at line 26"),
						new EventFileProblem("/interestMarks/2", 28, 5,
								"a mark is by an \"account\" or by a visitor (\"visitorSha256\"): give one of them"),
						new EventFileProblem("/interestMarks/3", 29, 5,
								"a mark is on a \"microconference\" or on a \"topic\": give one of them"),
						new EventFileProblem("/interestMarks/3/visitorSha256", 29, 24,
								"does not fit the rule for this field: an anonymous visitor: the SHA-256, in lower-case hex, of the random id their browser keeps in a cookie. It names no one and lets no one act as the visitor; kept so the visitor still sees their marks. Or give account."),
						new EventFileProblem("/interestMarks/4", 30, 5,
								"a mark is on a \"microconference\" or on a \"topic\": give one of them"),
						new EventFileProblem("/interestMarks/4/account", 30, 18,
								"unknown account bob@audience.test: no entry of \"accounts\" has this address"),
						new EventFileProblem("/interestMarks/4/microconference", 30, 58,
								"unknown microconference \"tracing\": no entry of \"microconferences\" has this slug"),
						new EventFileProblem("/interestMarks/4/topic", 30, 78,
								"unknown topic 00000000-0000-4000-8000-00000000a999: no entry of \"topics\" has this guid")),
				refused("conflicts of interest that name what the file lacks or come twice are refused each at its place",
						"conflicts",
						new EventFileProblem("/conflictMarks/1", 19, 5,
								"duplicate conflict mark of Ann@Conflict.test against person \"grace\"; first at line 18"),
						new EventFileProblem("/conflictMarks/1/markedBy", 19, 89,
								"unknown account olga@conflict.test: no entry of \"accounts\" has this address"),
						new EventFileProblem("/conflictMarks/2/account", 20, 18,
								"unknown account bob@conflict.test: no entry of \"accounts\" has this address"),
						new EventFileProblem("/conflictMarks/2/person", 20, 49,
								"unknown person \"linus\": no entry of \"people\" has this id"),
						new EventFileProblem("/declaredConflicts/0/topic", 23, 16,
								"unknown topic 00000000-0000-4000-8000-00000000dead: no entry of \"topics\" has this guid")),
				refused("a conflict mark with a blank reason is refused", "conflict-blank-reason",
						new EventFileProblem("/conflictMarks/0/reason", 18, 68,
								"does not fit the rule for this field: why, as the organiser wrote it; not blank.")),
				refused("a release with a lead in two places at once is refused after the microconferences are written and leaves nothing",
						"timetable-lead-in-two-places",
						new EventFileProblem("/timetable/releases/0", 47, 7,
								"not released: Version 1 has 1 conflict that blocks its release: Joerg Roedel: "
										+ "IOMMU (Room A) and Confidential Computing (Room B), Mon 10:00–13:30.")),
				refused("refuses a ticket type with negative places", "ticket-negative-capacity",
						new EventFileProblem("/ticketTypes/2/capacity", 26, 75,
								"Give a number of places from 1 to 100000.")),
				refused("refuses a ticket type in an unknown currency", "ticket-unknown-currency",
						new EventFileProblem("/ticketTypes/2/currency", 26, 56,
								"EUX is no ISO 4217 currency code; give one such as EUR or USD.")),
				refused("refuses a ticket sale that closes before it opens", "ticket-closes-before-opens",
						new EventFileProblem("/ticketTypes/0/saleClosesAt", 24, 174,
								"The sale must close after it opens.")),
				refused("refuses a ticket sale time that the clocks skip", "ticket-skipped-time", new EventFileProblem(
						"/ticketTypes/2/saleClosesAt", 26, 132,
						"2024-03-31 02:30 does not exist in Europe/Berlin: the clocks skip it when they go forward.")),
				refused("refuses codes on a ticket type anyone may buy", "ticket-codes-for-anyone",
						new EventFileProblem("/ticketTypes/1/codes", 25, 159,
								"Anyone may buy this ticket type: only one for code holders has codes.")),
				refused("refuses a ticket code given twice whatever its case", "ticket-duplicate-code",
						new EventFileProblem("/ticketTypes/1/codes/1", 25, 177,
								"duplicate ticket code \"SPEAK-A\"; first at line 25")));
	}

	/**
	 * A case of {@link #refusedFiles}: a file under
	 * {@code src/test/resources/importer/bad/}.
	 */
	private static Arguments refused(String behaviour, String badFile, EventFileProblem... problems) {
		return refused(behaviour, TestFiles.bad(badFile), problems);
	}

	private static Arguments refused(String behaviour, byte[] file, EventFileProblem... problems) {
		return Arguments.of(behaviour, file, List.of(problems));
	}

	@Test
	void refusesUnknownTimeZoneNamingFieldLineAndColumn() {
		assertThat(refusal("unknown-time-zone")).singleElement()
			.hasToString("/event/timeZone (line 9, column 17): unknown time zone \"Mars/Olympus\"");
	}

	/**
	 * ical4j registers an id of its own with java.time for each zone it loads, under a
	 * prefix that changes with every start: an event stored with one could not be read
	 * after a restart.
	 */
	@Test
	void refusesAZoneIdThatIcal4jRegistersWithJavaWhileRunning() {
		String ical4jOwn = ZoneId.getAvailableZoneIds()
			.stream()
			.filter(id -> id.startsWith("ical4j-"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("ical4j no longer registers zone ids of its own with java.time"));
		byte[] file = TestFiles.text(TestFiles.importer("small-event.json"))
			.replace("\"Europe/Berlin\"", "\"" + ical4jOwn + "\"")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(refusal(file)).singleElement()
			.hasToString("/event/timeZone (line 9, column 17): unknown time zone \"" + ical4jOwn + "\"");
	}

	@Test
	void refusesARegistrationWithoutItsStatusAsMissingRatherThanFailing() {
		byte[] file = """
				{"format": "plumbline-event", "formatVersion": 1,
				 "registrations": [{"ticketType": 1, "arrival": 1}]}""".getBytes(StandardCharsets.UTF_8);

		assertThat(refusal(file)).extracting(EventFileProblem::pointer, EventFileProblem::message)
			.contains(tuple("/registrations/0", "missing required property \"status\""));
	}

	/**
	 * Every field of the format that holds a date, a time of day, a local date and time
	 * or an instant, found in its schema (so a field added later is tried too), refuses a
	 * value of the field's form that names no day or time the calendar has, at the field:
	 * a date, local date and time or instant as not on the calendar, a time by its rule
	 * (or, for half a break, by the missing other half).
	 */
	@Test
	void everyDateTimeAndInstantFieldOfTheFormatRefusesOneTheCalendarLacks() {
		Map<String, List<String>> lacking = Map.of("date", List.of("2024-02-30", "2023-02-29"), "time",
				List.of("24:00", "25:00", "10:60"), "localDateTime", List.of("2024-02-30T10:00", "2024-04-31T23:00"),
				"instant", List.of("2024-02-30T10:00:00Z", "2024-01-01T25:00:00Z", "2024-01-01T10:61:00Z"));
		Map<String, String> fields = SchemaFields.ofDefinitions(lacking.keySet());
		assertThat(fields).as("fields found in the schema")
			.containsEntry("/event/startDate", "date")
			.containsEntry("/timeBlocks/*/start", "time")
			.containsEntry("/ticketTypes/*/saleClosesAt", "localDateTime")
			.containsEntry("/topics/*/createdAt", "instant")
			.containsEntry("/timetable/draft/breaks/*/end", "time")
			.containsEntry("/conflictMarks/*/markedAt", "instant")
			.containsEntry("/declaredConflicts/*/declaredAt", "instant");

		fields.forEach((field, definition) -> {
			for (String value : lacking.get(definition)) {
				String pointer = field.replace("*", "0");
				assertThat(assertRefused(SchemaFields.fileWith(field, value))).as("%s = %s", field, value)
					.anySatisfy(problem -> {
						assertThat(problem.pointer()).isEqualTo(pointer);
						if (!definition.equals("time")) {
							assertThat(problem.message()).startsWith("\"" + value + "\" is not a");
						}
					});
			}
		});
	}

	@Test
	void refusesMalformedJsonWithTheParsersLineAndColumn() {
		assertThat(refusal("malformed-json")).singleElement().satisfies(problem -> {
			assertThat(problem.pointer()).isEmpty();
			assertThat(problem.line()).isEqualTo(12);
			assertThat(problem.column()).isEqualTo(24);
			assertThat(problem.message()).startsWith("malformed JSON: Unexpected character");
		});
	}

	@Test
	void reportsEveryProblemOfAFileInFileOrderNotOnlyTheFirst() {
		assertThat(refusal("several-problems")).extracting(EventFileProblem::pointer)
			.containsExactly("/event/timeZone", "/sponsors/0/tier", "/microconferences/1/slug");
	}

	@Test
	void answersAFileOfWrongShapesWithProblemsNotACrash() {
		assertThat(refusal("wrong-shapes")).hasSizeGreaterThan(10)
			.allSatisfy(problem -> assertThat(problem.line()).isBetween(1, 13))
			.extracting(EventFileProblem::pointer)
			.contains("/event", "/rooms", "/timeBlocks/2/date", "/sponsors/1/logo", "/microconferences/0",
					"/microconferences/1/leads/0/person");
	}

	@Test
	void namesAnUnknownBuyerChoiceWithTheChoicesAndAMissingFieldOnceAtItsTicketType() {
		byte[] file = TestFiles.text(TestFiles.importer("ticket-types.json"))
			.replace("\"whoMayBuy\": \"CODE_HOLDERS\"", "\"whoMayBuy\": \"EVERYONE\"")
			.replace("\"capacity\": 1000, ", "")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(refusal(file)).extracting(EventFileProblem::pointer, EventFileProblem::message)
			.containsExactly(tuple("/ticketTypes/1/whoMayBuy", "must be one of ANYONE, CODE_HOLDERS"),
					tuple("/ticketTypes/2", "missing required property \"capacity\""));
	}

	@Test
	void refusesAnExistingSlugWithoutReplace() {
		files.importFile(TestFiles.importer("small-event.json"), false);

		assertThat(refusal("../small-event")).containsExactly(new EventFileProblem("/event/slug", 5, 13,
				"event \"testconf\" exists; import with --replace to overwrite it"));
	}

	/**
	 * A file under {@code src/test/resources/importer/} with each first text replaced by
	 * the next.
	 */
	private static byte[] edited(String name, String... replacements) {
		String text = TestFiles.text(TestFiles.importer(name));
		for (int i = 0; i < replacements.length; i += 2) {
			assertThat(text).contains(replacements[i]);
			text = text.replaceFirst(java.util.regex.Pattern.quote(replacements[i]),
					java.util.regex.Matcher.quoteReplacement(replacements[i + 1]));
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private List<EventFileProblem> refusal(String badFile) {
		return refusal(TestFiles.bad(badFile));
	}

	/**
	 * The problems of importing the file, after checking that the refused import left
	 * every table as it was.
	 */
	private List<EventFileProblem> refusal(byte[] file) {
		Map<String, Long> before = TableCounts.of(jdbc);
		List<EventFileProblem> problems = assertRefused(file);
		assertThat(TableCounts.of(jdbc)).as("row counts after the refused import").isEqualTo(before);
		return problems;
	}

	private List<EventFileProblem> assertRefused(byte[] file) {
		Throwable thrown = catchThrowable(() -> files.importFile(file, false));
		assertThat(thrown).isInstanceOf(EventFileException.class);
		return ((EventFileException) thrown).problems();
	}

}
