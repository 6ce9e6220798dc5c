package org.plumbline.registration;

import java.time.Clock;

import org.plumbline.copy.EventCopy;
import org.plumbline.registration.domain.RegistrationCopyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration feature's part of cloning an event: ticket types with their sale
 * windows and codes, the registration settings, the waiting list's tiers and the
 * registration questions, every date moved by the copy's weeks. Registrations, answers,
 * payments, passes and hand placements are personal and stay behind.
 */
@Service
public class RegistrationCopies {

	private final RegistrationCopyRepository registration;

	private final Clock clock;

	RegistrationCopies(RegistrationCopyRepository registration, Clock clock) {
		this.registration = registration;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void copy(EventCopy copy) {
		var now = clock.instant();
		var ticketTypes = registration.copyTicketTypes(copy, now);
		copy.counted("ticket types", ticketTypes.types());
		copy.counted("ticket types for code holders, to give new codes (last year's are not copied)",
				ticketTypes.forCodeHolders());
		copy.counted("registration settings", registration.copySettings(copy, now) ? 1 : 0);
		copy.counted("waiting list tiers", registration.copyWaitingTiers(copy, now));
		copy.counted("registration questions", registration.copyQuestions(copy));
	}

}
