package org.plumbline.registration;

import java.math.BigDecimal;
import java.util.Currency;

/** Prices kept in a currency's minor units, as people read them. */
public final class Prices {

	private Prices() {
	}

	/** "12.50 EUR", or "Free" for 0. */
	public static String shown(long priceMinor, String currency) {
		return priceMinor == 0 ? "Free" : amount(priceMinor, currency) + " " + currency;
	}

	/** "12.50", or "0" for free. */
	public static String amount(long priceMinor, String currency) {
		return priceMinor == 0 ? "0"
				: BigDecimal.valueOf(priceMinor, Currency.getInstance(currency).getDefaultFractionDigits())
					.toPlainString();
	}

}
