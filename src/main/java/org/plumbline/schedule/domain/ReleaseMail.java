package org.plumbline.schedule.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.PublicUrl;
import org.plumbline.event.Event;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.MailTemplates;
import org.plumbline.mail.OutgoingMail;
import org.plumbline.mail.RenderedMail;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledPerson;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.TimetableChange;
import org.plumbline.schedule.TimetableChange.Kind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The mail to speakers whose talk a release moved, changed in length or removed (issue
 * 11, point 5): one message per speaker and release, listing each of their talks' lines
 * of the changelog, to the speaker's verified address. A talk only added needs no word:
 * the speaker learns of it from the acceptance.
 */
@Component
public class ReleaseMail {

	static final String TALK_CHANGED = "timetable-talk-changed";

	private static final Set<Kind> TOLD = EnumSet.of(Kind.MOVED, Kind.RESIZED, Kind.REMOVED);

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final AccountPersons accounts;

	private final PublicUrl publicUrl;

	ReleaseMail(MailOutbox outbox, MailTemplates templates, AccountPersons accounts, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.accounts = accounts;
		this.publicUrl = publicUrl;
	}

	/**
	 * Queues the mail of a release.
	 * @param previous the version before, or {@code null} for the first
	 * @return how many speakers were mailed (those without a verified address are not)
	 */
	public int speakersOfChangedTalks(Event event, int number, List<TimetableChange> changes, ReleasedSchedule previous,
			ReleasedSchedule next) {
		Map<UUID, ScheduledTalk> talks = new LinkedHashMap<>();
		if (previous != null) {
			talks.putAll(talks(previous));
		}
		talks.putAll(talks(next));
		Map<Long, List<String>> linesBySpeaker = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (TimetableChange change : changes) {
			ScheduledTalk talk = talks.get(change.subjectGuid());
			if (change.topicId() == null || !TOLD.contains(change.kind()) || talk == null) {
				continue;
			}
			for (ScheduledPerson speaker : talk.speakers()) {
				names.putIfAbsent(speaker.personId(), speaker.nameAsWritten());
				linesBySpeaker.computeIfAbsent(speaker.personId(), id -> new ArrayList<>()).add(change.words());
			}
		}
		int mailed = 0;
		for (Map.Entry<Long, List<String>> speaker : linesBySpeaker.entrySet()) {
			var address = accounts.verifiedAddress(speaker.getKey());
			if (address.isEmpty()) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", names.get(speaker.getKey()));
			values.put("event_name", event.name());
			values.put("version", Integer.toString(number));
			values.put("changes", "- " + String.join("\n- ", speaker.getValue()));
			values.put("link", publicUrl.of("/" + event.slug() + "/schedule"));
			RenderedMail text = templates.render(TALK_CHANGED, event.id(), values);
			outbox.enqueue(new OutgoingMail(event.id(), TALK_CHANGED, "timetable",
					event.id() + "-" + number + "-" + speaker.getKey(), address.get(), text));
			mailed++;
		}
		return mailed;
	}

	private static Map<UUID, ScheduledTalk> talks(ReleasedSchedule schedule) {
		Map<UUID, ScheduledTalk> talks = new LinkedHashMap<>();
		for (ScheduledSession session : schedule.sessions()) {
			session.talks().forEach(talk -> talks.put(talk.guid(), talk));
		}
		return talks;
	}

	@Configuration(proxyBeanMethods = false)
	static class Purposes {

		@Bean
		MailPurpose timetableTalkChangedMail() {
			Map<String, String> sample = new LinkedHashMap<>();
			sample.put("name", "Jane Doe");
			sample.put("event_name", "Linux Plumbers Conference 2023");
			sample.put("version", "2");
			sample.put("changes",
					"- Moved: Tracing page faults from Room 1, Mon 10:00–10:30 to Room 2, Tue 15:00–15:30");
			sample.put("link", "https://plumbline.example/lpc2023/schedule");
			return new MailPurpose(TALK_CHANGED,
					"Sent to each speaker whose talk a timetable release moved, changed in length or removed", true,
					"Your talk's time changed: {{event_name}}", """
							Hello {{name}},

							version {{version}} of the timetable of {{event_name}} changes your talk:

							{{changes}}

							The timetable: {{link}}
							""", sample);
		}

	}

}
