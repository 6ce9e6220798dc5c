package org.plumbline.registration.web;

import java.time.Instant;
import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.HandPlacement;
import org.plumbline.registration.StandingRule;
import org.plumbline.registration.WaitingTier;
import org.plumbline.registration.WaitingTierList;
import org.plumbline.validation.FormErrors;

/**
 * The waiting list's tiers page: the event's tiers as they are now, each with its forms,
 * the people placed by hand, and the forms that add a tier and place a person, as typed
 * after a refusal.
 *
 * @param refused which form was refused, so its messages are shown beside it, or
 * {@code null}
 */
public record WaitingTiersPage(Event event, WaitingTierList list, List<HandPlacement> placements, TiersForm refused,
		FormErrors errors) {

	/** The rules an organiser may give a new tier. */
	public List<StandingRule> rules() {
		return List.of(StandingRule.values());
	}

	public String base() {
		return "/manage/" + event.slug() + "/registration/tiers";
	}

	/** How many people are placed in the tier by hand. */
	public long placedIn(WaitingTier tier) {
		return placements.stream().filter(placement -> tier.id() != null && placement.tierId() == tier.id()).count();
	}

	/** The name the rename form of the tier shows: as typed if it was refused. */
	public String nameOf(WaitingTier tier) {
		return renameRefused(tier) ? refused.name() : tier.name();
	}

	/** The message beside the name of the tier, if its rename was refused. */
	public String nameError(WaitingTier tier) {
		return renameRefused(tier) ? errors.of("name") : null;
	}

	/** The errors of the form that adds a tier, if it was the one refused. */
	public FormErrors addErrors() {
		return refused.kind() == TiersForm.Kind.ADD ? errors : FormErrors.NONE;
	}

	/** The errors of the form that places a person, if it was the one refused. */
	public FormErrors placeErrors() {
		return refused.kind() == TiersForm.Kind.PLACE ? errors : FormErrors.NONE;
	}

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	private boolean renameRefused(WaitingTier tier) {
		return refused.kind() == TiersForm.Kind.RENAME && refused.tier().equals(Integer.toString(tier.number()));
	}

}
