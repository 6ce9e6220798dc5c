package org.plumbline.registration;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.AccountSummary;
import org.plumbline.cfp.EventSpeakers;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconferences;
import org.plumbline.registration.domain.WaitingTierRepository;
import org.plumbline.registration.domain.WaitingTierRepository.PlacementRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which waiting-list tier each person stands in (issue 13, point 5): their hand placement
 * if an organiser made one, else the first tier in order whose rule they meet. Computed
 * from the current data on every question, never stored, so that a person whose topic's
 * acceptance is announced stands in the higher tier from that moment on.
 */
@Service
public class TierStandings {

	private static final Set<TopicState> ACCEPTED_TOPIC = EnumSet.of(TopicState.ACCEPTED, TopicState.CONFIRMED);

	private static final Set<TopicState> SUBMITTED_TOPIC = EnumSet
		.complementOf(EnumSet.of(TopicState.DRAFT, TopicState.WITHDRAWN));

	private static final Set<McStatus> ACCEPTED_MC = EnumSet.of(McStatus.ACCEPTED);

	private static final Set<McStatus> SUBMITTED_MC = EnumSet
		.complementOf(EnumSet.of(McStatus.DRAFT, McStatus.WITHDRAWN));

	private final WaitingTierRepository tiers;

	private final AccountPersons accounts;

	private final EventSpeakers speakers;

	private final Microconferences microconferences;

	TierStandings(WaitingTierRepository tiers, AccountPersons accounts, EventSpeakers speakers,
			Microconferences microconferences) {
		this.tiers = tiers;
		this.accounts = accounts;
		this.speakers = speakers;
		this.microconferences = microconferences;
	}

	/**
	 * The tier of each of the accounts in the event, in at most seven queries however
	 * many accounts are asked about; an account that does not exist has none.
	 */
	@Transactional(readOnly = true)
	public Map<Long, WaitingTier> tiersOf(Event event, Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		List<WaitingTier> order = StoredTiers.of(tiers.tiers(event.id()));
		Map<Long, WaitingTier> byId = order.stream()
			.filter(tier -> tier.id() != null)
			.collect(Collectors.toMap(WaitingTier::id, tier -> tier));
		Map<Long, Long> placedIn = tiers.placementsOf(event.id(), accountIds)
			.stream()
			.collect(Collectors.toMap(PlacementRow::accountId, PlacementRow::tierId));
		Map<Long, AccountSummary> found = accounts.summaries(accountIds);
		Set<Long> persons = found.values()
			.stream()
			.map(AccountSummary::verifiedPersonId)
			.filter(person -> person != null)
			.collect(Collectors.toSet());
		Standing standing = standing(event.id(), persons, order);
		Map<Long, WaitingTier> tierOf = new HashMap<>();
		for (AccountSummary account : found.values()) {
			WaitingTier placed = byId.get(placedIn.get(account.id()));
			tierOf.put(account.id(),
					placed != null ? placed
							: order.stream()
								.filter(tier -> standing.meets(account.verifiedPersonId(), tier.rule()))
								.findFirst()
								.orElseThrow());
		}
		return tierOf;
	}

	/**
	 * The tier of one account in the event.
	 * @throws IllegalArgumentException if no account has the id
	 */
	@Transactional(readOnly = true)
	public WaitingTier tierOf(Event event, long accountId) {
		WaitingTier tier = tiersOf(event, List.of(accountId)).get(accountId);
		if (tier == null) {
			throw new IllegalArgumentException("No account has the id " + accountId);
		}
		return tier;
	}

	/**
	 * The accounts in the order they wait: by tier, then in the order given (their
	 * arrival). Accounts that do not exist are left out.
	 */
	@Transactional(readOnly = true)
	public List<Long> inLine(Event event, List<Long> accountIdsByArrival) {
		Map<Long, WaitingTier> tierOf = tiersOf(event, accountIdsByArrival);
		return accountIdsByArrival.stream()
			.filter(tierOf::containsKey)
			.distinct()
			.sorted(Comparator.comparingInt(accountId -> tierOf.get(accountId).number()))
			.toList();
	}

	/** Asks only about the rules the event's tiers use. */
	private Standing standing(long eventId, Set<Long> persons, List<WaitingTier> order) {
		Set<StandingRule> used = order.stream()
			.map(WaitingTier::rule)
			.filter(rule -> rule != null)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(StandingRule.class)));
		Set<Long> speakersOrLeads = Set.of();
		Set<Long> proposers = Set.of();
		if (used.contains(StandingRule.SPEAKER_OR_LEAD) && !persons.isEmpty()) {
			speakersOrLeads = union(speakers.speakingIn(eventId, persons, ACCEPTED_TOPIC),
					microconferences.leadingIn(eventId, persons, ACCEPTED_MC));
		}
		if (used.contains(StandingRule.PROPOSER) && !persons.isEmpty()) {
			proposers = union(speakers.speakingIn(eventId, persons, SUBMITTED_TOPIC),
					microconferences.proposingIn(eventId, persons, SUBMITTED_MC));
		}
		return new Standing(speakersOrLeads, proposers);
	}

	private static Set<Long> union(Set<Long> one, Set<Long> other) {
		Set<Long> both = new HashSet<>(one);
		both.addAll(other);
		return both;
	}

	/** The persons who meet the rules that need the event's topics and MCs. */
	private record Standing(Set<Long> speakersOrLeads, Set<Long> proposers) {

		boolean meets(Long personId, StandingRule rule) {
			if (rule == null) {
				return false;
			}
			return switch (rule) {
				case SPEAKER_OR_LEAD -> personId != null && speakersOrLeads.contains(personId);
				case PROPOSER -> personId != null && proposers.contains(personId);
				case EVERYONE -> true;
			};
		}

	}

}
