package org.plumbline.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plumbline.account.Rights;
import org.plumbline.event.Event;
import org.plumbline.registration.TicketTypeHistory.Standing;
import org.plumbline.registration.domain.HistoryRepository;
import org.plumbline.registration.domain.HistoryRepository.DailyChange;
import org.plumbline.registration.domain.TicketTypeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations and waiting lines of an event's ticket types over time, for its
 * organisers' overview. A registration's own timestamps tell the story: it took a place
 * when it was made, or when it was offered one from the waiting line, and gave it back
 * when it ended; it waited, if it was made into the waiting line, from then until it was
 * offered a place or ended. MC passes are no ticket type and are not counted.
 */
@Service
public class RegistrationHistory {

	private final HistoryRepository history;

	private final TicketTypeRepository types;

	private final Rights rights;

	RegistrationHistory(HistoryRepository history, TicketTypeRepository types, Rights rights) {
		this.history = history;
		this.types = types;
		this.rights = rights;
	}

	/**
	 * Every ticket type of the event, by sale opening, with its standing at the end of
	 * each day on which it changed.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<TicketTypeHistory> perDay(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		List<DailyChange> changes = history.dailyChanges(event.id(), event.timeZone());
		List<TicketTypeHistory> histories = new ArrayList<>();
		for (TicketTypeRepository.Row type : types.ofEvent(event.id())) {
			Map<LocalDate, int[]> byDay = new TreeMap<>();
			for (DailyChange change : changes) {
				if (change.ticketTypeId() == type.id()) {
					int[] deltas = byDay.computeIfAbsent(change.day(), day -> new int[2]);
					deltas[0] += change.holding();
					deltas[1] += change.waiting();
				}
			}
			List<Standing> days = new ArrayList<>();
			int holding = 0;
			int waiting = 0;
			for (Map.Entry<LocalDate, int[]> day : byDay.entrySet()) {
				holding += day.getValue()[0];
				waiting += day.getValue()[1];
				days.add(new Standing(day.getKey(), holding, waiting));
			}
			histories.add(new TicketTypeHistory(type.id(), type.name(), type.capacity(), days));
		}
		return histories;
	}

}
