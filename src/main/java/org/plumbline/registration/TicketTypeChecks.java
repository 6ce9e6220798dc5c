package org.plumbline.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plumbline.registration.domain.TicketTypeRepository.Fields;
import org.plumbline.validation.FieldChecks;

/**
 * A ticket type's form read into what is stored, every problem told beside its field at
 * once. The database holds the same rules as check constraints; these say them in words
 * first.
 */
final class TicketTypeChecks {

	/** A plain decimal amount: digits, and digits after a point; no sign, no exponent. */
	private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(\\.[0-9]+)?");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");

	/** Said where a ticket type anyone may buy is given codes. */
	static final String CODES_ONLY_FOR_CODE_HOLDERS = "Anyone may buy this ticket type: only one for code holders has codes.";

	private TicketTypeChecks() {
	}

	/**
	 * @throws org.plumbline.validation.InvalidFields for a missing or too long name, a
	 * description over 2000 characters, a price that is no amount, is negative or has
	 * more decimals than its currency, a missing or unknown currency for a price above 0,
	 * a capacity outside 1 to {@value TicketTypes#MAX_CAPACITY}, a missing, malformed or
	 * skipped sale time, a sale that does not close after it opens, or no choice of who
	 * may buy
	 */
	static Fields checked(TicketTypeInput input, ZoneId zone) {
		FieldChecks checks = new FieldChecks();
		String name = checks.requiredLine("name", input.name(), 200);
		String description = checks.optionalText("description", input.description(), 2000);
		Price price = price(checks, input.price(), input.currency());
		Integer capacity = capacity(checks, input.capacity());
		Instant opens = checks.localTime("saleOpensAt", input.saleOpensAt(), zone);
		Instant closes = checks.localTime("saleClosesAt", input.saleClosesAt(), zone);
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			checks.check("saleClosesAt", Optional.of("The sale must close after it opens."));
		}
		WhoMayBuy whoMayBuy = whoMayBuy(checks, input.whoMayBuy());
		checks.throwIfAny();
		return new Fields(name, description, price.minor(), price.currency(), capacity, opens, closes,
				whoMayBuy.name());
	}

	/**
	 * The code in capitals, so that a buyer need not remember its case and "uni" and
	 * "UNI" are one code.
	 * @throws org.plumbline.validation.InvalidFields for a missing or too long code, or
	 * one with other characters than letters, digits, - and _
	 */
	static String code(String typed) {
		FieldChecks checks = new FieldChecks();
		String code = checks.requiredLine("code", typed, 64);
		if (code != null && !CODE.matcher(code).matches()) {
			checks.check("code", Optional.of("A code has letters, digits, - and _ only, so that it is easy to type."));
		}
		checks.throwIfAny();
		return code.toUpperCase(Locale.ROOT);
	}

	private static Price price(FieldChecks checks, String typedAmount, String typedCurrency) {
		String amount = typedAmount == null || typedAmount.isBlank() ? "0" : typedAmount.strip();
		if (amount.startsWith("-")) {
			checks.check("price", Optional.of("A price cannot be negative; 0 is a free ticket."));
			return Price.FREE;
		}
		if (!AMOUNT.matcher(amount).matches()) {
			checks.check("price", Optional.of("Give an amount such as 12.50, or 0 for a free ticket."));
			return Price.FREE;
		}
		BigDecimal value = new BigDecimal(amount);
		if (value.signum() == 0) {
			return Price.FREE;
		}
		Currency currency = currency(checks, typedCurrency);
		if (currency == null) {
			return Price.FREE;
		}
		int digits = currency.getDefaultFractionDigits();
		if (value.stripTrailingZeros().scale() > digits) {
			checks.check("price",
					Optional.of(digits == 0 ? currency.getCurrencyCode() + " has no minor unit: give a whole amount."
							: currency.getCurrencyCode() + " has at most " + digits + " digits after the point."));
			return Price.FREE;
		}
		return new Price(value.movePointRight(digits).longValueExact(), currency.getCurrencyCode());
	}

	private static Currency currency(FieldChecks checks, String typed) {
		String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			checks.check("currency", Optional.of("A ticket with a price needs its currency, such as EUR."));
			return null;
		}
		Optional<Currency> money = Currency.getAvailableCurrencies()
			.stream()
			.filter(currency -> currency.getCurrencyCode().equals(code) && currency.getDefaultFractionDigits() >= 0)
			.findFirst();
		if (money.isPresent()) {
			return money.get();
		}
		checks.check("currency", Optional.of(code + " is no ISO 4217 currency code; give one such as EUR or USD."));
		return null;
	}

	private static Integer capacity(FieldChecks checks, String typed) {
		Integer capacity;
		try {
			capacity = Integer.valueOf(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException notANumber) {
			capacity = null;
		}
		if (capacity == null || capacity < 1 || capacity > TicketTypes.MAX_CAPACITY) {
			checks.check("capacity",
					Optional.of("Give a number of places from 1 to " + TicketTypes.MAX_CAPACITY + "."));
			return null;
		}
		return capacity;
	}

	private static WhoMayBuy whoMayBuy(FieldChecks checks, String typed) {
		for (WhoMayBuy choice : WhoMayBuy.values()) {
			if (choice.name().equals(typed)) {
				return choice;
			}
		}
		checks.check("whoMayBuy", Optional.of("Choose who may buy this ticket."));
		return null;
	}

	/** An amount in the currency's minor units; a free one has no currency. */
	private record Price(long minor, String currency) {

		static final Price FREE = new Price(0, null);

	}

}
