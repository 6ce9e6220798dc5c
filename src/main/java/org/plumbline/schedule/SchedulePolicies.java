package org.plumbline.schedule;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.RulePolicyRepository;
import org.plumbline.schedule.domain.ScheduleSettingRepository;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each event's policy per conflict kind (DOMAIN.md L12): what the timetable editor and a
 * release do with its conflicts. A kind without a row has its default. Saved with them,
 * the {@link ReleaseSetting}: whether a release keeps accepted, unconfirmed talks.
 */
@Service
public class SchedulePolicies {

	static final String STALE = "Someone else changed these policies since you opened the page.";

	private final RulePolicyRepository policies;

	private final ScheduleSettingRepository settings;

	private final EditorRights rights;

	private final AuditLog audit;

	SchedulePolicies(RulePolicyRepository policies, ScheduleSettingRepository settings, EditorRights rights,
			AuditLog audit) {
		this.policies = policies;
		this.settings = settings;
		this.rights = rights;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public RulePolicies of(long eventId) {
		Map<String, RulePolicyRepository.Row> stored = policies.ofEvent(eventId)
			.stream()
			.collect(Collectors.toMap(RulePolicyRepository.Row::rule, Function.identity()));
		return new RulePolicies(Arrays.stream(ConflictKind.values()).map(kind -> {
			RulePolicyRepository.Row row = stored.get(kind.name());
			return row == null ? new RulePolicies.Choice(kind, kind.defaultPolicy(), 0, false)
					: new RulePolicies.Choice(kind, allowed(kind, RulePolicy.valueOf(row.policy())), row.version(),
							true);
		}).toList());
	}

	/** The event's release setting: off, at version 0, until an organiser saves it. */
	@Transactional(readOnly = true)
	public ReleaseSetting releaseSetting(long eventId) {
		return releaseSetting(settings.find(eventId));
	}

	/**
	 * Saves the policies and the release setting an organiser chose, all or none; what is
	 * unchanged keeps its row as it is.
	 * @throws TimetableNotFoundException if the account does not organise the event
	 * @throws InvalidFields for a policy that is none of its kind's
	 * {@link ConflictKind#choices()}, under the field named by {@link #field}
	 * @throws OptimisticLockingFailureException if one was saved since the form was
	 * opened
	 */
	@Transactional
	public void save(Event event, long actorAccountId, List<PolicyInput> inputs, ReleaseSetting release) {
		rights.requireOrganiser(actorAccountId, event);
		long eventId = event.id();
		Map<ConflictKind, RulePolicy> chosen = checked(inputs);
		RulePolicies before = of(eventId);
		for (PolicyInput input : inputs) {
			RulePolicies.Choice current = before.choice(input.kind());
			RulePolicy policy = chosen.get(input.kind());
			if (input.version() != current.version()) {
				throw new OptimisticLockingFailureException(STALE);
			}
			if (policy == current.policy()) {
				continue;
			}
			saved(eventId, input, policy, current.chosen());
			audit.record(new AuditEntry(eventId, actorAccountId, null, "schedule-policy", input.kind().name(),
					"schedule-policy-set", Map.of("policy", current.policy().name()), Map.of("policy", policy.name()),
					null));
		}
		saveRelease(eventId, actorAccountId, release);
	}

	/** The form field of a kind's policy. */
	public static String field(ConflictKind kind) {
		return "policy_" + kind.name();
	}

	private void saveRelease(long eventId, long actorAccountId, ReleaseSetting chosen) {
		Optional<ScheduleSettingRepository.Row> stored = settings.find(eventId);
		ReleaseSetting current = releaseSetting(stored);
		if (chosen.version() != current.version()) {
			throw new OptimisticLockingFailureException(STALE);
		}
		if (chosen.acceptedTalks() == current.acceptedTalks()) {
			return;
		}
		boolean fresh;
		try {
			fresh = settings.save(eventId, chosen.acceptedTalks(), chosen.version(), stored.isPresent());
		}
		catch (DuplicateKeyException createdMeanwhile) {
			fresh = false;
		}
		if (!fresh) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(eventId, actorAccountId, null, "schedule-setting", "release-accepted-talks",
				"schedule-setting-set", Map.of("releaseAcceptedTalks", current.acceptedTalks()),
				Map.of("releaseAcceptedTalks", chosen.acceptedTalks()), null));
	}

	private static ReleaseSetting releaseSetting(Optional<ScheduleSettingRepository.Row> stored) {
		return stored.map(row -> new ReleaseSetting(row.releaseAcceptedTalks(), row.version()))
			.orElse(new ReleaseSetting(false, 0));
	}

	private void saved(long eventId, PolicyInput input, RulePolicy policy, boolean exists) {
		boolean fresh;
		try {
			fresh = policies.save(eventId, input.kind().name(), policy.name(), input.version(), exists);
		}
		catch (DuplicateKeyException createdMeanwhile) {
			fresh = false;
		}
		if (!fresh) {
			throw new OptimisticLockingFailureException(STALE);
		}
	}

	/**
	 * A row saved before its kind's choices were narrowed warns instead of blocking.
	 */
	private static RulePolicy allowed(ConflictKind kind, RulePolicy stored) {
		return kind.choices().contains(stored) ? stored : RulePolicy.WARN;
	}

	private static Map<ConflictKind, RulePolicy> checked(List<PolicyInput> inputs) {
		Map<ConflictKind, RulePolicy> chosen = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (PolicyInput input : inputs) {
			RulePolicy policy = Arrays.stream(RulePolicy.values())
				.filter(known -> known.name().equals(input.policy() == null ? "" : input.policy().strip()))
				.findFirst()
				.orElse(null);
			if (policy == null) {
				problems.put(field(input.kind()), "Choose one of: block the change, block release, warn, ignore.");
			}
			else if (!input.kind().choices().contains(policy)) {
				problems.put(field(input.kind()),
						"Anyone can mark interest, so a room too small for it can only warn or be ignored.");
			}
			chosen.put(input.kind(), policy);
		}
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
		return chosen;
	}

}
