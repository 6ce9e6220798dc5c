package org.plumbline.importer.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.account.AccountBackups;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.importer.NotCarried;
import org.plumbline.mail.MailBackups;
import org.plumbline.material.MaterialBackups;
import org.plumbline.microconference.MicroconferenceBackups;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.schedule.TimetableBackups;
import org.springframework.stereotype.Component;

/**
 * Asks each feature that owns something the event data file does not carry yet how much
 * of it an event holds.
 */
@Component
public class NotCarriedCounter {

	private final AccountBackups accounts;

	private final TopicBackups topics;

	private final RegistrationBackups registrations;

	private final MaterialBackups materials;

	private final MicroconferenceBackups microconferences;

	private final TimetableBackups schedule;

	private final MailBackups mail;

	NotCarriedCounter(AccountBackups accounts, TopicBackups topics, RegistrationBackups registrations,
			MaterialBackups materials, MicroconferenceBackups microconferences, TimetableBackups schedule,
			MailBackups mail) {
		this.microconferences = microconferences;
		this.schedule = schedule;
		this.mail = mail;
		this.accounts = accounts;
		this.topics = topics;
		this.registrations = registrations;
		this.materials = materials;
	}

	public NotCarried of(long eventId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.putAll(accounts.notInEventFile(eventId));
		counts.putAll(microconferences.notInEventFile(eventId));
		counts.putAll(topics.notInEventFile(eventId));
		counts.putAll(registrations.notInEventFile(eventId));
		counts.putAll(materials.notInEventFile(eventId));
		counts.putAll(schedule.notInEventFile(eventId));
		counts.putAll(mail.notInEventFile(eventId));
		return new NotCarried(counts);
	}

}
