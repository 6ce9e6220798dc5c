package org.plumbline.importer.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.importer.NotCarried;
import org.plumbline.mail.MailBackups;
import org.plumbline.material.MaterialBackups;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.schedule.TimetableBackups;
import org.springframework.stereotype.Component;

/**
 * Asks each feature that owns something the event data file does not carry yet how much
 * of it an event holds.
 */
@Component
public class NotCarriedCounter {

	private final RegistrationBackups registrations;

	private final MaterialBackups materials;

	private final TimetableBackups schedule;

	private final MailBackups mail;

	NotCarriedCounter(RegistrationBackups registrations, MaterialBackups materials, TimetableBackups schedule,
			MailBackups mail) {
		this.schedule = schedule;
		this.mail = mail;
		this.registrations = registrations;
		this.materials = materials;
	}

	public NotCarried of(long eventId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.putAll(registrations.notInEventFile(eventId));
		counts.putAll(materials.notInEventFile(eventId));
		counts.putAll(schedule.notInEventFile(eventId));
		counts.putAll(mail.notInEventFile(eventId));
		return new NotCarried(counts);
	}

}
