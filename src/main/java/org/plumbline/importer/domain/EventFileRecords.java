package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.plumbline.account.AccountBackups;
import org.plumbline.account.BackedUpAccount;
import org.plumbline.account.BackedUpRole;
import org.plumbline.cfp.BackedUpConfirmation;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.importer.EventFileException;
import org.plumbline.importer.domain.EventFileContent.FileMicroconference;
import org.plumbline.importer.domain.EventFileContent.FilePerson;
import org.plumbline.importer.domain.EventFileContent.FileReviewPhase;
import org.plumbline.importer.domain.EventFileContent.FileWindow;
import org.plumbline.mail.MailBackups;
import org.plumbline.material.BackedUpFeedback;
import org.plumbline.material.BackedUpMaterial;
import org.plumbline.material.BackedUpRecording;
import org.plumbline.material.MaterialBackups;
import org.plumbline.microconference.BackedUpMcProposal;
import org.plumbline.microconference.MicroconferenceBackups;
import org.plumbline.people.EmailKeys;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.review.BackedUpConflicts;
import org.plumbline.review.BackedUpReview;
import org.plumbline.review.BackedUpReviewPhase;
import org.plumbline.review.ReviewBackups;
import org.plumbline.schedule.BackedUpInterestMark;
import org.plumbline.schedule.TimetableBackups;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes back the records an event data file carries beside its programme: the calls'
 * settings, the review windows, the registration rules, the Call for Microconferences'
 * window and proposals, the accounts it refers to, the roles granted to them, the
 * reviews, the conflicts of interest, the speakers' answers to accepted topics, the
 * talks' materials and the sessions' recordings, the event's own mail texts, and the
 * attendees' feedback and interest marks, each where the database refuses it reported at
 * its place in the file (the registrations: {@link RegistrationRecords}). Part of
 * {@link EventFileImporter}'s one transaction.
 */
@Component
class EventFileRecords {

	private final AccountBackups accountBackups;

	private final ReviewBackups reviewBackups;

	private final MaterialBackups materialBackups;

	private final TopicBackups topicBackups;

	private final RegistrationBackups registrationBackups;

	private final MicroconferenceBackups microconferenceBackups;

	private final MailBackups mailBackups;

	private final TimetableBackups timetableBackups;

	EventFileRecords(AccountBackups accountBackups, ReviewBackups reviewBackups, MaterialBackups materialBackups,
			TopicBackups topicBackups, RegistrationBackups registrationBackups,
			MicroconferenceBackups microconferenceBackups, MailBackups mailBackups, TimetableBackups timetableBackups) {
		this.mailBackups = mailBackups;
		this.timetableBackups = timetableBackups;
		this.registrationBackups = registrationBackups;
		this.microconferenceBackups = microconferenceBackups;
		this.topicBackups = topicBackups;
		this.accountBackups = accountBackups;
		this.reviewBackups = reviewBackups;
		this.materialBackups = materialBackups;
	}

	/**
	 * Stores the file's accounts, or finds those whose address has one here already.
	 * @return the accounts' ids, by address key
	 */
	Map<String, Long> accounts(Event event, EventFileContent content, Map<String, Long> personIds) {
		Map<String, Long> ids = new HashMap<>();
		each(content, content.accounts(), "accounts", "account", account -> {
			FilePerson person = account.person() == null ? null : content.people().get(account.person());
			Long personId = person == null ? null : personIds.get(FilePeople.pinnedIdentity(person));
			ids.put(EmailKeys.of(account.email()),
					accountBackups.restore(event, TimetableImport.ACTOR, new BackedUpAccount(0, account.email(),
							account.name(), personId, account.emailVerifiedAt(), account.createdAt())));
		});
		return ids;
	}

	/** Stores the event's default call for topics and the MCs' calls' own settings. */
	void calls(Event event, EventFileContent content, Map<String, Long> microconferenceIds) {
		if (content.callDefaults() != null) {
			one(content, "/callForTopics", "call",
					() -> topicBackups.restoreCallDefaults(event, TimetableImport.ACTOR, content.callDefaults()));
		}
		List<String> slugs = content.microconferences().stream().map(FileMicroconference::slug).toList();
		content.microconferenceCalls()
			.forEach((slug, call) -> one(content, "/microconferences/" + slugs.indexOf(slug) + "/call", "call",
					() -> topicBackups.restoreMicroconferenceCall(event, TimetableImport.ACTOR,
							microconferenceIds.get(slug), call)));
	}

	/**
	 * Stores the event's settings that decide what its pages let people do: the review
	 * windows (which reviewer may save a review when), the registration rules and the
	 * window of the Call for Microconferences.
	 */
	void settings(Event event, EventFileContent content, Map<String, Long> microconferenceIds,
			Map<String, Long> trackIds) {
		List<FileReviewPhase> phases = content.reviewPhases();
		boolean withDefault = !phases.isEmpty() && phases.getFirst().call() == null;
		for (int i = 0; i < phases.size(); i++) {
			FileReviewPhase phase = phases.get(i);
			String pointer = phase.call() == null ? "/reviewPhaseDefaults"
					: "/reviewPhases/" + (withDefault ? i - 1 : i);
			one(content, pointer, "review phase",
					() -> reviewBackups.restore(event, TimetableImport.ACTOR,
							new BackedUpReviewPhase(phase.call() == null ? null : microconferenceIds.get(phase.call()),
									phase.call() == null ? null : trackIds.get(phase.call()), phase.window().opensAt(),
									phase.window().closesAt())));
		}
		if (content.registrationSettings() != null) {
			one(content, "/registrationSettings", "registration settings", () -> registrationBackups
				.restoreSettings(event, TimetableImport.ACTOR, content.registrationSettings()));
		}
		FileWindow call = content.microconferenceCall();
		if (call != null) {
			one(content, "/callForMicroconferences", "call for MCs", () -> microconferenceBackups.restoreCall(event,
					TimetableImport.ACTOR, call.opensAt(), call.closesAt()));
		}
	}

	/**
	 * Stores the Call for Microconferences' proposals beside their MCs, which are stored
	 * already, with their leads-to-be and reviews.
	 */
	void proposals(Event event, EventFileContent content, Map<String, Long> microconferenceIds,
			Map<String, Long> accountIds, Map<String, Long> personIds) {
		each(content, content.mcProposals(), "microconferenceProposals", "MC proposal",
				proposal -> microconferenceBackups.restore(event, TimetableImport.ACTOR, new BackedUpMcProposal(
						microconferenceIds.get(proposal.microconference()),
						accountId(accountIds, proposal.proposedBy()), proposal.pendingDecision(),
						accountId(accountIds, proposal.decidedBy()), proposal.decidedAt(), proposal.createdAt(),
						proposal.updatedAt(), proposal.submittedAt(), proposal.announcedAt(),
						proposal.leads()
							.stream()
							.map(lead -> new BackedUpMcProposal.Lead(
									personIds.get(FilePeople.pinnedIdentity(content.people().get(lead.person()))),
									lead.name(), lead.email()))
							.toList(),
						proposal.reviews()
							.stream()
							.map(review -> new BackedUpMcProposal.Review(accountId(accountIds, review.reviewer()),
									review.reviewerName(), review.score(), review.comment(), review.updatedAt()))
							.toList())));
	}

	void roles(Event event, EventFileContent content, Map<String, Long> microconferenceIds, Map<String, Long> trackIds,
			Map<String, Long> accountIds) {
		each(content, content.roles(), "roles", "role",
				role -> accountBackups.restoreRole(event, TimetableImport.ACTOR,
						new BackedUpRole(accountId(accountIds, role.account()), role.role(),
								role.microconference() == null ? null : microconferenceIds.get(role.microconference()),
								role.track() == null ? null : trackIds.get(role.track()),
								accountId(accountIds, role.grantedBy()), role.grantedAt())));
	}

	void reviews(Event event, EventFileContent content, Map<UUID, Long> topicIds, Map<String, Long> accountIds) {
		each(content, content.reviews(), "reviews", "review",
				review -> reviewBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpReview(topicIds.get(review.topic()), accountId(accountIds, review.reviewer()),
								review.score(), review.comment(), review.createdAt(), review.updatedAt())));
	}

	/**
	 * Stores the organisers' conflict marks and the reviewers' declared conflicts, so the
	 * restored event hides from each account what it hid before.
	 */
	void conflicts(Event event, EventFileContent content, Map<UUID, Long> topicIds, Map<String, Long> accountIds,
			Map<String, Long> personIds) {
		each(content, content.conflicts().marks(), "conflictMarks", "conflict mark",
				mark -> reviewBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpConflicts.Mark(accountId(accountIds, mark.account()),
								personIds.get(FilePeople.pinnedIdentity(content.people().get(mark.person()))),
								mark.reason(), accountId(accountIds, mark.markedBy()), mark.markedAt())));
		each(content, content.conflicts().declarations(), "declaredConflicts", "declared conflict",
				declared -> reviewBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpConflicts.Declaration(topicIds.get(declared.topic()),
								accountId(accountIds, declared.account()), declared.reason(), declared.declaredAt())));
		reviewBackups.countReviewedTopics(event);
	}

	void confirmations(Event event, EventFileContent content, Map<UUID, Long> topicIds, Map<String, Long> personIds) {
		each(content, content.confirmations(), "speakerConfirmations", "speaker confirmation",
				answer -> topicBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpConfirmation(topicIds.get(answer.topic()),
								personIds.get(FilePeople.pinnedIdentity(content.people().get(answer.person()))),
								answer.announcedAt(), answer.answer(), answer.answeredAt(), answer.remindedAt())));
	}

	void materials(Event event, EventFileContent content, Map<UUID, Long> topicIds, Map<String, Long> accountIds) {
		each(content, content.materials(), "materials", "material", file -> {
			BackedUpMaterial read = file.material();
			materialBackups.restore(event, TimetableImport.ACTOR,
					new BackedUpMaterial(0, read.guid(), topicIds.get(file.topic()), read.kind(), read.title(),
							read.privateMaterial(), read.url(), read.fileName(), read.mediaType(), read.sizeBytes(),
							accountId(accountIds, file.addedBy()), read.addedAt()),
					file.content());
		});
	}

	void recordings(Event event, EventFileContent content, Map<UUID, Long> topicIds) {
		each(content, content.recordings(), "recordings", "recording", file -> {
			Map<Long, Integer> offsets = new HashMap<>();
			file.talks().forEach(talk -> offsets.put(topicIds.get(talk.topic()), talk.offset()));
			materialBackups.restoreRecording(event, TimetableImport.ACTOR,
					new BackedUpRecording(file.session(), file.url(), file.updatedAt(), offsets));
		});
	}

	/** Stores the event's own mail texts, each the wording of its purpose's next mail. */
	void mailTemplates(Event event, EventFileContent content) {
		each(content, content.mailTemplates(), "mailTemplates", "mail template",
				template -> mailBackups.restore(event.id(), TimetableImport.ACTOR, template));
	}

	/**
	 * Stores the attendees' feedback on the talks, then the interest marks, each MC's and
	 * talk's count made afresh from them.
	 */
	void audience(Event event, EventFileContent content, Map<String, Long> microconferenceIds, Map<UUID, Long> topicIds,
			Map<String, Long> accountIds) {
		each(content, content.feedback(), "feedback", "feedback",
				given -> materialBackups.restoreFeedback(event, TimetableImport.ACTOR,
						new BackedUpFeedback(topicIds.get(given.topic()), accountId(accountIds, given.account()),
								given.rating(), given.comment(), given.createdAt(), given.updatedAt())));
		List<BackedUpInterestMark> marks = content.interestMarks()
			.stream()
			.map(mark -> new BackedUpInterestMark(accountId(accountIds, mark.account()), mark.visitor(),
					mark.microconference() == null ? null : microconferenceIds.get(mark.microconference()),
					mark.topic() == null ? null : topicIds.get(mark.topic()), mark.markedAt()))
			.toList();
		one(content, "/interestMarks", "interest marks",
				() -> timetableBackups.restoreInterestMarks(event, TimetableImport.ACTOR, marks));
	}

	/**
	 * Writes back each record of a list of the file, reporting the first the database
	 * refuses at its place in the list.
	 * @param list the list's property in the file
	 * @param what one record, as the problem names it
	 */
	static <T> void each(EventFileContent content, List<T> records, String list, String what, Consumer<T> restore) {
		for (int i = 0; i < records.size(); i++) {
			int index = i;
			one(content, "/" + list + "/" + i, what, () -> restore.accept(records.get(index)));
		}
	}

	/** Writes back one record of the file, reporting a refusal of the database at it. */
	static void one(EventFileContent content, String pointer, String what, Runnable restore) {
		try {
			restore.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw refused(content, pointer, what, ex);
		}
	}

	/** The problem of a record the database refused, at its place in the file. */
	static EventFileException refused(EventFileContent content, String pointer, String what,
			DataIntegrityViolationException ex) {
		return new EventFileException(content.source()
			.problem(pointer, "the database refused this " + what + ": " + DatabaseRefusal.reason(ex)));
	}

	/** The stored account of an address of the file, or null for none. */
	static Long accountId(Map<String, Long> accountIds, String email) {
		return email == null ? null : accountIds.get(EmailKeys.of(email));
	}

}
