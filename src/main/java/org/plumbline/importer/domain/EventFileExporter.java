package org.plumbline.importer.domain;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.plumbline.account.AccountBackups;
import org.plumbline.account.BackedUpAccount;
import org.plumbline.account.BackedUpRole;
import org.plumbline.cfp.BackedUpConfirmation;
import org.plumbline.cfp.BackedUpTopic;
import org.plumbline.cfp.BackedUpTrack;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.SponsorLogo;
import org.plumbline.event.SponsorTier;
import org.plumbline.event.TimeBlock;
import org.plumbline.importer.ExportedEventFile;
import org.plumbline.importer.ExportedEventFile.LeftOut;
import org.plumbline.importer.UnknownEventException;
import org.plumbline.mail.MailBackups;
import org.plumbline.material.BackedUpFeedback;
import org.plumbline.material.BackedUpMaterial;
import org.plumbline.material.MaterialBackups;
import org.plumbline.microconference.BackedUpMcProposal;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.MicroconferenceBackups;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonSummary;
import org.plumbline.registration.BackedUpBankStatement;
import org.plumbline.registration.BackedUpPasses;
import org.plumbline.registration.BackedUpRegistration;
import org.plumbline.registration.BackedUpWaitingList;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeFiles;
import org.plumbline.review.BackedUpConflicts;
import org.plumbline.review.BackedUpReview;
import org.plumbline.review.ReviewBackups;
import org.plumbline.schedule.BackedUpInterestMark;
import org.plumbline.schedule.BackedUpRun;
import org.plumbline.schedule.BackedUpSchedulerInputs;
import org.plumbline.schedule.BackedUpSchedulerInputs.Period;
import org.plumbline.schedule.RunFileKeys;
import org.plumbline.schedule.SchedulingBackups;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.AgendaFeedBackups;
import org.plumbline.schedule.TimetableBackups;
import org.plumbline.schedule.TimetableSession;
import org.plumbline.schedule.TimetableVersion;
import org.springframework.stereotype.Component;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a stored event as an event data file that imports back to an equal event: stored
 * GUIDs included, its topics, every released timetable version and the draft, times in
 * the event's zone, properties and lists in a fixed order so two exports of one event are
 * the same bytes; what of the timetable the format cannot carry is counted, not dropped
 * in silence.
 */
@Component
public class EventFileExporter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * Laid out like the hand-written files: two-space indent, {@code "name": value}, one
	 * element a line.
	 */
	private static final ObjectWriter WRITER = JsonMapper.shared()
		.writer()
		.with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator("")).withObjectIndenter(new DefaultIndenter("  ", "\n"))
			.withArrayIndenter(new DefaultIndenter("  ", "\n")));

	private final EventCatalog catalog;

	private final Microconferences microconferences;

	private final PersonDirectory directory;

	private final TimetableBackups timetables;

	private final TopicBackups topicBackups;

	private final TicketTypeFiles ticketTypes;

	private final AccountBackups accountBackups;

	private final ReviewBackups reviewBackups;

	private final RegistrationBackups registrationBackups;

	private final MaterialBackups materialBackups;

	private final MicroconferenceBackups microconferenceBackups;

	private final SchedulingBackups schedulingBackups;

	private final AgendaFeedBackups agendaFeedBackups;

	private final MailBackups mailBackups;

	EventFileExporter(EventCatalog catalog, Microconferences microconferences, PersonDirectory directory,
			TimetableBackups timetables, TopicBackups topicBackups, TicketTypeFiles ticketTypes,
			AccountBackups accountBackups, ReviewBackups reviewBackups, RegistrationBackups registrationBackups,
			MaterialBackups materialBackups, MicroconferenceBackups microconferenceBackups,
			SchedulingBackups schedulingBackups, AgendaFeedBackups agendaFeedBackups, MailBackups mailBackups) {
		this.schedulingBackups = schedulingBackups;
		this.agendaFeedBackups = agendaFeedBackups;
		this.mailBackups = mailBackups;
		this.microconferenceBackups = microconferenceBackups;
		this.materialBackups = materialBackups;
		this.registrationBackups = registrationBackups;
		this.accountBackups = accountBackups;
		this.reviewBackups = reviewBackups;
		this.catalog = catalog;
		this.microconferences = microconferences;
		this.directory = directory;
		this.timetables = timetables;
		this.topicBackups = topicBackups;
		this.ticketTypes = ticketTypes;
	}

	/**
	 * @throws UnknownEventException if no event has the slug
	 */
	public ExportedEventFile export(String slug) {
		Event event = catalog.findBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
		ObjectNode root = NODES.objectNode();
		root.put("format", EventFileFormat.FORMAT);
		root.put("formatVersion", EventFileFormat.VERSION);
		root.set("event", event(event));
		ArrayNode rooms = root.putArray("rooms");
		for (Room room : catalog.rooms(event.id())) {
			rooms.addObject()
				.put("name", room.name())
				.put("capacity", room.capacity())
				.put("guid", room.guid().toString());
		}
		List<TimeBlock> timeBlocks = catalog.timeBlocks(event.id());
		ArrayNode blocks = root.putArray("timeBlocks");
		timeBlocks.forEach(block -> blocks.add(timeBlock(block, event.timeZone())));
		List<SponsorTier> tiers = catalog.sponsorTiers(event.id());
		ArrayNode tierNames = root.putArray("sponsorTiers");
		tiers.forEach(tier -> tierNames.add(tier.name()));
		root.set("sponsors", sponsors(event, tiers));
		List<TicketType> types = ticketTypes.forEventFile(event.id());
		TicketTypeJson.write(root, types, event.timeZone());
		Map<Long, Integer> ticketTypeNumbers = new HashMap<>();
		types.forEach(type -> ticketTypeNumbers.put(type.id(), ticketTypeNumbers.size() + 1));
		List<Microconference> mcs = microconferences.forEvent(event.id());
		List<BackedUpTopic> topics = topicBackups.topics(event.id());
		List<BackedUpRole> roles = accountBackups.roles(event.id());
		List<BackedUpReview> reviews = reviewBackups.reviews(event.id());
		List<BackedUpRegistration> registrations = registrationBackups.registrations(event.id());
		BackedUpPasses passes = registrationBackups.passes(event.id());
		Optional<BackedUpWaitingList> waitingList = registrationBackups.waitingList(event.id());
		List<BackedUpMaterial> materials = materialBackups.materials(event.id());
		BackedUpConflicts conflicts = reviewBackups.conflicts(event.id());
		Set<Long> referred = ReferredAccounts.of(topics, roles, reviews, registrations);
		ReferredAccounts.addConflicted(referred, conflicts);
		ReferredAccounts.addPassesAndWaitingList(referred, passes, waitingList);
		materials.stream().map(BackedUpMaterial::addedBy).filter(Objects::nonNull).forEach(referred::add);
		List<BackedUpMcProposal> proposals = microconferenceBackups.proposals(event.id());
		ReferredAccounts.addProposals(referred, proposals);
		InvitationJson.Stored invitations = new InvitationJson.Stored(accountBackups.roleInvitations(event.id()),
				microconferenceBackups.coLeadInvitations(event.id()), topicBackups.coSpeakerInvitations(event.id()),
				agendaFeedBackups.feeds(event.id()));
		referred.addAll(invitations.accountIds());
		List<BackedUpBankStatement> statements = registrationBackups.bankStatements(event.id());
		statements.stream()
			.flatMap(statement -> Stream.of(statement.uploadedBy(), statement.appliedBy()))
			.filter(Objects::nonNull)
			.forEach(referred::add);
		List<BackedUpFeedback> feedback = materialBackups.feedback(event.id());
		feedback.forEach(given -> referred.add(given.accountId()));
		List<BackedUpInterestMark> marks = timetables.interestMarks(event.id());
		marks.stream().map(BackedUpInterestMark::accountId).filter(Objects::nonNull).forEach(referred::add);
		List<BackedUpRun> runs = schedulingBackups.runs(event.id());
		runs.stream().map(BackedUpRun::requestedBy).filter(Objects::nonNull).forEach(referred::add);
		runs.forEach(run -> referred.addAll(RunFileKeys.accountIds(run.files())));
		List<BackedUpAccount> accounts = accountBackups.accounts(referred);
		List<Long> referredPersons = new ArrayList<>(
				topics.stream().flatMap(topic -> topic.speakers().stream()).map(Speaker::personId).distinct().toList());
		accounts.stream().map(BackedUpAccount::personId).filter(Objects::nonNull).forEach(referredPersons::add);
		conflicts.marks().forEach(mark -> referredPersons.add(mark.personId()));
		List<BackedUpConfirmation> confirmations = topicBackups.confirmations(event.id());
		confirmations.forEach(answer -> referredPersons.add(answer.personId()));
		proposals.forEach(proposal -> proposal.leads().forEach(lead -> referredPersons.add(lead.personId())));
		BackedUpSchedulerInputs schedulerInputs = schedulingBackups.inputs(event.id());
		schedulerInputs.unavailability()
			.stream()
			.map(Period::personId)
			.filter(Objects::nonNull)
			.forEach(referredPersons::add);
		runs.forEach(run -> referredPersons.addAll(RunFileKeys.personIds(run.files())));
		Map<Long, PersonSummary> persons = MicroconferenceJson.write(root, mcs, directory,
				referredPersons.stream().distinct().toList());
		CallJson.write(root, topicBackups.callDefaults(event.id()), mcs, topicBackups.microconferenceCalls(event.id()));
		McProposalJson.writeCall(root, microconferenceBackups.call(event.id()));
		Map<Long, BackedUpTrack> tracks = topicBackups.plainTracks(event.id());
		TopicJson.writeTracks(root, tracks.values());
		Map<Long, String> mcSlugs = mcs.stream().collect(Collectors.toMap(Microconference::id, Microconference::slug));
		Map<Long, String> trackSlugs = new HashMap<>();
		tracks.forEach((id, track) -> trackSlugs.put(id, track.slug()));
		List<TimetableVersion> releases = timetables.releases(event);
		Optional<Timetable> draft = timetables.draft(event);
		List<ReviewJson.CallId> callOrder = new ArrayList<>();
		Map<ReviewJson.CallId, String> callSlugs = new HashMap<>();
		mcs.forEach(mc -> callSlugs.put(new ReviewJson.CallId(mc.id(), null), mc.slug()));
		tracks.forEach((id, track) -> callSlugs.put(new ReviewJson.CallId(null, id), track.slug()));
		mcs.forEach(mc -> callOrder.add(new ReviewJson.CallId(mc.id(), null)));
		tracks.keySet().forEach(id -> callOrder.add(new ReviewJson.CallId(null, id)));
		Map<Long, Integer> questionNumbers = ReviewJson.writeQuestions(root, topicBackups.questions(event.id()),
				callOrder, callSlugs);
		Map<UUID, Long> topicIds = topicBackups.topicIds(event.id());
		TopicJson.writeTopics(root, topics,
				topics.stream()
					.map(topic -> topic.microconferenceId() != null ? mcSlugs.get(topic.microconferenceId())
							: trackSlugs.get(topic.plainTrackId()))
					.toList(),
				talkExportNumbers(releases, draft), persons, accounts,
				ReviewJson.answersByTopic(topicIds, topicBackups.answers(event.id()), questionNumbers));
		AccountJson.write(root, accounts, roles, persons, mcSlugs, trackSlugs);
		Map<Long, String> topicGuids = new HashMap<>();
		topicIds.forEach((guid, id) -> topicGuids.put(id, guid.toString()));
		Map<Long, String> addresses = AccountJson.addresses(accounts);
		McProposalJson.writeProposals(root, proposals, mcSlugs, addresses, persons);
		InvitationJson.write(root, invitations, new InvitationJson.Names(mcSlugs, trackSlugs, topicGuids, addresses));
		ReviewPhaseJson.write(root, reviewBackups.reviewPhases(event.id()), mcSlugs, trackSlugs);
		ReviewJson.writeReviews(root, reviews, topicGuids, addresses);
		TopicJson.writeConfirmations(root, confirmations, topicGuids, persons);
		ReviewJson.writeConflicts(root, conflicts, topicGuids, addresses, persons);
		Map<Long, Integer> passNumbers = PassJson.write(root, passes, mcs, addresses);
		Map<Long, Integer> statementNumbers = BankStatementJson.write(root, statements, addresses);
		RegistrationJson.write(root, registrations, ticketTypeNumbers, passNumbers, statementNumbers, addresses,
				new RegistrationJson.FormAnswers(registrationBackups.formQuestions(event.id()),
						registrationBackups.formAnswers(event.id())));
		RegistrationSettingsJson.write(root, registrationBackups.settings(event.id()));
		waitingList.ifPresent(list -> WaitingListJson.write(root, list, addresses));
		MaterialJson.write(root, materials, topicGuids, addresses, materialBackups::content);
		MaterialJson.writeRecordings(root, materialBackups.recordings(event.id()), topicGuids);
		AudienceJson.writeFeedback(root, feedback, topicGuids, addresses);
		AudienceJson.writeInterestMarks(root, marks, mcSlugs, topicGuids, addresses);
		MailTemplateJson.write(root, mailBackups.templates(event.id()));
		Map<Long, String> roomNames = catalog.rooms(event.id())
			.stream()
			.collect(Collectors.toMap(Room::id, Room::name));
		SchedulerJson.write(root, schedulerInputs,
				new SchedulerJson.Names(mcs.stream().map(Microconference::id).toList(), mcSlugs, timeBlocks,
						event.timeZone(), roomNames, persons));
		SolverRunJson.write(root, runs, timeBlocks, persons, addresses);
		LeftOut leftOut = TimetableJson.write(root, event, releases, draft, timeBlocks,
				new TimetableJson.Names(mcSlugs, trackSlugs, roomNames, topicGuids));
		String text = WRITER.writeValueAsString(root) + "\n";
		return new ExportedEventFile(text.getBytes(StandardCharsets.UTF_8), leftOut);
	}

	/** The export number of each topic placed in any of the timetables, by its GUID. */
	private static Map<UUID, Integer> talkExportNumbers(List<TimetableVersion> releases, Optional<Timetable> draft) {
		Map<UUID, Integer> numbers = new HashMap<>();
		List<Timetable> all = new ArrayList<>(releases.stream().map(TimetableVersion::timetable).toList());
		draft.ifPresent(all::add);
		for (Timetable timetable : all) {
			for (TimetableSession session : timetable.sessions()) {
				session.talks().forEach(talk -> numbers.put(talk.topicGuid(), talk.exportNumber()));
			}
		}
		return numbers;
	}

	private static ObjectNode event(Event event) {
		ObjectNode node = NODES.objectNode();
		node.put("slug", event.slug());
		node.put("name", event.name());
		node.put("startDate", event.startDate().toString());
		node.put("endDate", event.endDate().toString());
		node.put("timeZone", event.timeZone().getId());
		if (event.venue() != null) {
			node.put("venue", event.venue());
		}
		return node;
	}

	/**
	 * Back to the wall-clock times the file was written in; the blocks are stored as UTC
	 * instants.
	 */
	private static ObjectNode timeBlock(TimeBlock block, ZoneId zone) {
		ZonedDateTime start = block.startsAt().atZone(zone);
		ObjectNode node = NODES.objectNode();
		node.put("label", block.label());
		node.put("date", start.toLocalDate().toString());
		node.put("start", HOURS_MINUTES.format(start));
		node.put("end", HOURS_MINUTES.format(block.endsAt().atZone(zone)));
		if (block.breakStartsAt() != null) {
			node.put("breakStart", HOURS_MINUTES.format(block.breakStartsAt().atZone(zone)));
			node.put("breakEnd", HOURS_MINUTES.format(block.breakEndsAt().atZone(zone)));
		}
		return node;
	}

	private ArrayNode sponsors(Event event, List<SponsorTier> tiers) {
		ArrayNode sponsors = NODES.arrayNode();
		for (SponsorTier tier : tiers) {
			for (SponsorTier.Sponsor sponsor : tier.sponsors()) {
				ObjectNode node = sponsors.addObject().put("name", sponsor.name()).put("tier", tier.name());
				if (sponsor.linkUrl() != null) {
					node.put("url", sponsor.linkUrl());
				}
				if (sponsor.hasLogo()) {
					SponsorLogo logo = catalog.sponsorLogo(event.id(), sponsor.id()).orElseThrow();
					node.putObject("logo")
						.put("contentType", logo.contentType())
						.put("base64", Base64.getEncoder().encodeToString(logo.bytes()));
				}
			}
		}
		return sponsors;
	}

}
