package org.plumbline.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.SignedInAccount;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.domain.References;
import org.plumbline.registration.domain.RegistrationMail;
import org.plumbline.registration.domain.RegistrationRepository;
import org.plumbline.registration.domain.RegistrationRepository.NewRegistration;
import org.plumbline.registration.domain.RegistrationRepository.Places;
import org.plumbline.registration.domain.RegistrationSettingsRepository;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attendees register for a ticket type and cancel (issue 13, points 2 and 4). A ticket
 * type's places are counted under its row's lock in the transaction that registers: the
 * arrival is numbered, and a place taken while fewer than the capacity are taken and
 * nobody waits for one; else the registration waits. The database refuses a place past
 * the capacity and a second active registration of one account for one event, whatever
 * races; a registration that loses such a race answers with the one that won.
 */
@Service
public class Registrations {

	static final String STALE = "Your registration changed since you opened the page.";

	private static final int REFERENCE_TRIES = 3;

	/** How a ticket type created since its places were read counts: as if full. */
	private static final Places FULL = new Places(0, 0, 0);

	private final RegistrationRepository registrations;

	private final RegistrationSettingsRepository settings;

	private final TicketTypes ticketTypes;

	private final WaitingList waitingList;

	private final RegistrationQuestions questions;

	private final RegistrationMail mail;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Registrations(RegistrationRepository registrations, RegistrationSettingsRepository settings,
			TicketTypes ticketTypes, WaitingList waitingList, RegistrationQuestions questions, RegistrationMail mail,
			AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
		this.registrations = registrations;
		this.settings = settings;
		this.ticketTypes = ticketTypes;
		this.waitingList = waitingList;
		this.questions = questions;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * A registration, and whether this request made it or found the one the account had.
	 */
	public record Registered(Registration registration, boolean created) {
	}

	/**
	 * A ticket type on sale, how many wait for a place of it, and whether a registration
	 * for it would wait: all its places are taken, or others wait already.
	 */
	public record OnSale(TicketType type, int waiting, boolean soldOut) {
	}

	/**
	 * The event's ticket types an attendee may choose now without a code, by opening;
	 * three queries however many types.
	 */
	@Transactional(readOnly = true)
	public List<OnSale> onSale(Event event) {
		Instant now = clock.instant();
		Map<Long, Places> places = registrations.placesOf(event.id());
		Map<Long, Integer> waiting = registrations.waitingByType(event.id());
		return ticketTypes.stored(event.id())
			.stream()
			.filter(type -> type.whoMayBuy() == WhoMayBuy.ANYONE && type.onSaleAt(now))
			.map(type -> new OnSale(type, waiting.getOrDefault(type.id(), 0),
					!places.getOrDefault(type.id(), FULL).free() || waiting.containsKey(type.id())))
			.toList();
	}

	/**
	 * Whether a ticket type for code holders is on sale now, so that the form asks for a
	 * code.
	 */
	@Transactional(readOnly = true)
	public boolean codesOnSale(Event event) {
		Instant now = clock.instant();
		return ticketTypes.stored(event.id())
			.stream()
			.anyMatch(type -> type.whoMayBuy() == WhoMayBuy.CODE_HOLDERS && type.onSaleAt(now));
	}

	/** The account's active registration for the event, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Registration> mine(Event event, long accountId) {
		return registrations.activeOf(event.id(), accountId);
	}

	/**
	 * The event's bank-transfer instructions for paid tickets, if organisers gave them.
	 */
	@Transactional(readOnly = true)
	public Optional<String> bankDetails(Event event) {
		return Optional.ofNullable(settings.of(event.id()).bankDetails());
	}

	/** The last instant the event's attendees may cancel. */
	@Transactional(readOnly = true)
	public Instant cancelDeadline(Event event) {
		Instant until = settings.of(event.id()).cancelUntil();
		return until != null ? until : event.startsAt();
	}

	/**
	 * Registers the account for the ticket type it chose, or the one its code names, with
	 * its answers to the form's questions; an account that has an active registration for
	 * the event gets that one back, unchanged, its new answers ignored.
	 * @param typedTicket the chosen ticket type's id as the form sent it
	 * @param typedCode a code of a ticket type for code holders, or blank
	 * @param typedAnswers the form's fields by name, the answers among them
	 * @throws InvalidFields for a required question unanswered or an answer refused
	 * (checked before any ticket type is locked), no type chosen, an unknown code or
	 * type, or a type whose sale is not open
	 */
	public Registered register(Event event, SignedInAccount account, String typedTicket, String typedCode,
			Map<String, String> typedAnswers) {
		for (int tries = 1;; tries++) {
			try {
				return transaction.execute(status -> allocate(event, account, typedTicket, typedCode, typedAnswers));
			}
			catch (DuplicateKeyException raced) {
				Optional<Registration> winner = transaction.execute(status -> mine(event, account.id()));
				if (winner.isPresent()) {
					return new Registered(winner.get(), false);
				}
				if (tries == REFERENCE_TRIES) {
					throw raced;
				}
			}
		}
	}

	private Registered allocate(Event event, SignedInAccount account, String typedTicket, String typedCode,
			Map<String, String> typedAnswers) {
		Optional<Registration> existing = registrations.activeOf(event.id(), account.id());
		if (existing.isPresent()) {
			return new Registered(existing.get(), false);
		}
		RegistrationQuestions.Answers answers = questions.checked(event, typedAnswers);
		long typeId = chosen(event, typedTicket, typedCode);
		Places places = registrations.lock(event.id(), typeId)
			.orElseThrow(() -> new InvalidFields(Map.of("ticket", "That ticket type is no longer sold.")));
		existing = registrations.activeOf(event.id(), account.id());
		if (existing.isPresent()) {
			return new Registered(existing.get(), false);
		}
		TicketType type = ticketTypes.stored(event.id())
			.stream()
			.filter(candidate -> candidate.id() == typeId)
			.findFirst()
			.orElseThrow();
		Instant now = clock.instant();
		requireOnSale(event, type, now);
		long arrival = registrations.nextArrival(typeId, places);
		RegistrationStatus status = RegistrationStatus.WAITING;
		if (places.free() && registrations.waiting(typeId) == 0 && registrations.takePlace(typeId)) {
			status = type.free() ? RegistrationStatus.REGISTERED : RegistrationStatus.AWAITING_PAYMENT;
		}
		Instant due = status == RegistrationStatus.AWAITING_PAYMENT
				? now.plus(Duration.ofDays(settings.of(event.id()).paymentDays())) : null;
		long id = registrations.insert(new NewRegistration(event.id(), typeId, account.id(), References.next(), arrival,
				status, type.priceMinor(), type.currency(), due), now);
		questions.save(id, answers);
		Registration created = registrations.find(id).orElseThrow();
		Map<String, Object> audited = created.audited(event.timeZone());
		if (!answers.byQuestion().isEmpty()) {
			audited.put("answers", answers.byQuestion());
		}
		record(event, account.id(), created, "registration-created", null, audited);
		announce(event, created, type);
		return new Registered(created, true);
	}

	/**
	 * The ticket type the form chose, or the one its code names.
	 * @throws InvalidFields for no type chosen, or an unknown code or type
	 */
	long chosen(Event event, String typedTicket, String typedCode) {
		List<TicketType> types = ticketTypes.stored(event.id());
		if (typedCode != null && !typedCode.isBlank()) {
			String code = typedCode.strip().toUpperCase(Locale.ROOT);
			return types.stream()
				.filter(type -> type.whoMayBuy() == WhoMayBuy.CODE_HOLDERS
						&& type.codes().stream().anyMatch(held -> held.code().equals(code)))
				.findFirst()
				.orElseThrow(() -> new InvalidFields(Map.of("code", "No ticket type of this event has that code.")))
				.id();
		}
		if (typedTicket == null || typedTicket.isBlank()) {
			throw new InvalidFields(Map.of("ticket", "Choose a ticket type."));
		}
		return types.stream()
			.filter(type -> type.whoMayBuy() == WhoMayBuy.ANYONE
					&& Long.toString(type.id()).equals(typedTicket.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidFields(Map.of("ticket", "Choose one of the ticket types listed.")))
			.id();
	}

	/**
	 * @throws InvalidFields if the type's sale is not open at {@code now}
	 */
	static void requireOnSale(Event event, TicketType type, Instant now) {
		String field = type.whoMayBuy() == WhoMayBuy.CODE_HOLDERS ? "code" : "ticket";
		if (now.isBefore(type.saleOpensAt())) {
			throw new InvalidFields(Map.of(field, "The sale of " + type.name() + " opens "
					+ EventTimes.shown(type.saleOpensAt(), event.timeZone()) + "."));
		}
		if (!type.onSaleAt(now)) {
			throw new InvalidFields(Map.of(field, "The sale of " + type.name() + " closed "
					+ EventTimes.shown(type.saleClosesAt(), event.timeZone()) + "."));
		}
	}

	/**
	 * Cancels the account's registration for the event at the version its page showed,
	 * freeing its place for the next in line.
	 * @throws RegistrationRefusedException after the event's cancellation deadline
	 * @throws OptimisticLockingFailureException if the account has no active
	 * registration, or it changed since the page was opened
	 */
	@Transactional
	public Registration cancel(Event event, SignedInAccount account, int version) {
		Registration before = registrations.activeOf(event.id(), account.id())
			.filter(registration -> registration.version() == version)
			.orElseThrow(() -> new OptimisticLockingFailureException(STALE));
		Instant now = clock.instant();
		Instant deadline = cancelDeadline(event);
		if (!now.isBefore(deadline)) {
			throw new RegistrationRefusedException(
					"Cancelling closed " + EventTimes.shown(deadline, event.timeZone()) + ".");
		}
		Registration after = waitingList.end(event, account.id(), before, RegistrationStatus.CANCELLED,
				"registration-cancelled");
		mail.send(RegistrationMail.CANCELLED, event, after, Map.of());
		return after;
	}

	private void announce(Event event, Registration registration, TicketType type) {
		announce(event, registration, type, waitingList.position(event, registration));
	}

	/**
	 * Mails a new registration's account what it got.
	 * @param position its place in its type's waiting line, if it waits
	 */
	void announce(Event event, Registration registration, TicketType type, int position) {
		switch (registration.status()) {
			case REGISTERED -> mail.send(RegistrationMail.CONFIRMED, event, registration, Map.of());
			case AWAITING_PAYMENT -> mail.send(RegistrationMail.AWAITING_PAYMENT, event, registration,
					Map.of("amount", type.priceShown(), "due",
							EventTimes.shown(registration.paymentDueAt(), event.timeZone()), "bank_details",
							settings.of(event.id()).bankDetailsOrNotice()));
			case WAITING -> mail.send(RegistrationMail.WAITING, event, registration,
					Map.of("position", Integer.toString(position)));
			default -> throw new IllegalStateException("a new registration is never " + registration.status());
		}
	}

	private void record(Event event, long actorAccountId, Registration registration, String action, Object before,
			Object after) {
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "registration", Long.toString(registration.id()),
				action, before, after, null));
	}

}
