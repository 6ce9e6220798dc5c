package org.plumbline.registration;

import java.util.Map;

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

	/**
	 * How many registrations, of every event, stand in each status now, in one query; a
	 * status without any is left out.
	 */
	@Transactional(readOnly = true)
	public Map<RegistrationStatus, Long> byStatus() {
		return registrations.countByStatus();
	}

}
