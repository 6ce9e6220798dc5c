package org.plumbline.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.account.SignedInAccount;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.domain.OfferMailPurposes;
import org.plumbline.registration.domain.OfferRepository;
import org.plumbline.registration.domain.OfferRepository.Waiting;
import org.plumbline.registration.domain.PassRepository;
import org.plumbline.registration.domain.RegistrationMail;
import org.plumbline.registration.domain.PaymentRepository;
import org.plumbline.registration.domain.RegistrationRepository;
import org.plumbline.registration.domain.RegistrationRepository.Places;
import org.plumbline.registration.domain.RegistrationSettingsRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A full ticket type's waiting line and the offers of its freed places (issue 13, point
 * 5). The line is ordered by the tier each account stands in now, then by arrival. A
 * place that frees (a cancellation, an expiry, more places) is taken at once, in the
 * transaction that freed it, for the first in line, and offered to them by mail for the
 * event's offer time; taken, it registers them; declined or unanswered, it passes to the
 * next. So a place is never free while someone waits for it.
 */
@Service
public class WaitingList {

	/** Who the audit log names for what the waiting list does by itself. */
	static final String SYSTEM_ACTOR = "waiting-list";

	private final RegistrationRepository registrations;

	private final PaymentRepository payments;

	private final OfferRepository offers;

	private final PassRepository passes;

	private final RegistrationSettingsRepository settings;

	private final TierStandings standings;

	private final RegistrationMail mail;

	private final AuditLog audit;

	private final Clock clock;

	WaitingList(RegistrationRepository registrations, PaymentRepository payments, OfferRepository offers,
			PassRepository passes, RegistrationSettingsRepository settings, TierStandings standings,
			RegistrationMail mail, AuditLog audit, Clock clock) {
		this.registrations = registrations;
		this.payments = payments;
		this.offers = offers;
		this.passes = passes;
		this.settings = settings;
		this.standings = standings;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Offers each free place of the ticket type to the next in its line, one offer per
	 * place, in the caller's transaction, which holds the type's lock.
	 * @return how many offers it made
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int offerFreePlaces(Event event, long ticketTypeId) {
		Places places = registrations.lock(event.id(), ticketTypeId).orElseThrow();
		int free = places.capacity() - places.taken();
		if (free <= 0) {
			return 0;
		}
		Instant now = clock.instant();
		Instant expires = now.plus(Duration.ofHours(settings.of(event.id()).offerHours()));
		int made = 0;
		for (long id : line(event, ticketTypeId)) {
			if (made == free) {
				break;
			}
			if (offers.offer(id, expires, now)) {
				if (!registrations.takePlace(ticketTypeId)) {
					throw new IllegalStateException("ticket type " + ticketTypeId + " had no free place to offer");
				}
				Registration offered = registrations.find(id).orElseThrow();
				record(event, null, offered, "registration-offered",
						Map.of("status", RegistrationStatus.WAITING.name()), offered.audited(event.timeZone()));
				mail.send(OfferMailPurposes.OFFER_MADE, event, offered,
						Map.of("until", EventTimes.shown(expires, event.timeZone())));
				made++;
			}
		}
		return made;
	}

	/**
	 * The place of a waiting registration in its type's line, from 1; 0 for one that does
	 * not wait.
	 */
	@Transactional(readOnly = true)
	public int position(Event event, Registration registration) {
		if (registration.status() != RegistrationStatus.WAITING) {
			return 0;
		}
		return line(event, registration.ticketTypeId()).indexOf(registration.id()) + 1;
	}

	/** The waiting-list tier the registration's account stands in now. */
	@Transactional(readOnly = true)
	public WaitingTier tier(Event event, Registration registration) {
		return standings.tierOf(event, registration.accountId());
	}

	/**
	 * Takes the place offered to the account: registered at once for a free ticket, else
	 * awaiting payment for the event's days to pay.
	 * @throws RegistrationRefusedException if the offer ended
	 * @throws OptimisticLockingFailureException if the account has no offer, or its
	 * registration changed since the page was opened
	 */
	@Transactional
	public Registration accept(Event event, SignedInAccount account, int version) {
		Registration before = offered(event, account, version);
		Instant now = clock.instant();
		if (!now.isBefore(before.offerExpiresAt())) {
			throw new RegistrationRefusedException("The offer ended "
					+ EventTimes.shown(before.offerExpiresAt(), event.timeZone()) + ", so the place went on.");
		}
		registrations.lock(event.id(), before.ticketTypeId()).orElseThrow();
		RegistrationStatus status = before.free() ? RegistrationStatus.REGISTERED : RegistrationStatus.AWAITING_PAYMENT;
		Instant due = before.free() ? null : now.plus(Duration.ofDays(settings.of(event.id()).paymentDays()));
		if (!offers.take(before.id(), version, status.name(), due, now)) {
			throw new OptimisticLockingFailureException(Registrations.STALE);
		}
		Registration after = registrations.find(before.id()).orElseThrow();
		record(event, account.id(), after, "registration-offer-taken", before.audited(event.timeZone()),
				after.audited(event.timeZone()));
		if (status == RegistrationStatus.REGISTERED) {
			mail.send(RegistrationMail.CONFIRMED, event, after, Map.of());
		}
		else {
			mail.send(RegistrationMail.AWAITING_PAYMENT, event, after,
					Map.of("amount", after.priceShown(), "due", EventTimes.shown(due, event.timeZone()), "bank_details",
							settings.of(event.id()).bankDetailsOrNotice()));
		}
		return after;
	}

	/**
	 * Declines the place offered to the account: the registration ends, and the place
	 * goes to the next in line.
	 * @throws OptimisticLockingFailureException if the account has no offer, or its
	 * registration changed since the page was opened
	 */
	@Transactional
	public Registration decline(Event event, SignedInAccount account, int version) {
		Registration before = offered(event, account, version);
		return end(event, account.id(), before, RegistrationStatus.CANCELLED, "registration-offer-declined");
	}

	/**
	 * Ends an offer that was not taken in time, passing its place on; in its own
	 * transaction, so that of two instances only the first ends it.
	 * @return false if it was taken, declined or ended meanwhile
	 */
	@Transactional
	public boolean expire(Event event, long registrationId, int version) {
		Registration before = registrations.find(registrationId)
			.filter(registration -> registration.version() == version
					&& registration.status() == RegistrationStatus.OFFERED)
			.orElse(null);
		if (before == null || clock.instant().isBefore(before.offerExpiresAt())) {
			return false;
		}
		try {
			Registration after = end(event, null, before, RegistrationStatus.OFFER_EXPIRED,
					"registration-offer-expired");
			mail.send(OfferMailPurposes.OFFER_EXPIRED, event, after,
					Map.of("until", EventTimes.shown(before.offerExpiresAt(), event.timeZone())));
			return true;
		}
		catch (OptimisticLockingFailureException raced) {
			return false;
		}
	}

	/**
	 * Reminds the attendee once that their offer ends within a day; in its own
	 * transaction.
	 * @return false if another run reminded them, or the offer changed
	 */
	@Transactional
	public boolean remind(Event event, long registrationId, int version) {
		if (!offers.claimReminder(registrationId, version, clock.instant())) {
			return false;
		}
		Registration offered = registrations.find(registrationId).orElseThrow();
		mail.send(OfferMailPurposes.OFFER_ENDING, event, offered,
				Map.of("until", EventTimes.shown(offered.offerExpiresAt(), event.timeZone())));
		return true;
	}

	/**
	 * Ends an active registration, in the caller's transaction: a place it held goes to
	 * the next in its type's line, a pass that made it goes back to its holder, and a
	 * payment made for it is marked for refund.
	 * @param actorAccountId who ended it, or {@code null} for the waiting list itself
	 * @throws OptimisticLockingFailureException if it changed since it was read
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Registration end(Event event, Long actorAccountId, Registration before, RegistrationStatus ended, String action) {
		if (!before.byPass()) {
			registrations.lock(event.id(), before.ticketTypeId()).orElseThrow();
		}
		if (!registrations.end(before.id(), before.version(), ended, clock.instant())) {
			throw new OptimisticLockingFailureException(Registrations.STALE);
		}
		payments.markRefundDue(before.id());
		Registration after = registrations.find(before.id()).orElseThrow();
		record(event, actorAccountId, after, action, before.audited(event.timeZone()), after.audited(event.timeZone()));
		if (before.byPass()) {
			McPass used = passes.lock(event.id(), before.passId()).orElseThrow();
			passes.release(used.id());
			McPass released = passes.lock(event.id(), used.id()).orElseThrow();
			audit.record(new AuditEntry(event.id(), actorAccountId, actorAccountId == null ? SYSTEM_ACTOR : null,
					"mc-pass", Long.toString(used.id()), "mc-pass-released", used.audited(), released.audited(), null));
		}
		else if (before.status().holdsPlace()) {
			registrations.freePlace(before.ticketTypeId());
			offerFreePlaces(event, before.ticketTypeId());
		}
		return after;
	}

	private Registration offered(Event event, SignedInAccount account, int version) {
		return registrations.activeOf(event.id(), account.id())
			.filter(registration -> registration.version() == version
					&& registration.status() == RegistrationStatus.OFFERED)
			.orElseThrow(() -> new OptimisticLockingFailureException(Registrations.STALE));
	}

	/**
	 * The ids of the type's waiting registrations in the order they are served: by their
	 * accounts' tiers as they stand now, then by arrival.
	 */
	List<Long> line(Event event, long ticketTypeId) {
		List<Waiting> waiting = offers.waiting(ticketTypeId);
		Map<Long, Long> registrationOf = waiting.stream().collect(Collectors.toMap(Waiting::accountId, Waiting::id));
		return standings.inLine(event, waiting.stream().map(Waiting::accountId).toList())
			.stream()
			.map(registrationOf::get)
			.toList();
	}

	private void record(Event event, Long actorAccountId, Registration registration, String action, Object before,
			Object after) {
		audit.record(new AuditEntry(event.id(), actorAccountId, actorAccountId == null ? SYSTEM_ACTOR : null,
				"registration", Long.toString(registration.id()), action, before, after, null));
	}

}
