package org.plumbline.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Amounts read as banks and organisers write them, and refused when they are ambiguous.
 */
class AmountsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "250|250", "250.00|250.00", "250,00|250.00", "1,250.00|1250.00",
			"1.250,00|1250.00", "1.250.000|1250000", "-12.5|-12.5", "+40|40", "1 250,00|1250.00", "1'250.00|1250.00" })
	void writtenAmountsAreRead(String written, String amount) {
		assertThat(Amounts.parse(written)).contains(new BigDecimal(amount));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "two hundred", "1,250", "250.000", "12.50 EUR", "1,25,0", "--5", "1.250.00,5" })
	void ambiguousOrMalformedAmountsAreNone(String written) {
		assertThat(Amounts.parse(written)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "250.00,EUR,25000", "250,JPY,250", "0.5,EUR,50" })
	void amountsBecomeTheCurrencysMinorUnits(String amount, String currency, long minor) {
		assertThat(Amounts.minor(new BigDecimal(amount), currency)).contains(minor);
	}

	@ParameterizedTest
	@CsvSource({ "250.001,EUR", "250.5,JPY" })
	void amountsFinerThanTheCurrencyHaveNoMinorUnits(String amount, String currency) {
		assertThat(Amounts.minor(new BigDecimal(amount), currency)).isEmpty();
	}

}
