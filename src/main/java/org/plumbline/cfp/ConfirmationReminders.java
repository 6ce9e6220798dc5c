package org.plumbline.cfp;

import java.time.Clock;
import java.time.Instant;

import org.plumbline.cfp.domain.ConfirmationRepository;
import org.plumbline.cfp.domain.ConfirmationRepository.ReminderCandidate;
import org.plumbline.cfp.domain.DecisionMail;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each speaker of an accepted topic who has neither confirmed nor declined, once,
 * when the event's delay after the announcement has passed (7 days unless the organisers
 * set another on the calls' page). Every instance runs the job; each reminder is claimed
 * in the database in the transaction that queues its mail, so only one instance sends it,
 * and a failed mail leaves it unclaimed for the next run.
 */
@Component
class ConfirmationReminders {

	private final ConfirmationRepository confirmations;

	private final DecisionMail mail;

	private final Topics topics;

	private final EventCatalog events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ConfirmationReminders(ConfirmationRepository confirmations, DecisionMail mail, Topics topics, EventCatalog events,
			Clock clock, PlatformTransactionManager transactionManager) {
		this.confirmations = confirmations;
		this.mail = mail;
		this.topics = topics;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${plumbline.cfp.reminder-interval:PT10M}",
			initialDelayString = "${plumbline.cfp.reminder-interval:PT10M}")
	void run() {
		sendDue();
	}

	/** Sends every reminder that is due now; returns how many this run claimed. */
	int sendDue() {
		Instant now = clock.instant();
		int sent = 0;
		for (ReminderCandidate candidate : transaction.execute(status -> confirmations.due(now))) {
			Boolean claimed = transaction.execute(status -> remind(candidate, now));
			if (Boolean.TRUE.equals(claimed)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean remind(ReminderCandidate candidate, Instant now) {
		if (!confirmations.claimReminder(candidate.topicId(), candidate.personId(), now)) {
			return false;
		}
		Topic topic = topics.view(candidate.topicId());
		Event event = events.findById(topic.eventId()).orElseThrow();
		topic.speakers()
			.stream()
			.filter(speaker -> speaker.personId() == candidate.personId())
			.findFirst()
			.ifPresent(speaker -> mail.reminder(event, topic, speaker));
		return true;
	}

}
