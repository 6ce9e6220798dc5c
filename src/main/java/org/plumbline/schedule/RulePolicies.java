package org.plumbline.schedule;

import java.util.List;

/**
 * An event's policy for each conflict kind, in {@link ConflictKind} order.
 */
public record RulePolicies(List<Choice> choices) {

	public RulePolicies {
		choices = List.copyOf(choices);
	}

	/**
	 * @param version the stored row's version, 0 while the kind has its default
	 * @param chosen whether an organiser chose it (else it is the default)
	 */
	public record Choice(ConflictKind kind, RulePolicy policy, int version, boolean chosen) {
	}

	public RulePolicy of(ConflictKind kind) {
		return choice(kind).policy();
	}

	public Choice choice(ConflictKind kind) {
		return choices.stream()
			.filter(choice -> choice.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no choice for " + kind));
	}

}
