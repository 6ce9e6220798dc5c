package org.plumbline.importer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.plumbline.cfp.BackedUpCall;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewSponsor;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.SponsorLogo;
import org.plumbline.importer.domain.EventFileContent.FileBreak;
import org.plumbline.importer.domain.EventFileContent.FileMicroconference;
import org.plumbline.importer.domain.EventFileContent.FilePerson;
import org.plumbline.importer.domain.EventFileContent.FileChange;
import org.plumbline.importer.domain.EventFileContent.FilePlainTrack;
import org.plumbline.importer.domain.EventFileContent.FileRelease;
import org.plumbline.importer.domain.EventFileContent.FileTalk;
import org.plumbline.importer.domain.EventFileContent.FileTimetable;
import org.plumbline.importer.domain.EventFileContent.FileTopic;
import org.plumbline.importer.domain.EventFileContent.FileAccount;
import org.plumbline.importer.domain.EventFileContent.FileAnswer;
import org.plumbline.importer.domain.EventFileContent.FileQuestion;
import org.plumbline.importer.domain.EventFileContent.FileMaterial;
import org.plumbline.importer.domain.EventFileContent.FileOffset;
import org.plumbline.importer.domain.EventFileContent.FileRecording;
import org.plumbline.importer.domain.EventFileContent.FilePass;
import org.plumbline.importer.domain.EventFileContent.FilePassQuota;
import org.plumbline.importer.domain.EventFileContent.FileConflictMark;
import org.plumbline.importer.domain.EventFileContent.FileConfirmation;
import org.plumbline.importer.domain.EventFileContent.FileConflicts;
import org.plumbline.importer.domain.EventFileContent.FileDeclaredConflict;
import org.plumbline.importer.domain.EventFileContent.FilePlacement;
import org.plumbline.importer.domain.EventFileContent.FileRegistration;
import org.plumbline.importer.domain.EventFileContent.FileWaitingList;
import org.plumbline.material.BackedUpMaterial;
import org.plumbline.registration.BackedUpFormQuestion;
import org.plumbline.registration.BackedUpPasses.Pass;
import org.plumbline.registration.BackedUpWaitingList.Tier;
import org.plumbline.registration.BackedUpRegistration;
import org.plumbline.importer.domain.EventFileContent.FileReview;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.question.QuestionKind;
import org.plumbline.importer.domain.EventFileContent.FileRole;
import org.plumbline.account.EventRole;
import org.plumbline.importer.domain.EventFileContent.FileSession;
import org.plumbline.importer.domain.EventFileContent.FileTicketType;
import org.plumbline.importer.domain.EventFileContent.ListedName;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.TimetableChange;
import tools.jackson.databind.JsonNode;

/**
 * Reads a file that passed validation into {@link EventFileContent}; it trusts the
 * validation.
 */
final class EventFileParser {

	private EventFileParser() {
	}

	static EventFileContent parse(LocatedJson json) {
		JsonNode root = json.root();
		JsonNode event = root.path("event");
		List<String> tiers = root.has("sponsorTiers") ? strings(root.get("sponsorTiers"))
				: EventFileFormat.DEFAULT_SPONSOR_TIERS;
		NewEvent newEvent = new NewEvent(text(event, "slug"), text(event, "name"),
				LocalDate.parse(text(event, "startDate")), LocalDate.parse(text(event, "endDate")),
				ZoneId.of(text(event, "timeZone")), text(event, "venue"),
				map(root.path("rooms"),
						room -> new NewRoom(text(room, "name"), room.path("capacity").intValue(), uuid(room, "guid"))),
				map(root.path("timeBlocks"), EventFileParser::timeBlock), tiers,
				map(root.path("sponsors"), EventFileParser::sponsor));
		Map<String, FilePerson> people = new LinkedHashMap<>();
		for (JsonNode person : root.path("people").values()) {
			people.put(text(person, "id"), new FilePerson(text(person, "id"), text(person, "name"),
					uuid(person, "guid"), text(person, "bio"), text(person, "affiliation")));
		}
		JsonNode draft = root.path("timetable").path("draft");
		return new EventFileContent(json, newEvent, people,
				map(root.path("microconferences"), EventFileParser::microconference),
				map(root.path("ticketTypes"),
						entry -> new FileTicketType(TicketTypeJson.input(entry), TicketTypeJson.codes(entry))),
				map(root.path("plainTracks"), EventFileParser::plainTrack),
				map(root.path("topics"), EventFileParser::topic),
				map(root.path("timetable").path("releases"), EventFileParser::release),
				draft.isObject() ? timetable(draft) : null,
				map(root.path("accounts"), account -> new FileAccount(text(account, "email"), text(account, "name"),
						text(account, "person"), instant(account, "emailVerifiedAt"), instant(account, "createdAt"))),
				map(root.path("roles"),
						role -> new FileRole(EventRole.valueOf(text(role, "role")), text(role, "account"),
								text(role, "microconference"), text(role, "track"), instant(role, "grantedAt"),
								text(role, "grantedBy"))),
				map(root.path("questions"),
						question -> new FileQuestion(text(question, "call"), definition(question),
								instant(question, "retiredAt"))),
				map(root.path("reviews"),
						review -> new FileReview(uuid(review, "topic"), text(review, "reviewer"),
								review.path("score").intValue(), text(review, "comment"), instant(review, "createdAt"),
								instant(review, "updatedAt"))),
				map(root.path("registrations"), EventFileParser::registration),
				map(root.path("passQuotas"),
						quota -> new FilePassQuota(text(quota, "microconference"), quota.path("passes").intValue())),
				map(root.path("passes"), EventFileParser::pass), waitingList(root.get("waitingList")),
				map(root.path("materials"), EventFileParser::material),
				map(root.path("recordings"),
						recording -> new FileRecording(uuid(recording, "session"), text(recording, "url"),
								instant(recording, "updatedAt"),
								map(recording.path("talks"),
										talk -> new FileOffset(uuid(talk, "topic"), talk.path("offset").intValue())))),
				map(root.path("registrationQuestions"),
						question -> new BackedUpFormQuestion(0, definition(question), instant(question, "retiredAt"))),
				root.has("callForTopics") ? call(root.get("callForTopics")) : null, microconferenceCalls(root),
				new FileConflicts(
						map(root.path("conflictMarks"),
								mark -> new FileConflictMark(text(mark, "account"), text(mark, "person"),
										text(mark, "reason"), text(mark, "markedBy"), instant(mark, "markedAt"))),
						map(root.path("declaredConflicts"),
								declared -> new FileDeclaredConflict(uuid(declared, "topic"), text(declared, "account"),
										text(declared, "reason"), instant(declared, "declaredAt")))),
				map(root.path("speakerConfirmations"),
						answer -> new FileConfirmation(uuid(answer, "topic"), text(answer, "person"),
								instant(answer, "announcedAt"),
								answer.has("answer") ? TopicState.valueOf(text(answer, "answer")) : null,
								instant(answer, "answeredAt"), instant(answer, "remindedAt"))),
				ReviewPhaseJson.read(root), RegistrationSettingsJson.read(root), McProposalJson.readCall(root),
				McProposalJson.readProposals(root), SchedulerJson.read(root), InvitationJson.read(root),
				BankStatementJson.read(root), MailTemplateJson.read(root), AudienceJson.readFeedback(root),
				AudienceJson.readInterestMarks(root), SolverRunJson.read(root));
	}

	private static BackedUpCall call(JsonNode call) {
		return new BackedUpCall(instant(call, "opensAt"), instant(call, "closesAt"),
				call.has("durations") ? map(call.get("durations"), JsonNode::intValue) : null,
				integer(call, "minutesBudget"), integer(call, "reminderDays"));
	}

	private static Map<String, BackedUpCall> microconferenceCalls(JsonNode root) {
		Map<String, BackedUpCall> calls = new LinkedHashMap<>();
		for (JsonNode mc : root.path("microconferences").values()) {
			if (mc.has("call")) {
				calls.put(text(mc, "slug"), call(mc.get("call")));
			}
		}
		return calls;
	}

	/**
	 * The registration with its type or pass and accounts not yet stored: their ids are
	 * null or 0.
	 */
	private static FileRegistration registration(JsonNode registration) {
		JsonNode received = registration.get("amountReceived");
		return new FileRegistration(integer(registration, "ticketType"), integer(registration, "pass"),
				text(registration, "account"), text(registration, "paidBy"), integer(registration, "paidByStatement"),
				new BackedUpRegistration(null, null, 0, text(registration, "reference"),
						registration.path("arrival").asLong(0), text(registration, "status"),
						registration.path("price").longValue(), text(registration, "currency"),
						instant(registration, "paymentDueAt"), instant(registration, "paidAt"),
						received == null ? null : received.longValue(), null, null,
						registration.path("refundDue").asBoolean(false), instant(registration, "offeredAt"),
						instant(registration, "offerExpiresAt"), instant(registration, "offerRemindedAt"),
						instant(registration, "endedAt"), registration.path("joinedLine").asBoolean(false),
						instant(registration, "createdAt"), instant(registration, "updatedAt")),
				answers(registration));
	}

	private static List<FileAnswer> answers(JsonNode answerer) {
		return map(answerer.path("answers"),
				answer -> new FileAnswer(answer.path("question").intValue(), text(answer, "answer")));
	}

	private static QuestionDefinition definition(JsonNode question) {
		return new QuestionDefinition(QuestionKind.valueOf(text(question, "kind")), text(question, "label"),
				text(question, "help"), strings(question.path("options")), question.path("required").booleanValue());
	}

	/** The material with its topic and the account that added it not yet stored. */
	private static FileMaterial material(JsonNode material) {
		String base64 = text(material, "base64");
		byte[] content = base64 == null ? null : Base64.getDecoder().decode(base64);
		return new FileMaterial(uuid(material, "topic"), text(material, "addedBy"),
				new BackedUpMaterial(0, uuid(material, "guid"), 0, text(material, "kind"), text(material, "title"),
						material.path("private").asBoolean(false), text(material, "url"), text(material, "fileName"),
						text(material, "mediaType"), content == null ? null : (long) content.length, null,
						instant(material, "addedAt")),
				content);
	}

	/** The pass with its MC and lead not yet stored: their ids are 0 and null. */
	private static FilePass pass(JsonNode pass) {
		return new FilePass(text(pass, "microconference"), text(pass, "assignedBy"),
				new Pass(0, 0, text(pass, "label"), text(pass, "email"), null, instant(pass, "assignedAt"),
						instant(pass, "usedAt"), instant(pass, "revokedAt")));
	}

	/** The tiers numbered from 1 in the file's order, their numbers as their ids. */
	private static FileWaitingList waitingList(JsonNode list) {
		if (list == null) {
			return null;
		}
		List<Tier> tiers = new ArrayList<>();
		for (JsonNode tier : list.path("tiers").values()) {
			tiers.add(new Tier(tiers.size() + 1, text(tier, "name"), tier.path("position").intValue(),
					text(tier, "standingRule"), tier.path("default").asBoolean(false)));
		}
		return new FileWaitingList(instant(list, "updatedAt"), List.copyOf(tiers),
				map(list.path("placements"),
						placement -> new FilePlacement(text(placement, "account"), placement.path("tier").intValue(),
								text(placement, "placedBy"), instant(placement, "placedAt"),
								text(placement, "reason"))));
	}

	private static FilePlainTrack plainTrack(JsonNode track) {
		return new FilePlainTrack(text(track, "slug"), text(track, "name"), instant(track, "opensAt"),
				instant(track, "closesAt"), map(track.path("durations"), JsonNode::intValue),
				integer(track, "minutesBudget"));
	}

	private static FileTopic topic(JsonNode topic) {
		String pending = text(topic, "pendingState");
		return new FileTopic(uuid(topic, "guid"), text(topic, "call"), TopicState.valueOf(text(topic, "state")),
				pending == null ? null : TopicState.valueOf(pending), text(topic, "title"), text(topic, "abstract"),
				integer(topic, "durationMinutes"), text(topic, "notes"), instant(topic, "createdAt"),
				instant(topic, "updatedAt"), instant(topic, "submittedAt"), instant(topic, "decidedAt"),
				instant(topic, "announcedAt"), text(topic, "cancelReason"), integer(topic, "exportNumber"),
				text(topic, "submittedBy"), text(topic, "decidedBy"), answers(topic),
				map(topic.path("speakers"), entry -> new ListedName(text(entry, "name"), null, text(entry, "person"))));
	}

	private static FileRelease release(JsonNode release) {
		JsonNode changes = release.get("changes");
		return new FileRelease(release.get("number").intValue(), Instant.parse(text(release, "releasedAt")),
				text(release, "changeNote"), timetable(release),
				changes == null ? null : map(changes, EventFileParser::change));
	}

	private static FileTimetable timetable(JsonNode timetable) {
		return new FileTimetable(map(timetable.path("sessions"), EventFileParser::session),
				map(timetable.path("breaks"), EventFileParser::fileBreak),
				timetable.has("version") ? timetable.get("version").intValue() : null);
	}

	private static FileChange change(JsonNode change) {
		return new FileChange(TimetableChange.Kind.valueOf(text(change, "kind")), uuid(change, "subject"),
				uuid(change, "topic"), text(change, "words"));
	}

	private static FileSession session(JsonNode session) {
		String part = text(session, "part");
		return new FileSession(text(session, "microconference"), text(session, "track"), text(session, "room"),
				LocalDate.parse(text(session, "date")), text(session, "block"),
				part == null ? BlockPart.WHOLE : BlockPart.valueOf(part), uuid(session, "guid"),
				integer(session, "exportNumber"), session.path("pinned").asBoolean(false), map(session.path("talks"),
						talk -> new FileTalk(uuid(talk, "topic"), time(talk, "start"), time(talk, "end"))));
	}

	private static FileBreak fileBreak(JsonNode fileBreak) {
		return new FileBreak(text(fileBreak, "title"), LocalDate.parse(text(fileBreak, "date")),
				time(fileBreak, "start"), time(fileBreak, "end"), text(fileBreak, "room"), uuid(fileBreak, "guid"),
				integer(fileBreak, "exportNumber"));
	}

	private static NewTimeBlock timeBlock(JsonNode block) {
		return new NewTimeBlock(text(block, "label"), LocalDate.parse(text(block, "date")), time(block, "start"),
				time(block, "end"), time(block, "breakStart"), time(block, "breakEnd"));
	}

	private static NewSponsor sponsor(JsonNode sponsor) {
		JsonNode logo = sponsor.get("logo");
		return new NewSponsor(text(sponsor, "name"), text(sponsor, "tier"), text(sponsor, "url"), logo == null ? null
				: new SponsorLogo(text(logo, "contentType"), Base64.getDecoder().decode(text(logo, "base64"))));
	}

	private static FileMicroconference microconference(JsonNode mc) {
		String description = text(mc, "description");
		String leadsCaption = text(mc, "leadsCaption");
		return new FileMicroconference(uuid(mc, "guid"), text(mc, "slug"), text(mc, "title"),
				McStatus.valueOf(text(mc, "status")), description == null ? "" : description,
				map(mc.path("sections"), EventFileParser::section),
				map(mc.path("keyAttendees"),
						entry -> new ListedName(text(entry, "name"), text(entry, "role"), text(entry, "person"))),
				leadsCaption == null ? EventFileFormat.DEFAULT_LEADS_CAPTION : leadsCaption,
				map(mc.path("leads"), entry -> new ListedName(text(entry, "name"), null, text(entry, "person"))));
	}

	private static Section section(JsonNode section) {
		return new Section(SectionKind.valueOf(text(section, "kind")), text(section, "caption"),
				map(section.path("entries"), EventFileParser::entry));
	}

	private static SectionEntry entry(JsonNode entry) {
		if (entry.has("paragraph")) {
			return SectionEntry.paragraph(text(entry, "paragraph"));
		}
		if (entry.has("reference")) {
			return SectionEntry.reference(entry.get("reference").intValue(), text(entry, "text"));
		}
		return SectionEntry.item(text(entry, "item"), strings(entry.path("subitems")));
	}

	private static <T> List<T> map(JsonNode array, Function<JsonNode, T> reader) {
		List<T> result = new ArrayList<>();
		array.values().forEach(element -> result.add(reader.apply(element)));
		return List.copyOf(result);
	}

	private static List<String> strings(JsonNode array) {
		return map(array, JsonNode::stringValue);
	}

	private static String text(JsonNode object, String property) {
		JsonNode value = object.get(property);
		return value == null || value.isNull() ? null : value.stringValue();
	}

	private static LocalTime time(JsonNode object, String property) {
		String text = text(object, property);
		return text == null ? null : LocalTime.parse(text);
	}

	private static Instant instant(JsonNode object, String property) {
		String text = text(object, property);
		return text == null ? null : Instant.parse(text);
	}

	private static Integer integer(JsonNode object, String property) {
		JsonNode value = object.get(property);
		return value == null || value.isNull() ? null : value.intValue();
	}

	private static UUID uuid(JsonNode object, String property) {
		String text = text(object, property);
		return text == null ? null : UUID.fromString(text);
	}

}
