package org.plumbline.registration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.AccountSummary;
import org.plumbline.account.Rights;
import org.plumbline.event.Event;
import org.plumbline.registration.RegistrationListing.ListedRegistration;
import org.plumbline.registration.RegistrationListing.StatusTotal;
import org.plumbline.registration.RegistrationListing.TypePlaces;
import org.plumbline.registration.domain.RegistrationListRepository;
import org.plumbline.registration.domain.RegistrationListRepository.StatusCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' list of an event's registrations, active and ended (issue 13, point 7):
 * filtered, ordered and a page at a time, or all that a filter matches for a file. Only
 * the event's organisers read it. A page asks a fixed number of queries, however many
 * rows it shows: the attendees' names come in one call to the account feature.
 */
@Service
public class RegistrationList {

	public static final int PAGE_SIZE = 100;

	private final RegistrationListRepository list;

	private final AccountPersons accounts;

	private final Rights rights;

	RegistrationList(RegistrationListRepository list, AccountPersons accounts, Rights rights) {
		this.list = list;
		this.accounts = accounts;
		this.rights = rights;
	}

	/**
	 * The query's page, or its last page if it asks for one past the end.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public RegistrationListing page(Event event, long actorAccountId, RegistrationQuery query) {
		Organisers.require(rights, event, actorAccountId);
		long matching = list.count(event.id(), query);
		int pages = (int) Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(query.page(), pages);
		List<ListedRegistration> rows = withAttendees(
				list.rows(event.id(), query, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE));
		List<StatusCount> counts = list.counts(event.id());
		return new RegistrationListing(rows, matching, page, pages, totals(counts), types(event, counts));
	}

	/**
	 * Every registration the query matches, its page aside, in its order.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<ListedRegistration> all(Event event, long actorAccountId, RegistrationQuery query) {
		Organisers.require(rights, event, actorAccountId);
		return withAttendees(list.all(event.id(), query));
	}

	private List<ListedRegistration> withAttendees(List<Registration> registrations) {
		Map<Long, AccountSummary> attendees = accounts
			.summaries(registrations.stream().map(Registration::accountId).toList());
		return registrations.stream()
			.map(registration -> new ListedRegistration(registration, attendees.get(registration.accountId())))
			.toList();
	}

	private static List<StatusTotal> totals(List<StatusCount> counts) {
		Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
		for (StatusCount count : counts) {
			byStatus.merge(count.status(), count.count(), Long::sum);
		}
		List<StatusTotal> totals = new ArrayList<>();
		byStatus.forEach((status, count) -> totals.add(new StatusTotal(status, count)));
		return totals;
	}

	private List<TypePlaces> types(Event event, List<StatusCount> counts) {
		Map<Long, Long> waiting = new HashMap<>();
		for (StatusCount count : counts) {
			if (count.status() == RegistrationStatus.WAITING) {
				waiting.put(count.ticketTypeId(), count.count());
			}
		}
		return list.types(event.id())
			.stream()
			.map(type -> new TypePlaces(type.id(), type.name(), type.taken(), type.capacity(),
					waiting.getOrDefault(type.id(), 0L)))
			.toList();
	}

}
