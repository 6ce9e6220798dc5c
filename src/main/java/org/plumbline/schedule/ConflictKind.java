package org.plumbline.schedule;

import java.util.Arrays;
import java.util.List;

/**
 * What an event sets a policy for: a rule at one level it occurs at. A person in two
 * places is hard for a lead or speaker and medium for a key attendee, and so is being
 * needed while declared unavailable; DOMAIN.md's defaults ("hard blocks a release, medium
 * and soft warn") hold only if the two levels have a policy each, so they are two kinds
 * here, stored under these names in {@code schedule_rule_policy.rule}.
 */
public enum ConflictKind {

	PERSON_IN_TWO_PLACES(ConflictRule.PERSON_IN_TWO_PLACES, ConflictLevel.HARD,
			"A lead or speaker needed in two places at once"),
	KEY_ATTENDEE_IN_TWO_PLACES(ConflictRule.PERSON_IN_TWO_PLACES, ConflictLevel.MEDIUM,
			"A key attendee needed in two places at once"),
	ROOM_USED_TWICE(ConflictRule.ROOM_USED_TWICE, ConflictLevel.HARD, "A room used by two sessions at once"),
	OUTSIDE_THE_EVENT(ConflictRule.OUTSIDE_THE_EVENT, ConflictLevel.HARD, "A session outside the event's days"),
	UNAVAILABLE(ConflictRule.UNAVAILABLE, ConflictLevel.HARD,
			"A lead, speaker or room needed while declared unavailable"),
	KEY_ATTENDEE_UNAVAILABLE(ConflictRule.UNAVAILABLE, ConflictLevel.MEDIUM,
			"A key attendee needed while declared unavailable"),
	ROOM_TOO_SMALL(ConflictRule.ROOM_TOO_SMALL, ConflictLevel.SOFT,
			"A room with fewer seats than the people interested");

	private final ConflictRule rule;

	private final ConflictLevel level;

	private final String description;

	ConflictKind(ConflictRule rule, ConflictLevel level, String description) {
		this.rule = rule;
		this.level = level;
		this.description = description;
	}

	/** The kind of a conflict the checker found. */
	public static ConflictKind of(Conflict conflict) {
		return Arrays.stream(values())
			.filter(kind -> kind.rule == conflict.rule() && kind.level == conflict.level())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"no policy for " + conflict.rule() + " at level " + conflict.level()));
	}

	public ConflictRule rule() {
		return rule;
	}

	public ConflictLevel level() {
		return level;
	}

	/** What an organiser reads beside the policy. */
	public String description() {
		return description;
	}

	/**
	 * The policies an organiser may choose for it. A room too small is counted from
	 * interest marks, which anyone can send without an account (a script posting in a
	 * loop makes a new visitor each time), so it may only warn or be ignored: were it
	 * allowed to block, such a script could hold back the timetable's changes or its
	 * release. Limiting how fast marks may come is left for the reliability work.
	 */
	public List<RulePolicy> choices() {
		return this == ROOM_TOO_SMALL ? List.of(RulePolicy.WARN, RulePolicy.IGNORE) : List.of(RulePolicy.values());
	}

	/**
	 * DOMAIN.md: hard blocks a release (and warns while editing), medium and soft warn.
	 */
	public RulePolicy defaultPolicy() {
		return level == ConflictLevel.HARD ? RulePolicy.BLOCK_RELEASE : RulePolicy.WARN;
	}

}
