package org.plumbline.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.domain.PaymentRepository;
import org.plumbline.registration.domain.RegistrationMail;
import org.plumbline.registration.domain.RegistrationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires registrations left unpaid after their due instant (issue 13, point 3): each
 * becomes EXPIRED, its place is freed and offered to the first in the type's waiting
 * line, its attendee is mailed, and the change is audited with the system as actor. Every
 * instance runs the job; a short transaction claims a batch of overdue registrations with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, as the mail outbox does, so two instances
 * divide them and an instance that dies leaves its claim to the next run. Each is then
 * expired in a transaction of its own that locks its ticket type's row first, like every
 * transaction that counts places, and ends it only if it still awaits payment at the
 * version read under that lock: a payment recorded meanwhile wins.
 */
@Component
class RegistrationExpiry {

	/** Who the audit log names as the actor. */
	static final String ACTOR = "payment expiry";

	static final int BATCH_SIZE = 20;

	/** How long a claim keeps other instances off; far longer than expiring a batch. */
	static final Duration LEASE = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(RegistrationExpiry.class);

	private final RegistrationRepository registrations;

	private final PaymentRepository payments;

	private final EventCatalog events;

	private final WaitingList waitingList;

	private final RegistrationMail mail;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	RegistrationExpiry(RegistrationRepository registrations, PaymentRepository payments, EventCatalog events,
			WaitingList waitingList, RegistrationMail mail, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.registrations = registrations;
		this.payments = payments;
		this.events = events;
		this.waitingList = waitingList;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${plumbline.registration.expiry-interval:PT5M}",
			initialDelayString = "${plumbline.registration.expiry-interval:PT5M}")
	void run() {
		try {
			expireDue();
		}
		catch (RuntimeException ex) {
			// the database is away: the next run claims what is due then
			log.warn("Expiring unpaid registrations failed: {}", ex.toString());
		}
	}

	/** Expires every registration overdue now; returns how many this run expired. */
	int expireDue() {
		int expired = 0;
		List<Long> claimed;
		do {
			Instant now = clock.instant();
			claimed = transaction.execute(status -> payments.claimOverdue(now, BATCH_SIZE, now.plus(LEASE)));
			for (long id : claimed) {
				if (expireClaimed(id, now)) {
					expired++;
				}
			}
		}
		while (claimed.size() == BATCH_SIZE);
		return expired;
	}

	private boolean expireClaimed(long id, Instant now) {
		try {
			return Boolean.TRUE.equals(transaction.execute(status -> expire(id, now)));
		}
		catch (RuntimeException ex) {
			// its lease lets the next run try again, after the others of this run
			log.warn("Registration {} could not be expired: {}", id, ex.toString());
			return false;
		}
	}

	private boolean expire(long id, Instant now) {
		Optional<Registration> claimed = registrations.find(id);
		if (claimed.isEmpty()) {
			return false;
		}
		long eventId = claimed.get().eventId();
		long ticketTypeId = claimed.get().ticketTypeId();
		registrations.lock(eventId, ticketTypeId).orElseThrow();
		Registration before = registrations.find(eventId, id).orElseThrow();
		if (before.status() != RegistrationStatus.AWAITING_PAYMENT || before.paymentDueAt().isAfter(now)
				|| !registrations.end(id, before.version(), RegistrationStatus.EXPIRED, now)) {
			return false;
		}
		registrations.freePlace(ticketTypeId);
		Event event = events.findById(eventId).orElseThrow();
		Registration after = registrations.find(id).orElseThrow();
		audit.record(new AuditEntry(eventId, null, ACTOR, "registration", Long.toString(id), "registration-expired",
				before.audited(event.timeZone()), after.audited(event.timeZone()), null));
		waitingList.offerFreePlaces(event, ticketTypeId);
		mail.send(RegistrationMail.EXPIRED, event, after,
				Map.of("due", EventTimes.shown(before.paymentDueAt(), event.timeZone())));
		return true;
	}

}
