package org.plumbline.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.registration.domain.TicketTypeRepository;
import org.plumbline.registration.domain.TicketTypeRepository.Fields;
import org.plumbline.validation.InvalidFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket types of an event as its data file carries them (docs/event-data-file.md):
 * checked by the rules of the organisers' forms, so that a file holds no type a form
 * would refuse, created for the importer, which acts as the system rather than as an
 * account, and read for the exporter.
 */
@Service
public class TicketTypeFiles {

	private final TicketTypeRepository types;

	private final TicketTypes ticketTypes;

	private final AuditLog audit;

	private final Clock clock;

	TicketTypeFiles(TicketTypeRepository types, TicketTypes ticketTypes, AuditLog audit, Clock clock) {
		this.types = types;
		this.ticketTypes = ticketTypes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the organisers' forms would refuse in a ticket type given whole, its codes
	 * with it.
	 * @return messages by the form's field names ({@link TicketTypeInput}), a code's
	 * under {@code codes/} and its index, and codes on a type anyone may buy under
	 * {@code codes}; empty when the type may be created. Codes repeated among the event's
	 * types are the caller's to find, by {@link #storedCode}.
	 */
	public static Map<String, String> problems(TicketTypeInput input, List<String> codes, ZoneId zone) {
		Map<String, String> problems = new LinkedHashMap<>();
		try {
			TicketTypeChecks.checked(input, zone);
		}
		catch (InvalidFields refused) {
			problems.putAll(refused.messages());
		}
		if (!codes.isEmpty() && WhoMayBuy.ANYONE.name().equals(input.whoMayBuy())) {
			problems.put("codes", TicketTypeChecks.CODES_ONLY_FOR_CODE_HOLDERS);
		}
		for (int i = 0; i < codes.size(); i++) {
			try {
				TicketTypeChecks.code(codes.get(i));
			}
			catch (InvalidFields refused) {
				problems.put("codes/" + i, refused.messages().get("code"));
			}
		}
		return problems;
	}

	/**
	 * The code as the event keeps it, and so compares it with its other codes.
	 * @throws InvalidFields for a code that {@link #problems} refuses
	 */
	public static String storedCode(String code) {
		return TicketTypeChecks.code(code);
	}

	/**
	 * Creates a ticket type with its codes for a system actor (the importer), audited as
	 * an organiser's creation is.
	 * @throws InvalidFields as {@link #problems} tells
	 * @throws org.springframework.dao.DataIntegrityViolationException for a code that
	 * another of the event's types has
	 */
	@Transactional
	public TicketType createAs(String systemActor, Event event, TicketTypeInput input, List<String> codes) {
		Map<String, String> problems = problems(input, codes, event.timeZone());
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
		Fields fields = TicketTypeChecks.checked(input, event.timeZone());
		Instant now = clock.instant();
		long id = types.insert(event.id(), fields, now);
		for (String code : codes) {
			types.addCode(event.id(), id, storedCode(code), now);
		}
		TicketType created = ticketTypes.stored(event.id())
			.stream()
			.filter(type -> type.id() == id)
			.findFirst()
			.orElseThrow();
		audit.record(new AuditEntry(event.id(), null, systemActor, "ticket-type", Long.toString(id),
				"ticket-type-created", null, TicketTypes.audited(created, event), null));
		return created;
	}

	/** The event's ticket types in the order the organisers' list shows them. */
	@Transactional(readOnly = true)
	public List<TicketType> forEventFile(long eventId) {
		return ticketTypes.stored(eventId);
	}

}
