package org.plumbline.registration;

import java.time.Instant;

import org.plumbline.registration.domain.RegistrationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the data generator does to registrations (its only caller:
 * {@code ModularityTest}): a generated sample's attendees register through
 * {@link Registrations} at the moment it runs, in their order of arrival, and their
 * registrations are then dated back across the sale, so that the organisers' chart of
 * registrations over time shows the sale's life rather than one day.
 */
@Service
public class GeneratedRegistrations {

	private final RegistrationRepository registrations;

	GeneratedRegistrations(RegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@Transactional
	public void backdateCreation(long registrationId, Instant createdAt) {
		registrations.backdateCreation(registrationId, createdAt);
	}

}
