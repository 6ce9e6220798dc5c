package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.account.AccountBackups;
import org.plumbline.account.BackedUpAccount;
import org.plumbline.account.BackedUpRole;
import org.plumbline.cfp.BackedUpConfirmation;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.importer.EventFileException;
import org.plumbline.importer.domain.EventFileContent.FileAccount;
import org.plumbline.importer.domain.EventFileContent.FileConfirmation;
import org.plumbline.importer.domain.EventFileContent.FileConflictMark;
import org.plumbline.importer.domain.EventFileContent.FileDeclaredConflict;
import org.plumbline.importer.domain.EventFileContent.FileMaterial;
import org.plumbline.importer.domain.EventFileContent.FileMicroconference;
import org.plumbline.importer.domain.EventFileContent.FilePerson;
import org.plumbline.importer.domain.EventFileContent.FileRecording;
import org.plumbline.importer.domain.EventFileContent.FileReview;
import org.plumbline.importer.domain.EventFileContent.FileRole;
import org.plumbline.material.BackedUpMaterial;
import org.plumbline.material.BackedUpRecording;
import org.plumbline.material.MaterialBackups;
import org.plumbline.people.EmailKeys;
import org.plumbline.review.BackedUpConflicts;
import org.plumbline.review.BackedUpReview;
import org.plumbline.review.ReviewBackups;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes back the records an event data file carries beside its programme: the calls'
 * settings, the accounts it refers to, the roles granted to them, the reviews, the
 * conflicts of interest, the speakers' answers to accepted topics, the talks' materials
 * and the sessions' recordings, each where the database refuses it reported at its place
 * in the file (the registrations: {@link RegistrationRecords}). Part of
 * {@link EventFileImporter}'s one transaction.
 */
@Component
class EventFileRecords {

	private final AccountBackups accountBackups;

	private final ReviewBackups reviewBackups;

	private final MaterialBackups materialBackups;

	private final TopicBackups topicBackups;

	EventFileRecords(AccountBackups accountBackups, ReviewBackups reviewBackups, MaterialBackups materialBackups,
			TopicBackups topicBackups) {
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
		List<FileAccount> accounts = content.accounts();
		for (int i = 0; i < accounts.size(); i++) {
			FileAccount account = accounts.get(i);
			FilePerson person = account.person() == null ? null : content.people().get(account.person());
			Long personId = person == null ? null : personIds.get(FilePeople.pinnedIdentity(person));
			try {
				ids.put(EmailKeys.of(account.email()),
						accountBackups.restore(event, TimetableImport.ACTOR, new BackedUpAccount(0, account.email(),
								account.name(), personId, account.emailVerifiedAt(), account.createdAt())));
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/accounts/" + i, "account", ex);
			}
		}
		return ids;
	}

	/** Stores the event's default call for topics and the MCs' calls' own settings. */
	void calls(Event event, EventFileContent content, Map<String, Long> microconferenceIds) {
		if (content.callDefaults() != null) {
			try {
				topicBackups.restoreCallDefaults(event, TimetableImport.ACTOR, content.callDefaults());
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/callForTopics", "call", ex);
			}
		}
		List<String> slugs = content.microconferences().stream().map(FileMicroconference::slug).toList();
		content.microconferenceCalls().forEach((slug, call) -> {
			try {
				topicBackups.restoreMicroconferenceCall(event, TimetableImport.ACTOR, microconferenceIds.get(slug),
						call);
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/microconferences/" + slugs.indexOf(slug) + "/call", "call", ex);
			}
		});
	}

	void roles(Event event, EventFileContent content, Map<String, Long> microconferenceIds, Map<String, Long> trackIds,
			Map<String, Long> accountIds) {
		List<FileRole> roles = content.roles();
		for (int i = 0; i < roles.size(); i++) {
			FileRole role = roles.get(i);
			try {
				accountBackups.restoreRole(event, TimetableImport.ACTOR,
						new BackedUpRole(accountId(accountIds, role.account()), role.role(),
								role.microconference() == null ? null : microconferenceIds.get(role.microconference()),
								role.track() == null ? null : trackIds.get(role.track()),
								accountId(accountIds, role.grantedBy()), role.grantedAt()));
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/roles/" + i, "role", ex);
			}
		}
	}

	void reviews(Event event, EventFileContent content, Map<UUID, Long> topicIds, Map<String, Long> accountIds) {
		List<FileReview> reviews = content.reviews();
		for (int i = 0; i < reviews.size(); i++) {
			FileReview review = reviews.get(i);
			try {
				reviewBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpReview(topicIds.get(review.topic()), accountId(accountIds, review.reviewer()),
								review.score(), review.comment(), review.createdAt(), review.updatedAt()));
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/reviews/" + i, "review", ex);
			}
		}
	}

	/**
	 * Stores the organisers' conflict marks and the reviewers' declared conflicts, so the
	 * restored event hides from each account what it hid before.
	 */
	void conflicts(Event event, EventFileContent content, Map<UUID, Long> topicIds, Map<String, Long> accountIds,
			Map<String, Long> personIds) {
		List<FileConflictMark> marks = content.conflicts().marks();
		for (int i = 0; i < marks.size(); i++) {
			FileConflictMark mark = marks.get(i);
			try {
				reviewBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpConflicts.Mark(accountId(accountIds, mark.account()),
								personIds.get(FilePeople.pinnedIdentity(content.people().get(mark.person()))),
								mark.reason(), accountId(accountIds, mark.markedBy()), mark.markedAt()));
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/conflictMarks/" + i, "conflict mark", ex);
			}
		}
		List<FileDeclaredConflict> declarations = content.conflicts().declarations();
		for (int i = 0; i < declarations.size(); i++) {
			FileDeclaredConflict declared = declarations.get(i);
			try {
				reviewBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpConflicts.Declaration(topicIds.get(declared.topic()),
								accountId(accountIds, declared.account()), declared.reason(), declared.declaredAt()));
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/declaredConflicts/" + i, "declared conflict", ex);
			}
		}
	}

	void confirmations(Event event, EventFileContent content, Map<UUID, Long> topicIds, Map<String, Long> personIds) {
		List<FileConfirmation> confirmations = content.confirmations();
		for (int i = 0; i < confirmations.size(); i++) {
			FileConfirmation answer = confirmations.get(i);
			try {
				topicBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpConfirmation(topicIds.get(answer.topic()),
								personIds.get(FilePeople.pinnedIdentity(content.people().get(answer.person()))),
								answer.announcedAt(), answer.answer(), answer.answeredAt(), answer.remindedAt()));
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/speakerConfirmations/" + i, "speaker confirmation", ex);
			}
		}
	}

	void materials(Event event, EventFileContent content, Map<UUID, Long> topicIds, Map<String, Long> accountIds) {
		List<FileMaterial> materials = content.materials();
		for (int i = 0; i < materials.size(); i++) {
			FileMaterial file = materials.get(i);
			BackedUpMaterial read = file.material();
			try {
				materialBackups.restore(event, TimetableImport.ACTOR,
						new BackedUpMaterial(0, read.guid(), topicIds.get(file.topic()), read.kind(), read.title(),
								read.privateMaterial(), read.url(), read.fileName(), read.mediaType(), read.sizeBytes(),
								accountId(accountIds, file.addedBy()), read.addedAt()),
						file.content());
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/materials/" + i, "material", ex);
			}
		}
	}

	void recordings(Event event, EventFileContent content, Map<UUID, Long> topicIds) {
		List<FileRecording> recordings = content.recordings();
		for (int i = 0; i < recordings.size(); i++) {
			FileRecording file = recordings.get(i);
			Map<Long, Integer> offsets = new HashMap<>();
			file.talks().forEach(talk -> offsets.put(topicIds.get(talk.topic()), talk.offset()));
			try {
				materialBackups.restoreRecording(event, TimetableImport.ACTOR,
						new BackedUpRecording(file.session(), file.url(), file.updatedAt(), offsets));
			}
			catch (DataIntegrityViolationException ex) {
				throw refused(content, "/recordings/" + i, "recording", ex);
			}
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
