package org.plumbline.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.AccountSummary;
import org.plumbline.account.Rights;
import org.plumbline.event.Event;
import org.plumbline.registration.domain.RegistrationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' view of the waiting lines (issue 13, points 5 and 7): for each ticket
 * type, the offers in flight with when they end, and the line in the order it is served,
 * each with the tier its account stands in now. A fixed number of queries per type,
 * however long its line.
 */
@Service
public class WaitingLines {

	private final WaitingList waitingList;

	private final RegistrationRepository registrations;

	private final TicketTypes ticketTypes;

	private final TierStandings standings;

	private final AccountPersons accounts;

	private final Rights rights;

	WaitingLines(WaitingList waitingList, RegistrationRepository registrations, TicketTypes ticketTypes,
			TierStandings standings, AccountPersons accounts, Rights rights) {
		this.waitingList = waitingList;
		this.registrations = registrations;
		this.ticketTypes = ticketTypes;
		this.standings = standings;
		this.accounts = accounts;
		this.rights = rights;
	}

	/** A registration in a line or holding an offer, with its attendee and tier. */
	public record Waiter(int position, Registration registration, AccountSummary attendee, WaitingTier tier) {
	}

	/** A ticket type's offers in flight, by when they end, and its line in order. */
	public record Line(TicketType type, List<Waiter> offers, List<Waiter> waiting) {

		public Line {
			offers = List.copyOf(offers);
			waiting = List.copyOf(waiting);
		}

	}

	/**
	 * Every ticket type's line, by sale opening.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<Line> of(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		return ticketTypes.stored(event.id()).stream().map(type -> line(event, type)).toList();
	}

	private Line line(Event event, TicketType type) {
		Map<Long, Registration> byId = registrations.waitingOrOffered(type.id())
			.stream()
			.collect(Collectors.toMap(Registration::id, Function.identity()));
		Collection<Long> accountIds = byId.values().stream().map(Registration::accountId).toList();
		Map<Long, AccountSummary> attendees = accounts.summaries(accountIds);
		Map<Long, WaitingTier> tiers = standings.tiersOf(event, accountIds);
		List<Waiter> offers = byId.values()
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.OFFERED)
			.sorted((a, b) -> a.offerExpiresAt().compareTo(b.offerExpiresAt()))
			.map(registration -> waiter(0, registration, attendees, tiers))
			.toList();
		List<Waiter> waiting = new ArrayList<>();
		for (long id : waitingList.line(event, type.id())) {
			Registration registration = byId.get(id);
			if (registration != null) {
				waiting.add(waiter(waiting.size() + 1, registration, attendees, tiers));
			}
		}
		return new Line(type, offers, waiting);
	}

	private static Waiter waiter(int position, Registration registration, Map<Long, AccountSummary> attendees,
			Map<Long, WaitingTier> tiers) {
		return new Waiter(position, registration, attendees.get(registration.accountId()),
				tiers.get(registration.accountId()));
	}

}
