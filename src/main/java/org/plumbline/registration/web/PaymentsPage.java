package org.plumbline.registration.web;

import java.time.Instant;
import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.BankStatement;
import org.plumbline.registration.Prices;
import org.plumbline.registration.Registrant;
import org.plumbline.validation.FormErrors;

/**
 * The organisers' payments page: the registrations awaiting payment, each with the form
 * that marks it paid, and the bank statements uploaded, with the form that uploads one.
 *
 * @param refused the registration whose form was refused, or 0
 * @param typedAmount the amount its form sent
 */
public record PaymentsPage(Event event, List<Registrant> awaiting, List<BankStatement> statements, long refused,
		String typedAmount, FormErrors errors) {

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	/**
	 * The amount a registration's form shows: as typed after a refusal, else the price.
	 */
	public String amount(Registrant registrant) {
		return registrant.registration().id() == refused ? typedAmount
				: Prices.amount(registrant.registration().priceMinor(), registrant.registration().currency());
	}

	/** The message beside a registration's amount, or {@code null}. */
	public String amountError(Registrant registrant) {
		return registrant.registration().id() == refused ? errors.of("amount") : null;
	}

	public String statementPath(BankStatement statement) {
		return "/manage/" + event.slug() + "/registration/statements/" + statement.id();
	}

}
