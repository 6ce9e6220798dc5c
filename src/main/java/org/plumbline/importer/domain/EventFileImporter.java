package org.plumbline.importer.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.plumbline.account.AccountBackups;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.BackedUpQuestion;
import org.plumbline.cfp.BackedUpTopic;
import org.plumbline.cfp.BackedUpTrack;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.importer.ImportResult;
import org.plumbline.importer.domain.EventFileContent.FileAccount;
import org.plumbline.importer.domain.EventFileContent.FileMicroconference;
import org.plumbline.importer.domain.EventFileContent.FilePerson;
import org.plumbline.importer.domain.EventFileContent.FilePlainTrack;
import org.plumbline.importer.domain.EventFileContent.FileQuestion;
import org.plumbline.importer.domain.EventFileContent.FileRelease;
import org.plumbline.importer.domain.EventFileContent.FileTicketType;
import org.plumbline.importer.domain.EventFileContent.FileTopic;
import org.plumbline.importer.domain.EventFileContent.ListedName;
import org.plumbline.importer.domain.FilePeople.PersonGroup;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.people.PersonSummary;
import org.plumbline.registration.TicketTypeFiles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes a validated file through the event, people, microconference, registration and
 * schedule facades, the records beside the programme through {@link EventFileRecords},
 * {@link RegistrationRecords}, {@link SchedulerRecords} and {@link InvitationRecords}. It
 * runs inside the caller's transaction, so a refusal half-way through leaves nothing
 * behind.
 */
@Component
public class EventFileImporter {

	private final EventCatalog catalog;

	private final EventSetup setup;

	private final PersonDirectory directory;

	private final Microconferences microconferences;

	private final PersonDuplicates duplicates;

	private final TicketTypeFiles ticketTypes;

	private final TimetableImport timetable;

	private final AuditLog audit;

	private final TopicBackups topicBackups;

	private final AccountBackups accountBackups;

	private final EventFileRecords records;

	private final RegistrationRecords registrations;

	private final SchedulerRecords scheduler;

	private final InvitationRecords invitations;

	private final Clock clock;

	EventFileImporter(EventCatalog catalog, EventSetup setup, PersonDirectory directory,
			Microconferences microconferences, PersonDuplicates duplicates, TicketTypeFiles ticketTypes,
			TimetableImport timetable, AuditLog audit, TopicBackups topicBackups, AccountBackups accountBackups,
			EventFileRecords records, RegistrationRecords registrations, SchedulerRecords scheduler,
			InvitationRecords invitations, Clock clock) {
		this.scheduler = scheduler;
		this.invitations = invitations;
		this.accountBackups = accountBackups;
		this.records = records;
		this.registrations = registrations;
		this.topicBackups = topicBackups;
		this.clock = clock;
		this.catalog = catalog;
		this.setup = setup;
		this.directory = directory;
		this.microconferences = microconferences;
		this.duplicates = duplicates;
		this.ticketTypes = ticketTypes;
		this.timetable = timetable;
		this.audit = audit;
	}

	/**
	 * @param replace whether to delete an existing event with the file's slug first
	 */
	public ImportResult write(EventFileContent content, boolean replace) {
		Map<String, Long> replacedEventsPeople = Map.of();
		boolean replaced = false;
		if (replace) {
			Optional<Event> existing = catalog.findBySlug(content.event().slug());
			if (existing.isPresent()) {
				replaced = true;
				replacedEventsPeople = peopleByIdentity(existing.get());
				setup.delete(existing.get().id());
			}
		}
		Event event;
		try {
			event = setup.create(content.event());
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRefusal.ofEvent(ex, content.source());
		}
		Map<String, Long> personIds = persons(FilePeople.group(content), verifiedAddresses(content),
				replacedEventsPeople);
		Map<String, Long> accountIds = records.accounts(event, content, personIds);
		List<FileMicroconference> mcs = content.microconferences();
		Map<String, Long> microconferenceIds = new HashMap<>();
		for (int i = 0; i < mcs.size(); i++) {
			try {
				Microconference mc = microconferences.create(event.id(), newMicroconference(mcs.get(i), i, personIds));
				microconferenceIds.put(mc.slug(), mc.id());
			}
			catch (DataIntegrityViolationException ex) {
				throw DatabaseRefusal.ofMicroconference(ex, content.source(), i);
			}
		}
		records.calls(event, content, microconferenceIds);
		records.proposals(event, content, microconferenceIds, accountIds, personIds);
		List<FileTicketType> types = content.ticketTypes();
		List<Long> ticketTypeIds = new ArrayList<>();
		for (int i = 0; i < types.size(); i++) {
			try {
				ticketTypeIds
					.add(ticketTypes.createAs(TimetableImport.ACTOR, event, types.get(i).input(), types.get(i).codes())
						.id());
			}
			catch (DataIntegrityViolationException ex) {
				throw DatabaseRefusal.ofTicketType(ex, content.source(), i);
			}
		}
		TimetableImport.StoredIds ids = topics(event, content, microconferenceIds, personIds, accountIds);
		records.settings(event, content, microconferenceIds, ids.plainTracks());
		records.roles(event, content, microconferenceIds, ids.plainTracks(), accountIds);
		records.reviews(event, content, ids.topics(), accountIds);
		records.conflicts(event, content, ids.topics(), accountIds, personIds);
		records.confirmations(event, content, ids.topics(), personIds);
		records.materials(event, content, ids.topics(), accountIds);
		records.recordings(event, content, ids.topics());
		invitations.write(event, content, ids, accountIds);
		records.audience(event, content, microconferenceIds, ids.topics(), accountIds);
		records.mailTemplates(event, content);
		List<Long> passIds = registrations.passes(event, content, microconferenceIds, accountIds);
		List<Long> statementIds = registrations.bankStatements(event, content, accountIds);
		registrations.registrations(event, content, ticketTypeIds, passIds, statementIds, accountIds);
		registrations.waitingList(event, content, accountIds);
		scheduler.choices(event, content, microconferenceIds);
		if (!content.releases().isEmpty() || content.draft() != null) {
			timetable.write(event, content.releases(), content.draft(), ids, content.source());
		}
		scheduler.unavailability(event, content, personIds);
		scheduler.runs(event, content, personIds, accountIds);
		FileRelease release = content.latestRelease();
		ImportResult result = new ImportResult(event.slug(), mcs.size(), content.event().rooms().size(),
				content.event().timeBlocks().size(), personIds.size(), types.size(),
				release == null ? null : release.number(), release == null ? 0 : release.sessions().size(),
				release == null ? 0 : release.breaks().size());
		audited(event, result, replaced);
		return result;
	}

	/**
	 * Writes the file's plain tracks and topics, each topic's speakers linked to the
	 * persons of the file.
	 */
	private TimetableImport.StoredIds topics(Event event, EventFileContent content,
			Map<String, Long> microconferenceIds, Map<String, Long> personIds, Map<String, Long> accountIds) {
		Map<String, Long> trackIds = new HashMap<>();
		for (FilePlainTrack track : content.plainTracks()) {
			trackIds.put(track.slug(),
					topicBackups.restorePlainTrack(event, TimetableImport.ACTOR,
							new BackedUpTrack(track.slug(), track.name(), track.opensAt(), track.closesAt(),
									track.durations(), track.minutesBudget())));
		}
		Map<String, List<Long>> questionIds = questions(event, content, microconferenceIds, trackIds);
		Map<UUID, Long> topicIds = new HashMap<>();
		Map<UUID, Integer> exportNumbers = new HashMap<>();
		Instant now = clock.instant();
		List<FileTopic> topics = content.topics();
		for (int i = 0; i < topics.size(); i++) {
			FileTopic topic = topics.get(i);
			List<Speaker> speakers = new ArrayList<>();
			for (int j = 0; j < topic.speakers().size(); j++) {
				ListedName speaker = topic.speakers().get(j);
				speakers.add(new Speaker(personIds.get(FilePeople.speakerIdentity(speaker, i, j)), speaker.name()));
			}
			Instant createdAt = topic.createdAt() != null ? topic.createdAt() : now;
			BackedUpTopic backedUp = new BackedUpTopic(topic.guid(), microconferenceIds.get(topic.call()),
					trackIds.get(topic.call()), topic.state(), topic.pendingState(), topic.title(),
					topic.abstractText(), topic.durationMinutes(), topic.notes(), createdAt,
					topic.updatedAt() != null ? topic.updatedAt() : createdAt, topic.submittedAt(), topic.decidedAt(),
					topic.announcedAt(), topic.cancelReason(),
					EventFileRecords.accountId(accountIds, topic.submittedBy()),
					EventFileRecords.accountId(accountIds, topic.decidedBy()), speakers);
			try {
				long topicId = topicBackups.restoreTopic(event, TimetableImport.ACTOR, backedUp);
				topicIds.put(topic.guid(), topicId);
				Map<Long, String> answers = new HashMap<>();
				topic.answers()
					.forEach(answer -> answers.put(questionIds.get(topic.call()).get(answer.question() - 1),
							answer.answer()));
				topicBackups.restoreAnswers(topicId, answers);
			}
			catch (DataIntegrityViolationException ex) {
				throw DatabaseRefusal.ofTopic(ex, content.source(), i);
			}
			if (topic.exportNumber() != null) {
				exportNumbers.put(topic.guid(), topic.exportNumber());
			}
		}
		return new TimetableImport.StoredIds(microconferenceIds, trackIds, topicIds, exportNumbers);
	}

	/**
	 * Stores the calls' questions.
	 * @return the ids of each call's questions in order, by the call's slug
	 */
	private Map<String, List<Long>> questions(Event event, EventFileContent content,
			Map<String, Long> microconferenceIds, Map<String, Long> trackIds) {
		Map<String, List<Long>> ids = new HashMap<>();
		for (FileQuestion question : content.questions()) {
			long id = topicBackups.restoreQuestion(event, TimetableImport.ACTOR,
					new BackedUpQuestion(0, microconferenceIds.get(question.call()), trackIds.get(question.call()),
							question.definition(), question.retiredAt()));
			ids.computeIfAbsent(question.call(), call -> new ArrayList<>()).add(id);
		}
		return ids;
	}

	/** The verified address of each {@code people[]} entry that has an account, by id. */
	private static Map<String, String> verifiedAddresses(EventFileContent content) {
		Map<String, String> addresses = new HashMap<>();
		for (FileAccount account : content.accounts()) {
			if (account.person() != null && account.emailVerifiedAt() != null) {
				addresses.put(account.person(), account.email());
			}
		}
		return addresses;
	}

	/**
	 * One entry for the whole file, at the time it was imported: what the event's pages
	 * and API show changed then, though the file may carry no release or ticket type that
	 * would be logged on its own, and a replaced event's log goes on under its slug.
	 */
	private void audited(Event event, ImportResult result, boolean replaced) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("summary", result.summary());
		after.put("replaced", replaced);
		audit.record(new AuditEntry(event.id(), null, TimetableImport.ACTOR, "event", event.slug(), "imported-file",
				null, after, null));
	}

	/**
	 * Stores one person per group. A pinned entry whose GUID is already stored is that
	 * person (how a re-import of an export keeps its people); else one whose account's
	 * verified address has a verified account here is that account's person (the one way
	 * an address names a person, DOMAIN.md L14: a restore into a site where its owner
	 * signed up meanwhile); a group whose identity named exactly one person in the event
	 * this file replaces is that person (the same event, so the same file of our own: a
	 * re-import of a hand-written file keeps its people and their GUIDs); every other
	 * group is a new person, since equal names across files are only a suggestion
	 * (DOMAIN.md, "Identity key"). A new person takes its entry's bio and affiliation; a
	 * known one keeps the site's, which are newer than any file. Each new person raises
	 * those suggestions, against every other person stored, this file's included: a typo
	 * of a name in the file ("Masami Hiramtsu") is one.
	 */
	private Map<String, Long> persons(Map<String, PersonGroup> groups, Map<String, String> verifiedAddresses,
			Map<String, Long> replacedEventsPeople) {
		Map<String, Long> ids = new HashMap<>();
		List<Long> created = new ArrayList<>();
		for (PersonGroup group : groups.values()) {
			FilePerson pinned = group.pinned();
			Optional<Long> known = pinned != null && pinned.guid() != null
					? directory.findByGuid(pinned.guid()).map(PersonSummary::id) : Optional.empty();
			if (known.isEmpty() && pinned != null && verifiedAddresses.containsKey(pinned.id())) {
				known = accountBackups.verifiedPersonOf(verifiedAddresses.get(pinned.id()));
			}
			if (known.isEmpty() && (pinned == null || pinned.guid() == null)) {
				known = Optional.ofNullable(replacedEventsPeople.get(group.identity()));
			}
			known.ifPresent(id -> directory.rememberSpellings(id, group.nameVariants()));
			long id = known.orElseGet(() -> {
				long createdId = created(group, pinned);
				created.add(createdId);
				return createdId;
			});
			ids.put(group.identity(), id);
		}
		duplicates.suggestDuplicatesAmong(created);
		return ids;
	}

	private long created(PersonGroup group, FilePerson pinned) {
		return pinned == null ? directory.create(group.displayName(), group.nameVariants(), null).id()
				: directory
					.create(group.displayName(), group.nameVariants(), pinned.guid(), pinned.bio(),
							pinned.affiliation())
					.id();
	}

	/**
	 * Identity → person for the names listed by an event, leaving out identities shared
	 * by namesakes.
	 */
	private Map<String, Long> peopleByIdentity(Event event) {
		Map<String, Set<Long>> persons = new HashMap<>();
		for (Microconference mc : microconferences.forEvent(event.id())) {
			mc.leads().forEach(lead -> note(persons, lead.nameAsWritten(), lead.personId()));
			mc.keyAttendees().forEach(attendee -> note(persons, attendee.nameAsWritten(), attendee.personId()));
		}
		Map<String, Long> unambiguous = new HashMap<>();
		persons.forEach((identity, ids) -> {
			if (ids.size() == 1) {
				unambiguous.put(identity, ids.iterator().next());
			}
		});
		return unambiguous;
	}

	private static void note(Map<String, Set<Long>> persons, String name, long personId) {
		String identity = PersonIdentity.of(name, null);
		if (identity != null) {
			persons.computeIfAbsent(identity, key -> new HashSet<>()).add(personId);
		}
	}

	private static NewMicroconference newMicroconference(FileMicroconference mc, int index,
			Map<String, Long> personIds) {
		List<NamedPerson> leads = new ArrayList<>();
		for (int j = 0; j < mc.leads().size(); j++) {
			ListedName lead = mc.leads().get(j);
			leads.add(new NamedPerson(personIds.get(FilePeople.identity(lead, index, "leads", j)), lead.name()));
		}
		List<KeyAttendee> keyAttendees = new ArrayList<>();
		for (int j = 0; j < mc.keyAttendees().size(); j++) {
			ListedName attendee = mc.keyAttendees().get(j);
			long personId = personIds.get(FilePeople.identity(attendee, index, "keyAttendees", j));
			keyAttendees.add(new KeyAttendee(personId, attendee.name(), attendee.role()));
		}
		return new NewMicroconference(mc.guid(), mc.slug(), mc.title(), mc.status(), mc.description(), mc.sections(),
				keyAttendees, mc.leadsCaption(), leads);
	}

}
