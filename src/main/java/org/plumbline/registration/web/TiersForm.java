package org.plumbline.registration.web;

import org.plumbline.registration.StandingRule;
import org.plumbline.registration.WaitingTiers.Placement;

/**
 * What one form of the tiers page sent, as text, so that a refused form shows what was
 * typed.
 *
 * @param tier a tier's number: the renamed one, or the one a person is placed in
 */
public record TiersForm(Kind kind, String tier, String name, String rule, String email, String reason) {

	static final TiersForm NONE = new TiersForm(Kind.NONE, "", "", "", "", "");

	/** Which form it is. */
	public enum Kind {

		NONE, ADD, RENAME, PLACE

	}

	public TiersForm {
		tier = text(tier);
		name = text(name);
		rule = text(rule);
		email = text(email);
		reason = text(reason);
	}

	static TiersForm added(String name, String rule) {
		return new TiersForm(Kind.ADD, "", name, rule, "", "");
	}

	static TiersForm renamed(int tier, String name) {
		return new TiersForm(Kind.RENAME, Integer.toString(tier), name, "", "", "");
	}

	static TiersForm placed(String email, String tier, String reason) {
		return new TiersForm(Kind.PLACE, tier, "", "", email, reason);
	}

	Placement placement() {
		return new Placement(email, tier, reason);
	}

	public boolean choseTier(int number) {
		return kind == Kind.PLACE && tier.equals(Integer.toString(number));
	}

	public boolean choseRule(StandingRule choice) {
		return kind == Kind.ADD && rule.equals(choice.name());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
