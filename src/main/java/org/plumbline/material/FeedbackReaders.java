package org.plumbline.material;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.event.Event;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.SessionKind;
import org.springframework.stereotype.Component;

/**
 * Which talk an address names, and who reads the feedback it received: its speakers, the
 * leads of its MC (being listed is the right, DOMAIN.md L7) and the event's organisers,
 * as the released timetable and the rights stand now.
 */
@Component
class FeedbackReaders {

	private final PublishedSchedule published;

	private final Rights rights;

	private final AccountPersons accounts;

	FeedbackReaders(PublishedSchedule published, Rights rights, AccountPersons accounts) {
		this.published = published;
		this.rights = rights;
		this.accounts = accounts;
	}

	/**
	 * The talk of the event's latest released timetable with this GUID, as typed.
	 * @throws FeedbackNotFoundException if there is none
	 */
	FeedbackTalk talk(Event event, String talkGuid) {
		ReleasedSchedule schedule = published.latest(event)
			.orElseThrow(() -> new FeedbackNotFoundException(event.slug() + " has released no timetable"));
		for (ScheduledSession session : schedule.sessions()) {
			for (ScheduledTalk talk : session.talks()) {
				if (talk.guid().toString().equals(talkGuid)) {
					return new FeedbackTalk(event, session, talk);
				}
			}
		}
		throw new FeedbackNotFoundException("the released timetable of " + event.slug() + " has no talk " + talkGuid);
	}

	/** Whether the account reads the feedback the talk received. */
	boolean mayRead(FeedbackTalk talk, long accountId) {
		if (rights.isOrganiser(accountId, talk.event().id())) {
			return true;
		}
		return accounts.verifiedPersonId(accountId)
			.map(person -> talk.talk().speakers().stream().anyMatch(speaker -> speaker.personId() == person)
					|| leads(talk.session(), person))
			.orElse(false);
	}

	/** Whether the person leads the MC of the session (never for a plain track). */
	static boolean leads(ScheduledSession session, long personId) {
		return session.kind() == SessionKind.MICROCONFERENCE
				&& session.leads().stream().anyMatch(lead -> lead.personId() == personId);
	}

}
