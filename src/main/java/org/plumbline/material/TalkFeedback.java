package org.plumbline.material;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.material.domain.FeedbackRepository;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationStatus;
import org.plumbline.registration.Registrations;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback on talks (issue 14, point 3): from the moment a talk of the released timetable
 * starts on the event's clock, each attendee registered for the event (holding a place as
 * registered; awaiting payment, waiting or offered a place does not count) gives it one
 * rating and comment, and edits them. A talk's speakers, the leads of its MC and the
 * organisers read it ({@link FeedbackReports}); nobody else learns it exists.
 */
@Service
public class TalkFeedback {

	public static final int LOWEST_RATING = 1;

	public static final int HIGHEST_RATING = 5;

	public static final int MAX_COMMENT_LENGTH = 4000;

	static final String STALE = "Your feedback on this talk changed since you opened the page (in another window?); nothing was saved.";

	private final FeedbackReaders readers;

	private final Registrations registrations;

	private final FeedbackRepository feedback;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	TalkFeedback(FeedbackReaders readers, Registrations registrations, FeedbackRepository feedback, AuditLog audit,
			Clock clock, PlatformTransactionManager transactions) {
		this.readers = readers;
		this.registrations = registrations;
		this.feedback = feedback;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The feedback form of a talk for an account: whether it may give feedback now, and
	 * what it gave.
	 * @param talkGuid the GUID in the talk's address, as typed
	 * @throws FeedbackNotFoundException for a talk the latest released timetable lacks
	 */
	@Transactional(readOnly = true)
	public FeedbackForm form(Event event, String talkGuid, long accountId) {
		FeedbackTalk talk = readers.talk(event, talkGuid);
		return new FeedbackForm(talk, !clock.instant().isBefore(talk.talk().startsAt()), refusal(talk, accountId),
				feedback.of(talk.talk().topicId(), accountId), readers.mayRead(talk, accountId));
	}

	/**
	 * Saves an account's feedback on a talk: its first, or an edit of the one it gave, at
	 * the version the form showed, and audits it.
	 * @param version the saved feedback's version the form showed, or {@code null} for a
	 * form that showed none
	 * @throws FeedbackNotFoundException for a talk the latest released timetable lacks
	 * @throws FeedbackRefusedException before the talk starts or for an account not
	 * registered for the event
	 * @throws OptimisticLockingFailureException if the account's feedback on the talk is
	 * no longer what the form showed (saved or changed in another window)
	 * @throws org.plumbline.validation.InvalidFields for a rating outside 1 to 5 or a
	 * comment too long
	 */
	public Feedback give(Event event, String talkGuid, long accountId, String rating, String comment, Integer version) {
		try {
			return transaction.execute(status -> save(event, talkGuid, accountId, rating, comment, version));
		}
		catch (DuplicateKeyException raced) {
			throw new OptimisticLockingFailureException(STALE, raced);
		}
	}

	private Feedback save(Event event, String talkGuid, long accountId, String typedRating, String typedComment,
			Integer version) {
		FeedbackTalk talk = readers.talk(event, talkGuid);
		refusal(talk, accountId).ifPresent(reason -> {
			throw new FeedbackRefusedException(reason);
		});
		long topicId = talk.talk().topicId();
		Optional<Feedback> saved = feedback.of(topicId, accountId);
		if (!saved.map(Feedback::version).equals(Optional.ofNullable(version))) {
			throw new OptimisticLockingFailureException(STALE);
		}
		FieldChecks checks = new FieldChecks();
		Integer rating = rating(checks, typedRating);
		String comment = checks.optionalText("comment", typedComment, MAX_COMMENT_LENGTH);
		checks.throwIfAny();
		Instant now = clock.instant();
		if (saved.isEmpty()) {
			long id = feedback.insert(event.id(), topicId, accountId, rating, comment, now);
			Feedback given = feedback.find(id).orElseThrow();
			record(event, accountId, given, "feedback-given", null, given.audited());
			return given;
		}
		Feedback before = saved.get();
		if (!feedback.update(before.id(), before.version(), rating, comment, now)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Feedback after = feedback.find(before.id()).orElseThrow();
		record(event, accountId, after, "feedback-edited", before.audited(), after.audited());
		return after;
	}

	/** Why the account may not give feedback on the talk now, or empty when it may. */
	private Optional<String> refusal(FeedbackTalk talk, long accountId) {
		Instant startsAt = talk.talk().startsAt();
		if (clock.instant().isBefore(startsAt)) {
			return Optional.of("Feedback on this talk opens when it starts, at "
					+ EventTimes.shown(startsAt, talk.event().timeZone()) + ".");
		}
		Optional<Registration> registration = registrations.mine(talk.event(), accountId);
		if (registration.isEmpty()) {
			return Optional.of("Only attendees registered for " + talk.event().name()
					+ " give feedback on its talks, and you are not registered.");
		}
		RegistrationStatus status = registration.get().status();
		if (status != RegistrationStatus.REGISTERED) {
			return Optional.of("Only attendees registered for " + talk.event().name()
					+ " give feedback on its talks; your registration is " + status.words().toLowerCase(Locale.ROOT)
					+ ", so it does not count yet.");
		}
		return Optional.empty();
	}

	private static Integer rating(FieldChecks checks, String typed) {
		Optional<String> problem = Optional.of("Choose a rating from " + LOWEST_RATING + " to " + HIGHEST_RATING + ".");
		int rating;
		try {
			rating = Integer.parseInt(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException notANumber) {
			checks.check("rating", problem);
			return null;
		}
		if (rating < LOWEST_RATING || rating > HIGHEST_RATING) {
			checks.check("rating", problem);
			return null;
		}
		return rating;
	}

	private void record(Event event, long accountId, Feedback feedback, String action, Object before, Object after) {
		audit.record(new AuditEntry(event.id(), accountId, null, "talk-feedback", Long.toString(feedback.id()), action,
				before, after, null));
	}

}
