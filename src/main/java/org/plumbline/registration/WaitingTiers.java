package org.plumbline.registration;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.AccountSummary;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.registration.domain.WaitingTierRepository;
import org.plumbline.registration.domain.WaitingTierRepository.PlacementRow;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' side of an event's waiting-list tiers (issue 13, point 5): they rename,
 * reorder, add and delete tiers, and place one person into a tier by hand, with a reason.
 * Only the event's organisers see and change them. Every change carries the version of
 * the list its form was opened at, so a stale form is told and changes nothing; the first
 * change of an event saves its default tiers with it; every change is audited in its
 * transaction.
 */
@Service
public class WaitingTiers {

	/** The most characters a tier's name has. */
	public static final int MAX_NAME_LENGTH = 100;

	/** The most characters the reason of a hand placement has. */
	public static final int MAX_REASON_LENGTH = 1000;

	static final String STALE = "The waiting list's tiers were changed since you opened the page.";

	private final WaitingTierRepository tiers;

	private final AccountPersons accounts;

	private final Rights rights;

	private final AuditLog audit;

	private final Clock clock;

	WaitingTiers(WaitingTierRepository tiers, AccountPersons accounts, Rights rights, AuditLog audit, Clock clock) {
		this.tiers = tiers;
		this.accounts = accounts;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The event's tiers in order: the defaults while it never saved them.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public WaitingTierList list(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		return stored(event.id());
	}

	/**
	 * The people placed in a tier by hand, newest first.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<HandPlacement> placements(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		List<WaitingTier> order = stored(event.id()).tiers();
		List<PlacementRow> rows = tiers.placements(event.id());
		Set<Long> named = new HashSet<>();
		rows.forEach(row -> {
			named.add(row.accountId());
			Optional.ofNullable(row.placedBy()).ifPresent(named::add);
		});
		Map<Long, AccountSummary> names = accounts.summaries(named);
		return rows.stream().map(row -> {
			AccountSummary placed = names.get(row.accountId());
			AccountSummary by = row.placedBy() == null ? null : names.get(row.placedBy());
			return new HandPlacement(row.accountId(), placed.displayName(), placed.email(), row.tierId(),
					tierWithId(order, row.tierId()).name(), by == null ? null : by.displayName(), row.placedAt(),
					row.reason());
		}).toList();
	}

	/**
	 * Adds a tier after the last, with a rule or for hand placements only.
	 * @param rule a {@link StandingRule}'s name, or blank for none
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if the list changed since its form was
	 * opened
	 * @throws InvalidFields for a blank, too long or taken name, or an unknown rule
	 */
	@Transactional
	public WaitingTier add(Event event, long actorAccountId, int version, String name, String rule) {
		WaitingTierList before = changing(event, actorAccountId, version);
		FieldChecks checks = new FieldChecks();
		String checkedName = name(checks, before, name, null);
		StandingRule checkedRule = null;
		if (rule != null && !rule.isBlank()) {
			try {
				checkedRule = StandingRule.valueOf(rule.strip());
			}
			catch (IllegalArgumentException unknown) {
				checks.check("rule", Optional.of("Choose a rule from the list."));
			}
		}
		checks.throwIfAny();
		long id = tiers.insertTier(event.id(), checkedName, checkedRule == null ? null : checkedRule.name(), false);
		WaitingTier added = tierWithId(stored(event.id()).tiers(), id);
		record(event, actorAccountId, "waiting-tier", id, "waiting-tier-added", null, audited(added), null);
		return added;
	}

	/**
	 * Renames the tier of this number in the list its form showed.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if the list changed since its form was
	 * opened
	 * @throws InvalidFields for a blank, too long or taken name, or no such tier
	 */
	@Transactional
	public void rename(Event event, long actorAccountId, int version, int number, String name) {
		WaitingTierList before = changing(event, actorAccountId, version);
		WaitingTier tier = numbered(before, number);
		FieldChecks checks = new FieldChecks();
		String checkedName = name(checks, before, name, tier);
		checks.throwIfAny();
		tiers.rename(tier.id(), checkedName);
		record(event, actorAccountId, "waiting-tier", tier.id(), "waiting-tier-renamed", Map.of("name", tier.name()),
				Map.of("name", checkedName), null);
	}

	/**
	 * Moves the tier of this number one place up (towards the first) or down.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if the list changed since its form was
	 * opened
	 * @throws InvalidFields for no such tier, the first moving up or the last down
	 */
	@Transactional
	public void move(Event event, long actorAccountId, int version, int number, boolean up) {
		WaitingTierList before = changing(event, actorAccountId, version);
		WaitingTier tier = numbered(before, number);
		WaitingTier neighbour = before.numbered(up ? number - 1 : number + 1)
			.orElseThrow(() -> new InvalidFields(
					Map.of("tier", tier.name() + " is the " + (up ? "first" : "last") + " tier already.")));
		var rows = tiers.tiers(event.id());
		tiers.swap(rows.get(tier.number() - 1), rows.get(neighbour.number() - 1));
		record(event, actorAccountId, "waiting-tier", tier.id(), "waiting-tier-moved", Map.of("order", names(before)),
				Map.of("order", names(stored(event.id()))), null);
	}

	/**
	 * Deletes the tier of this number: one that is not a default and has nobody placed in
	 * it.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if the list changed since its form was
	 * opened
	 * @throws InvalidFields for no such tier, a default one, or one people are placed in
	 */
	@Transactional
	public void delete(Event event, long actorAccountId, int version, int number) {
		WaitingTierList before = changing(event, actorAccountId, version);
		WaitingTier tier = numbered(before, number);
		if (tier.isDefault()) {
			throw new InvalidFields(Map.of("tier", tier.name()
					+ " is one of the three default tiers, which stay so that everyone has a tier; rename it instead."));
		}
		long placed = tiers.placedIn(tier.id());
		if (placed > 0) {
			throw new InvalidFields(
					Map.of("tier", (placed == 1 ? "1 person is" : placed + " people are") + " placed in " + tier.name()
							+ " by hand: place them elsewhere or remove their placements first."));
		}
		tiers.deleteTier(tier.id());
		record(event, actorAccountId, "waiting-tier", tier.id(), "waiting-tier-deleted", audited(tier), null, null);
	}

	/**
	 * Places the account with this address into the tier of this number, whatever its
	 * standing, instead of any earlier hand placement; the reason is kept and logged.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if the list changed since its form was
	 * opened
	 * @throws InvalidFields for an address no account has, no such tier, or a missing or
	 * too long reason
	 */
	@Transactional
	public void place(Event event, long actorAccountId, int version, Placement placement) {
		WaitingTierList before = changing(event, actorAccountId, version);
		FieldChecks checks = new FieldChecks();
		String email = checks.required("email", placement.email(), 254);
		Optional<AccountSummary> account = email == null ? Optional.empty() : accounts.accountOf(email);
		if (email != null && account.isEmpty()) {
			checks.check("email", Optional.of("No account has this address."));
		}
		Optional<WaitingTier> tier = number(placement.tier()).flatMap(before::numbered);
		if (tier.isEmpty()) {
			checks.check("tier", Optional.of("Choose a tier."));
		}
		String reason = checks.requiredText("reason", placement.reason(), MAX_REASON_LENGTH);
		checks.throwIfAny();
		long accountId = account.orElseThrow().id();
		Optional<PlacementRow> earlier = tiers.placement(event.id(), accountId);
		tiers.place(event.id(), accountId, tier.orElseThrow().id(), actorAccountId, clock.instant(), reason);
		record(event, actorAccountId, "waiting-tier-placement", accountId, "waiting-tier-placed",
				earlier.map(row -> placed(account.get(), tierWithId(before.tiers(), row.tierId()))).orElse(null),
				placed(account.get(), tier.get()), reason);
	}

	/**
	 * Removes the hand placement of an account: it stands in its tier by its rules again.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 * @throws OptimisticLockingFailureException if the list changed since its form was
	 * opened, or the account is placed by hand no more
	 */
	@Transactional
	public void removePlacement(Event event, long actorAccountId, int version, long accountId) {
		WaitingTierList before = changing(event, actorAccountId, version);
		PlacementRow placement = tiers.placement(event.id(), accountId)
			.orElseThrow(() -> new OptimisticLockingFailureException(STALE));
		tiers.removePlacement(event.id(), accountId);
		AccountSummary account = accounts.summaries(List.of(accountId)).get(accountId);
		record(event, actorAccountId, "waiting-tier-placement", accountId, "waiting-tier-placement-removed",
				placed(account, tierWithId(before.tiers(), placement.tierId())), null, null);
	}

	/**
	 * Checks who asks and moves the list on from the version the form saw; on the event's
	 * first change, saves its default tiers first.
	 * @return the list as the form showed it, now saved
	 */
	private WaitingTierList changing(Event event, long actorAccountId, int version) {
		Organisers.require(rights, event, actorAccountId);
		if (!tiers.advance(event.id(), version, clock.instant())) {
			throw new OptimisticLockingFailureException(STALE);
		}
		if (version == 0) {
			for (StandingRule rule : StandingRule.values()) {
				tiers.insertTier(event.id(), rule.defaultTierName(), rule.name(), true);
			}
		}
		return new WaitingTierList(version, StoredTiers.of(tiers.tiers(event.id())));
	}

	private WaitingTierList stored(long eventId) {
		return new WaitingTierList(tiers.version(eventId), StoredTiers.of(tiers.tiers(eventId)));
	}

	private static String name(FieldChecks checks, WaitingTierList list, String typed, WaitingTier renamed) {
		String name = checks.requiredLine("name", typed, MAX_NAME_LENGTH);
		if (name != null && list.tiers()
			.stream()
			.anyMatch(tier -> (renamed == null || tier.number() != renamed.number())
					&& tier.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
			checks.check("name", Optional.of("Another tier is called " + name + "."));
		}
		return name;
	}

	private static WaitingTier numbered(WaitingTierList list, int number) {
		return list.numbered(number).orElseThrow(() -> new InvalidFields(Map.of("tier", "No tier has this number.")));
	}

	private static Optional<Integer> number(String typed) {
		try {
			return Optional.of(Integer.parseInt(typed == null ? "" : typed.strip()));
		}
		catch (NumberFormatException none) {
			return Optional.empty();
		}
	}

	private static WaitingTier tierWithId(List<WaitingTier> order, long id) {
		return order.stream().filter(tier -> Long.valueOf(id).equals(tier.id())).findFirst().orElseThrow();
	}

	private static List<String> names(WaitingTierList list) {
		return list.tiers().stream().map(WaitingTier::name).toList();
	}

	private static Map<String, Object> audited(WaitingTier tier) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("name", tier.name());
		shown.put("number", tier.number());
		shown.put("rule", tier.rule() == null ? null : tier.rule().name());
		return shown;
	}

	private static Map<String, Object> placed(AccountSummary account, WaitingTier tier) {
		return Map.of("account", account.email(), "tier", tier.name());
	}

	private void record(Event event, long actorAccountId, String objectType, long objectId, String action,
			Object before, Object after, String reason) {
		audit.record(new AuditEntry(event.id(), actorAccountId, null, objectType, Long.toString(objectId), action,
				before, after, reason));
	}

	/**
	 * A hand placement as its form sends it: the account's address, a tier's number, why.
	 */
	public record Placement(String email, String tier, String reason) {
	}

}
