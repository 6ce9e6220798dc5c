package org.plumbline.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.registration.domain.References;
import org.plumbline.registration.domain.RegistrationMail;
import org.plumbline.registration.domain.PaymentRepository;
import org.plumbline.registration.domain.PaymentRepository.ReceivedPayment;
import org.plumbline.registration.domain.RegistrationRepository;
import org.plumbline.registration.domain.RegistrationRepository.BackdatedRegistration;
import org.plumbline.registration.domain.RegistrationRepository.NewRegistration;
import org.plumbline.registration.domain.RegistrationRepository.Places;
import org.plumbline.registration.domain.RegistrationSettingsRepository;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the data generator does to registrations (its only caller:
 * {@code ModularityTest}): a generated event's attendees register by the ten thousand,
 * too many to go one by one through {@link Registrations} and {@link Payments}, which
 * check the form, lock the ticket type and read it back for each. Here each ticket type's
 * registrations are checked as the form checks one, counted under one lock and written in
 * batches, dated back across the sale so that the organisers' chart of registrations over
 * time shows the sale's life rather than one day; the organiser's payments likewise. The
 * log records one entry per batch, not one per registration: nobody clicked them. Each
 * attendee is mailed as {@link Registrations#register} and {@link Payments#markPaid} mail
 * them.
 */
@Service
public class GeneratedRegistrations {

	/** An account that registers, and when it did. */
	public record GeneratedRegistration(long accountId, Instant createdAt) {
	}

	private final RegistrationRepository registrations;

	private final PaymentRepository payments;

	private final Registrations single;

	private final TicketTypes ticketTypes;

	private final RegistrationQuestions questions;

	private final RegistrationSettingsRepository settings;

	private final WaitingList waitingList;

	private final RegistrationMail mail;

	private final Rights rights;

	private final AuditLog audit;

	private final Clock clock;

	GeneratedRegistrations(RegistrationRepository registrations, PaymentRepository payments, Registrations single,
			TicketTypes ticketTypes, RegistrationQuestions questions, RegistrationSettingsRepository settings,
			WaitingList waitingList, RegistrationMail mail, Rights rights, AuditLog audit, Clock clock) {
		this.registrations = registrations;
		this.payments = payments;
		this.single = single;
		this.ticketTypes = ticketTypes;
		this.questions = questions;
		this.settings = settings;
		this.waitingList = waitingList;
		this.mail = mail;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers the accounts, in their order, for the ticket type the form would choose
	 * with these fields and no answers: each takes a place while one is free and nobody
	 * waits, else joins the type's waiting line.
	 * @return the new registrations, in the same order
	 * @throws InvalidFields as {@link Registrations#register} refuses the form: a
	 * required question, no type chosen, an unknown code or type, a type not on sale
	 * @throws org.springframework.dao.DuplicateKeyException if an account has an active
	 * registration for the event already
	 */
	@Transactional
	public List<Registration> registerAll(Event event, String actor, String typedTicket, String typedCode,
			List<GeneratedRegistration> generated) {
		questions.checked(event, Map.of());
		long typeId = single.chosen(event, typedTicket, typedCode);
		Places places = registrations.lock(event.id(), typeId)
			.orElseThrow(() -> new InvalidFields(Map.of("ticket", "That ticket type is no longer sold.")));
		TicketType type = ticketTypes.stored(event.id())
			.stream()
			.filter(candidate -> candidate.id() == typeId)
			.findFirst()
			.orElseThrow();
		Instant now = clock.instant();
		Registrations.requireOnSale(event, type, now);
		Instant due = now.plus(Duration.ofDays(settings.of(event.id()).paymentDays()));
		boolean lineFormed = registrations.waiting(typeId) > 0;
		int free = places.capacity() - places.taken();
		int taken = 0;
		Set<String> references = new HashSet<>();
		List<BackdatedRegistration> rows = new ArrayList<>();
		for (GeneratedRegistration registration : generated) {
			RegistrationStatus status = RegistrationStatus.WAITING;
			if (!lineFormed && taken < free) {
				status = type.free() ? RegistrationStatus.REGISTERED : RegistrationStatus.AWAITING_PAYMENT;
				taken++;
			}
			else {
				lineFormed = true;
			}
			String reference = References.next();
			while (!references.add(reference)) {
				reference = References.next();
			}
			rows.add(new BackdatedRegistration(new NewRegistration(event.id(), typeId, registration.accountId(),
					reference, places.arrivals() + rows.size() + 1, status, type.priceMinor(), type.currency(),
					status == RegistrationStatus.AWAITING_PAYMENT ? due : null), registration.createdAt()));
		}
		if (!registrations.arriveAll(typeId, rows.size(), taken)) {
			throw new IllegalStateException("ticket type " + typeId + " had not " + taken + " places free");
		}
		List<Registration> created = registrations.insertAll(typeId, places.arrivals(), rows, now);
		List<Long> line = waitingList.line(event, typeId);
		for (Registration registration : created) {
			single.announce(event, registration, type, positionOnArrival(line, registration));
		}
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("ticketType", type.name());
		created.stream()
			.collect(Collectors.groupingBy(Registration::status, LinkedHashMap::new, Collectors.counting()))
			.forEach((status, count) -> counts.put(status.name(), count));
		audit.record(new AuditEntry(event.id(), null, actor, "registration", "generated", "registrations-generated",
				null, counts, null));
		return created;
	}

	/**
	 * The organiser marks the registrations paid, each the amount typed, as on the
	 * payments page.
	 * @return the registrations as they are now, in the same order
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws RegistrationRefusedException if one was paid already, or owes nothing
	 * @throws InvalidFields for an amount that is no amount, negative, or too precise
	 * @throws OptimisticLockingFailureException if one changed since it was read
	 */
	@Transactional
	public List<Registration> payAll(Event event, long actorAccountId, List<Registration> due, String typedAmount) {
		Organisers.require(rights, event, actorAccountId);
		List<ReceivedPayment> received = new ArrayList<>();
		for (Registration registration : due) {
			if (registration.eventId() != event.id()) {
				throw new PaymentNotFoundException("no registration " + registration.id() + " in the event");
			}
			Payments.refuseUnlessDue(event, registration);
			received.add(new ReceivedPayment(registration.id(), registration.version(),
					Payments.received(registration, typedAmount)));
		}
		if (!payments.markAllPaid(received, actorAccountId, clock.instant())) {
			throw new OptimisticLockingFailureException(Payments.STALE);
		}
		Map<Long, Registration> paid = registrations.findAll(due.stream().map(Registration::id).toList())
			.stream()
			.collect(Collectors.toMap(Registration::id, Function.identity()));
		List<Registration> after = new ArrayList<>();
		long total = 0;
		for (ReceivedPayment payment : received) {
			Registration registration = paid.get(payment.registrationId());
			mail.send(RegistrationMail.PAID, event, registration,
					Map.of("amount", Prices.amount(payment.amountReceivedMinor(), registration.currency()) + " "
							+ registration.currency()));
			total += payment.amountReceivedMinor();
			after.add(registration);
		}
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "registration", "generated", "payments-generated",
				null, Map.of("registrations", received.size(), "receivedMinor", total), null));
		return after;
	}

	/**
	 * Its place in its type's waiting line when it joined: those ahead of it now who
	 * joined before it (the line is served by tier, then by arrival).
	 */
	private static int positionOnArrival(List<Long> line, Registration registration) {
		if (registration.status() != RegistrationStatus.WAITING) {
			return 0;
		}
		int ahead = 0;
		for (long waiting : line) {
			if (waiting == registration.id()) {
				return ahead + 1;
			}
			if (waiting < registration.id()) {
				ahead++;
			}
		}
		throw new IllegalStateException("registration " + registration.id() + " waits but is not in its line");
	}

}
