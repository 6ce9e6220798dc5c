package org.plumbline.registration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.AccountSummary;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.domain.Amounts;
import org.plumbline.registration.domain.PaymentRepository;
import org.plumbline.registration.domain.RegistrationMail;
import org.plumbline.registration.domain.RegistrationRepository;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments recorded, not processed (issue 13, point 3): organisers see the registrations
 * awaiting payment and mark one paid with the amount received; it becomes registered, its
 * attendee is mailed, and the change is audited, in one transaction.
 */
@Service
public class Payments {

	static final String STALE = "The registration changed since you opened the page.";

	private final RegistrationRepository registrations;

	private final PaymentRepository payments;

	private final Rights rights;

	private final RegistrationMail mail;

	private final AuditLog audit;

	private final AccountPersons accounts;

	private final Clock clock;

	Payments(RegistrationRepository registrations, PaymentRepository payments, Rights rights, AccountPersons accounts,
			RegistrationMail mail, AuditLog audit, Clock clock) {
		this.registrations = registrations;
		this.payments = payments;
		this.rights = rights;
		this.accounts = accounts;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The event's registrations awaiting payment, the first due first.
	 * @throws PaymentNotFoundException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<Registrant> awaiting(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		List<Registration> awaiting = payments.awaiting(event.id());
		Map<Long, AccountSummary> holders = accounts
			.summaries(awaiting.stream().map(Registration::accountId).collect(Collectors.toSet()));
		return awaiting.stream()
			.map(registration -> new Registrant(registration, holders.get(registration.accountId()).displayName(),
					holders.get(registration.accountId()).email()))
			.toList();
	}

	/**
	 * Records the payment of a registration awaiting it, at the version the organiser's
	 * page showed.
	 * @param typedAmount the amount received, in the registration's currency
	 * @throws PaymentNotFoundException if the account does not organise the event, or the
	 * registration is not the event's
	 * @throws InvalidFields beside {@code amount} for an amount that is no amount, is
	 * negative or has more decimals than the currency
	 * @throws RegistrationRefusedException if it was paid already, or nothing is due
	 * @throws OptimisticLockingFailureException if it changed since the page was opened
	 */
	@Transactional
	public Registration markPaid(Event event, long actorAccountId, long registrationId, int version,
			String typedAmount) {
		Organisers.require(rights, event, actorAccountId);
		Registration before = registrations.find(event.id(), registrationId)
			.orElseThrow(() -> new PaymentNotFoundException("no registration " + registrationId + " in the event"));
		refuseUnlessDue(event, before);
		long received = received(before, typedAmount);
		if (before.version() != version) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Instant now = clock.instant();
		if (!payments.markPaid(before.id(), version, received, actorAccountId, null, now)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		return recorded(event, actorAccountId, before, received, Map.of());
	}

	/**
	 * Audits and announces a payment just recorded, in the caller's transaction.
	 * @param before the registration as it was before the payment
	 * @param received the amount received, in the registration's currency's minor units
	 * @param source what else the audit entry says of where the payment was found
	 */
	Registration recorded(Event event, long actorAccountId, Registration before, long received,
			Map<String, Object> source) {
		Registration after = registrations.find(before.id()).orElseThrow();
		Map<String, Object> paid = after.audited(event.timeZone());
		String amount = Prices.amount(received, after.currency()) + " " + after.currency();
		paid.put("amountReceived", amount);
		paid.putAll(source);
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "registration", Long.toString(after.id()),
				"registration-paid", before.audited(event.timeZone()), paid, null));
		mail.send(RegistrationMail.PAID, event, after, Map.of("amount", amount));
		return after;
	}

	/**
	 * @throws RegistrationRefusedException if it was paid already, or nothing is due
	 */
	static void refuseUnlessDue(Event event, Registration registration) {
		if (registration.paidAt() != null) {
			throw new RegistrationRefusedException(registration.reference() + " was paid already: recorded "
					+ EventTimes.shown(registration.paidAt(), event.timeZone()) + ". Nothing was changed.");
		}
		if (registration.status() != RegistrationStatus.AWAITING_PAYMENT) {
			throw new RegistrationRefusedException(
					registration.reference() + " is " + registration.status().words().toLowerCase(Locale.ROOT)
							+ ", so no payment is due. Nothing was changed.");
		}
	}

	/**
	 * The amount typed, in the registration's currency's minor units.
	 * @throws InvalidFields for an amount that is no amount, is negative or has more
	 * decimals than the currency
	 */
	static long received(Registration registration, String typedAmount) {
		BigDecimal amount = Amounts.parse(typedAmount)
			.orElseThrow(() -> new InvalidFields(Map.of("amount", "Give the amount received, such as "
					+ Prices.amount(registration.priceMinor(), registration.currency()) + ".")));
		if (amount.signum() < 0) {
			throw new InvalidFields(Map.of("amount", "An amount received cannot be negative."));
		}
		return Amounts.minor(amount, registration.currency())
			.orElseThrow(() -> new InvalidFields(Map.of("amount", registration.currency() + " has no smaller unit than "
					+ Prices.amount(1, registration.currency()) + ".")));
	}

}
