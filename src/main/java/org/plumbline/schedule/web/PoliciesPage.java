package org.plumbline.schedule.web;

import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.PolicyInput;
import org.plumbline.schedule.ReleaseSetting;
import org.plumbline.schedule.RulePolicies;
import org.plumbline.schedule.RulePolicy;
import org.plumbline.schedule.SchedulePolicies;
import org.plumbline.validation.FormErrors;

/**
 * The conflict-policies page: one row per kind and the release setting, showing what is
 * saved, or after a refused form what was chosen, with its errors.
 */
public record PoliciesPage(Event event, List<Row> rows, ReleaseSetting release, FormErrors errors) {

	/** The checkbox of {@link ReleaseSetting#acceptedTalks()}, sent only when ticked. */
	public static final String RELEASE_FIELD = "release_accepted_talks";

	public static final String RELEASE_VERSION_FIELD = "version_release_accepted_talks";

	/**
	 * @param chosen the policy's name as saved or as sent
	 * @param version the version to send back
	 */
	public record Row(ConflictKind kind, String chosen, int version, boolean isDefault) {

		public String field() {
			return SchedulePolicies.field(kind);
		}

		public String versionField() {
			return PoliciesPage.versionField(kind);
		}

		/** The choices the form offers for this kind, in the order it lists them. */
		public List<RulePolicy> choices() {
			return kind.choices();
		}

	}

	static PoliciesPage saved(Event event, RulePolicies saved, ReleaseSetting release) {
		return new PoliciesPage(event,
				saved.choices()
					.stream()
					.map(choice -> new Row(choice.kind(), choice.policy().name(), choice.version(), !choice.chosen()))
					.toList(),
				release, FormErrors.NONE);
	}

	static PoliciesPage typed(Event event, List<PolicyInput> inputs, ReleaseSetting release, RulePolicies saved,
			FormErrors errors) {
		return new PoliciesPage(event, inputs.stream()
			.map(input -> new Row(input.kind(), input.policy(), input.version(), !saved.choice(input.kind()).chosen()))
			.toList(), release, errors);
	}

	/**
	 * The same choices over the versions saved now, so that saving again replaces them.
	 */
	PoliciesPage withSavedVersions(RulePolicies saved, ReleaseSetting savedRelease) {
		return new PoliciesPage(event,
				rows.stream()
					.map(row -> new Row(row.kind(), row.chosen(), saved.choice(row.kind()).version(), row.isDefault()))
					.toList(),
				new ReleaseSetting(release.acceptedTalks(), savedRelease.version()), errors);
	}

	static String versionField(ConflictKind kind) {
		return "version_" + kind.name();
	}

	/** What an organiser reads for a policy. */
	public static String label(RulePolicy policy) {
		return switch (policy) {
			case BLOCK_CHANGE -> "Block the change";
			case BLOCK_RELEASE -> "Block release (warn while editing)";
			case WARN -> "Warn";
			case IGNORE -> "Ignore";
		};
	}

	public static String level(ConflictKind kind) {
		return kind.level().name().toLowerCase(java.util.Locale.ROOT);
	}

}
