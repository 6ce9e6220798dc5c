package org.plumbline.registration.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money as people and banks write them: {@code 250}, {@code 250.00},
 * {@code 250,00}, {@code 1,250.00}, {@code 1.250,00}, {@code 1.250.000}, {@code -12.5}. A
 * lone separator followed by three digits ({@code 1.250}) is no amount: it could group
 * thousands or end a price in a currency with three decimals, and a payment recorded a
 * thousand times too high or too low is worse than a question.
 */
public final class Amounts {

	private static final Pattern INTEGER = Pattern.compile("\\d+");

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([.,])\\d{3})(?:\\1\\d{3})+");

	private static final Pattern LONE_THOUSANDS = Pattern.compile("\\d{1,3}[.,]\\d{3}");

	private static final Pattern DECIMAL_POINT = Pattern.compile("(\\d+|\\d{1,3}(?:,\\d{3})+)\\.(\\d+)");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d+|\\d{1,3}(?:\\.\\d{3})+),(\\d+)");

	private Amounts() {
	}

	/** The amount written, or empty if it is no amount. */
	public static Optional<BigDecimal> parse(String written) {
		if (written == null) {
			return Optional.empty();
		}
		String amount = written.strip().replaceAll("[\\s\\u00A0\\u202F']", "");
		boolean negative = amount.startsWith("-");
		if (negative || amount.startsWith("+")) {
			amount = amount.substring(1);
		}
		Optional<BigDecimal> value = unsigned(amount);
		return negative ? value.map(BigDecimal::negate) : value;
	}

	private static Optional<BigDecimal> unsigned(String amount) {
		if (INTEGER.matcher(amount).matches()) {
			return Optional.of(new BigDecimal(amount));
		}
		if (GROUPED.matcher(amount).matches()) {
			return Optional.of(new BigDecimal(amount.replaceAll("[.,]", "")));
		}
		for (Pattern decimal : new Pattern[] { DECIMAL_POINT, DECIMAL_COMMA }) {
			Matcher parts = decimal.matcher(amount);
			if (parts.matches() && !LONE_THOUSANDS.matcher(amount).matches()) {
				return Optional.of(new BigDecimal(parts.group(1).replaceAll("[.,]", "") + "." + parts.group(2)));
			}
		}
		return Optional.empty();
	}

	/**
	 * The amount in a currency's minor units, or empty if it has more decimals than the
	 * currency.
	 */
	public static Optional<Long> minor(BigDecimal amount, String currency) {
		BigDecimal minor = amount.movePointRight(Currency.getInstance(currency).getDefaultFractionDigits());
		try {
			return Optional.of(minor.stripTrailingZeros().longValueExact());
		}
		catch (ArithmeticException notWhole) {
			return Optional.empty();
		}
	}

}
