package org.plumbline.registration;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.domain.RegistrationRepository;
import org.plumbline.registration.domain.RegistrationRepository.Places;
import org.plumbline.registration.domain.TicketTypeRepository;
import org.plumbline.registration.domain.TicketTypeRepository.Fields;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket types an event sells and the codes of those for code holders (issue 13,
 * point 1). Only the event's organisers see and change them; every change carries the
 * version its form was opened at, so that a stale form is told and changes nothing, and
 * is audited in its transaction.
 */
@Service
public class TicketTypes {

	/** The most places one ticket type may have. */
	public static final int MAX_CAPACITY = 100_000;

	static final String STALE = "This ticket type was changed or deleted since you opened the page.";

	private final TicketTypeRepository types;

	private final RegistrationRepository registrations;

	private final WaitingList waitingList;

	private final Rights rights;

	private final AuditLog audit;

	private final Clock clock;

	TicketTypes(TicketTypeRepository types, RegistrationRepository registrations, WaitingList waitingList,
			Rights rights, AuditLog audit, Clock clock) {
		this.types = types;
		this.registrations = registrations;
		this.waitingList = waitingList;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The event's ticket types, by sale opening, each with its codes.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<TicketType> ofEvent(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		return stored(event.id());
	}

	/**
	 * One ticket type of the event, if it has it.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public Optional<TicketType> find(Event event, long actorAccountId, long id) {
		Organisers.require(rights, event, actorAccountId);
		return find(event.id(), id);
	}

	/**
	 * Adds a ticket type, its sale window typed in the event's zone.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws InvalidFields as {@link TicketTypeChecks#checked} tells
	 */
	@Transactional
	public TicketType create(Event event, long actorAccountId, TicketTypeInput input) {
		Organisers.require(rights, event, actorAccountId);
		Fields fields = TicketTypeChecks.checked(input, event.timeZone());
		long id = types.insert(event.id(), fields, clock.instant());
		TicketType created = find(event.id(), id).orElseThrow();
		record(event, actorAccountId, created, "ticket-type-created", null, audited(created, event));
		return created;
	}

	/**
	 * Changes a ticket type over the version its editor saw; places it gains go to its
	 * waiting line at once.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws InvalidFields as {@link TicketTypeChecks#checked} tells, for fewer places
	 * than are taken, or for a type with codes that anyone would then be able to buy
	 * @throws OptimisticLockingFailureException if it was changed or deleted meanwhile,
	 * or is none of the event's, told before any field is checked
	 */
	@Transactional
	public TicketType edit(Event event, long actorAccountId, long id, int version, TicketTypeInput input) {
		Organisers.require(rights, event, actorAccountId);
		TicketType before = current(event, id, version);
		Fields fields = TicketTypeChecks.checked(input, event.timeZone());
		Places places = registrations.lock(event.id(), id)
			.orElseThrow(() -> new OptimisticLockingFailureException(STALE));
		if (fields.capacity() < places.taken()) {
			throw new InvalidFields(Map.of("capacity",
					places.taken() + (places.taken() == 1 ? " place is" : " places are")
							+ " taken, so it needs at least " + places.taken() + " places; " + fields.capacity()
							+ " is too few."));
		}
		if (WhoMayBuy.ANYONE.name().equals(fields.whoMayBuy()) && !before.codes().isEmpty()) {
			throw new InvalidFields(Map.of("whoMayBuy", "Remove its " + before.codes().size()
					+ (before.codes().size() == 1 ? " code" : " codes") + " first: a ticket anyone may buy has none."));
		}
		if (!types.update(event.id(), id, version, fields, clock.instant())) {
			throw new OptimisticLockingFailureException(STALE);
		}
		TicketType after = find(event.id(), id).orElseThrow();
		record(event, actorAccountId, after, "ticket-type-changed", audited(before, event), audited(after, event));
		waitingList.offerFreePlaces(event, id);
		return after;
	}

	/**
	 * Deletes a ticket type with its codes, over the version its deleter saw, while
	 * nobody registered for it: a registration, even an ended one, keeps its type.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws RegistrationRefusedException if anyone registered for it
	 * @throws OptimisticLockingFailureException if it was changed or deleted meanwhile,
	 * or is none of the event's
	 */
	@Transactional
	public void delete(Event event, long actorAccountId, long id, int version) {
		Organisers.require(rights, event, actorAccountId);
		TicketType before = current(event, id);
		registrations.lock(event.id(), id).orElseThrow(() -> new OptimisticLockingFailureException(STALE));
		if (registrations.anyFor(id)) {
			throw new RegistrationRefusedException("People registered for " + before.name()
					+ ", so it stays; close its sale instead, or set its places to those taken.");
		}
		if (!types.delete(event.id(), id, version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		record(event, actorAccountId, before, "ticket-type-deleted", audited(before, event), null);
	}

	/**
	 * Adds a code to a ticket type for code holders, over the version its editor saw.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws InvalidFields for a code that {@link TicketTypeChecks#code} refuses, one
	 * that a ticket type of the event already has, or a ticket type anyone may buy
	 * @throws OptimisticLockingFailureException if it was changed or deleted meanwhile
	 */
	@Transactional
	public TicketType addCode(Event event, long actorAccountId, long id, int version, String typedCode) {
		Organisers.require(rights, event, actorAccountId);
		TicketType before = current(event, id, version);
		String code = TicketTypeChecks.code(typedCode);
		if (before.whoMayBuy() != WhoMayBuy.CODE_HOLDERS) {
			throw new InvalidFields(Map.of("code", TicketTypeChecks.CODES_ONLY_FOR_CODE_HOLDERS));
		}
		if (types.codeTaken(event.id(), code)) {
			throw codeTaken(code);
		}
		changeCodes(event, id, version);
		try {
			types.addCode(event.id(), id, code, clock.instant());
		}
		catch (DuplicateKeyException raced) {
			throw codeTaken(code);
		}
		return recordCodes(event, actorAccountId, before, "ticket-code-added");
	}

	/**
	 * Removes a code of a ticket type, over the version its editor saw.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if the type was changed or deleted
	 * meanwhile, or has no such code
	 */
	@Transactional
	public TicketType removeCode(Event event, long actorAccountId, long id, int version, long codeId) {
		Organisers.require(rights, event, actorAccountId);
		TicketType before = current(event, id);
		changeCodes(event, id, version);
		if (!types.removeCode(id, codeId)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		return recordCodes(event, actorAccountId, before, "ticket-code-removed");
	}

	private void changeCodes(Event event, long id, int version) {
		if (!types.touch(event.id(), id, version, clock.instant())) {
			throw new OptimisticLockingFailureException(STALE);
		}
	}

	private TicketType recordCodes(Event event, long actorAccountId, TicketType before, String action) {
		TicketType after = find(event.id(), before.id()).orElseThrow();
		record(event, actorAccountId, after, action, Map.of("codes", codes(before)), Map.of("codes", codes(after)));
		return after;
	}

	private static InvalidFields codeTaken(String code) {
		return new InvalidFields(Map.of("code", "A ticket type of this event already has the code " + code + "."));
	}

	private TicketType current(Event event, long id) {
		return find(event.id(), id).orElseThrow(() -> new OptimisticLockingFailureException(STALE));
	}

	/**
	 * The type as it is, if it is still at the version the form saw: a stale form is told
	 * so before its fields are checked.
	 */
	private TicketType current(Event event, long id, int version) {
		TicketType current = current(event, id);
		if (current.version() != version) {
			throw new OptimisticLockingFailureException(STALE);
		}
		return current;
	}

	private Optional<TicketType> find(long eventId, long id) {
		return stored(eventId).stream().filter(type -> type.id() == id).findFirst();
	}

	/** The event's ticket types, by sale opening, each with its codes, for anyone. */
	List<TicketType> stored(long eventId) {
		List<TicketTypeRepository.CodeRow> codes = types.codesOfEvent(eventId);
		return types.ofEvent(eventId)
			.stream()
			.map(row -> new TicketType(row.id(), row.eventId(), row.name(), row.description(), row.priceMinor(),
					row.currency(), row.capacity(), row.saleOpensAt(), row.saleClosesAt(),
					WhoMayBuy.valueOf(row.whoMayBuy()), row.version(),
					codes.stream()
						.filter(code -> code.ticketTypeId() == row.id())
						.map(code -> new TicketCode(code.id(), code.code()))
						.toList()))
			.toList();
	}

	private void record(Event event, long actorAccountId, TicketType type, String action, Object before, Object after) {
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "ticket-type", Long.toString(type.id()), action,
				before, after, null));
	}

	private static List<String> codes(TicketType type) {
		return type.codes().stream().map(TicketCode::code).toList();
	}

	static Map<String, Object> audited(TicketType type, Event event) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("name", type.name());
		shown.put("description", type.description());
		shown.put("price", type.priceShown());
		shown.put("capacity", type.capacity());
		shown.put("saleOpensAt", EventTimes.shown(type.saleOpensAt(), event.timeZone()));
		shown.put("saleClosesAt", EventTimes.shown(type.saleClosesAt(), event.timeZone()));
		shown.put("whoMayBuy", type.whoMayBuy().name());
		shown.put("codes", codes(type));
		return shown;
	}

}
