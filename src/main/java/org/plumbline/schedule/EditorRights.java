package org.plumbline.schedule;

import org.plumbline.account.Rights;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.springframework.stereotype.Component;

/**
 * Who may change the draft and the rules it is checked by: the event's organisers
 * everything, an MC's leads the talks of their own MC only (DOMAIN.md L7: being listed as
 * a lead is the right). One rule with one exception, which the web layer answers with
 * 404.
 */
@Component
class EditorRights {

	private final Rights rights;

	private final Microconferences microconferences;

	EditorRights(Rights rights, Microconferences microconferences) {
		this.rights = rights;
		this.microconferences = microconferences;
	}

	/**
	 * @throws TimetableNotFoundException unless the account organises the event
	 */
	void requireOrganiser(long accountId, Event event) {
		if (!rights.isOrganiser(accountId, event.id())) {
			throw new TimetableNotFoundException(
					"Account " + accountId + " does not organise the timetable of " + event.slug());
		}
	}

	/**
	 * The event's accepted MC, if the account leads it or organises the event.
	 * @throws TimetableNotFoundException otherwise
	 */
	Microconference requireMcEditor(long accountId, Event event, long microconferenceId) {
		return microconferences.published(event.id())
			.stream()
			.filter(mc -> mc.id() == microconferenceId)
			.filter(mc -> rights.mayEditMicroconference(accountId, mc))
			.findFirst()
			.orElseThrow(() -> new TimetableNotFoundException(
					"No MC " + microconferenceId + " whose talks account " + accountId + " may place"));
	}

}
