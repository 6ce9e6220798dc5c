package org.plumbline.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an event's organisers and MC leads set for its timetable's checks and its
 * scheduler, as a backup of the event holds it. Only what was chosen is held: a rule
 * without a policy, a constraint without a weight and a block an MC said nothing of have
 * their defaults.
 *
 * @param releaseAcceptedTalks the saved release switch, or {@code null} if never saved
 * @param policies the policies chosen, in the order of {@link ConflictKind}
 * @param weights the weights chosen, in the order of the solver's constraints
 * @param preferences the MCs' preferred and avoided blocks, by MC id, then block id
 * @param unavailability the declared intervals, by start
 */
public record BackedUpSchedulerInputs(Boolean releaseAcceptedTalks, Map<ConflictKind, RulePolicy> policies,
		List<Weight> weights, List<Preference> preferences, List<Period> unavailability) {

	public BackedUpSchedulerInputs {
		policies = Map.copyOf(policies);
		weights = List.copyOf(weights);
		preferences = List.copyOf(preferences);
		unavailability = List.copyOf(unavailability);
	}

	/**
	 * The level and weight chosen for one of the solver's constraints.
	 *
	 * @param constraint the constraint's name, as the weights page and instance files
	 * name it ({@code TALK_ORDER})
	 */
	public record Weight(String constraint, ConflictLevel level, long weight) {
	}

	/** What an MC's leads said of one time block of the event. */
	public record Preference(long microconferenceId, long timeBlockId, TimePreference preference) {
	}

	/**
	 * An interval during which one person or one room is declared unavailable; exactly
	 * one of {@code personId} and {@code roomId} is set.
	 *
	 * @param reason why, in a few words, or {@code null}
	 */
	public record Period(Long personId, Long roomId, Instant startsAt, Instant endsAt, String reason) {
	}

}
