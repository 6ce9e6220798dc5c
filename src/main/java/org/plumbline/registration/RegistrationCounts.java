package org.plumbline.registration;

import org.plumbline.registration.domain.RegistrationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of every event's registrations, for the metrics. */
@Service
public class RegistrationCounts {

	private final RegistrationRepository registrations;

	RegistrationCounts(RegistrationRepository registrations) {
		this.registrations = registrations;
	}

	/** How many registrations, of every event, stand in the status now. */
	@Transactional(readOnly = true)
	public long inStatus(RegistrationStatus status) {
		return registrations.countInStatus(status);
	}

}
