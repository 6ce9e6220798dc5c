package org.plumbline.registration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;

import org.plumbline.validation.FieldChecks;

/**
 * Which columns of a bank statement hold what, as an organiser mapped them; columns are
 * numbered from 1, as a spreadsheet shows them.
 *
 * @param currency the column of the currency, or 0 when the statement has none (every
 * line is then in the registration's currency)
 * @param header whether the first row names the columns rather than being a line
 */
public record ColumnMapping(Separator separator, boolean header, int text, int amount, int currency, int date,
		DateFormat dateFormat) {

	/** How a statement's columns are separated. */
	public enum Separator {

		COMMA(',', "Comma (,)"), SEMICOLON(';', "Semicolon (;)"), TAB('\t', "Tab");

		private final char character;

		private final String words;

		Separator(char character, String words) {
			this.character = character;
			this.words = words;
		}

		public char character() {
			return character;
		}

		public String words() {
			return words;
		}

	}

	/** How a statement writes its dates. */
	public enum DateFormat {

		ISO("uuuu-MM-dd", "2027-03-31"), DAY_DOT_MONTH("d.M.uuuu", "31.03.2027"),
		DAY_SLASH_MONTH("d/M/uuuu", "31/03/2027"), MONTH_SLASH_DAY("M/d/uuuu", "03/31/2027");

		private final DateTimeFormatter format;

		private final String example;

		DateFormat(String pattern, String example) {
			this.format = DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
			this.example = example;
		}

		public String example() {
			return example;
		}

		public Optional<LocalDate> parse(String written) {
			try {
				return Optional.of(LocalDate.parse(written.strip(), format));
			}
			catch (DateTimeParseException notADate) {
				return Optional.empty();
			}
		}

	}

	/**
	 * The mapping as a form sent it.
	 * @throws org.plumbline.validation.InvalidFields beside each field that names no
	 * column, a separator or a date format, and when two fields name one column
	 */
	public static ColumnMapping read(String separator, String header, String text, String amount, String currency,
			String date, String dateFormat) {
		FieldChecks checks = new FieldChecks();
		Separator separatorRead = choice(checks, "separator", separator, Separator.class);
		DateFormat formatRead = choice(checks, "dateFormat", dateFormat, DateFormat.class);
		int textColumn = column(checks, "textColumn", text, true);
		int amountColumn = column(checks, "amountColumn", amount, true);
		int currencyColumn = column(checks, "currencyColumn", currency, false);
		int dateColumn = column(checks, "dateColumn", date, true);
		Map<String, Integer> columns = Map.of("amountColumn", amountColumn, "currencyColumn", currencyColumn,
				"dateColumn", dateColumn);
		columns.forEach((field, column) -> {
			if (column > 0 && column == textColumn) {
				checks.check(field, Optional.of("Column " + column + " holds the reference already."));
			}
		});
		if (amountColumn > 0 && (amountColumn == currencyColumn || amountColumn == dateColumn)) {
			checks.check("amountColumn", Optional.of("Column " + amountColumn + " is mapped twice."));
		}
		checks.throwIfAny();
		return new ColumnMapping(separatorRead, "true".equals(header) || "on".equals(header), textColumn, amountColumn,
				currencyColumn, dateColumn, formatRead);
	}

	private static <E extends Enum<E>> E choice(FieldChecks checks, String field, String typed, Class<E> type) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(typed)) {
				return value;
			}
		}
		checks.check(field, Optional.of("Choose one of the options listed."));
		return null;
	}

	private static int column(FieldChecks checks, String field, String typed, boolean required) {
		String value = typed == null ? "" : typed.strip();
		if (value.isEmpty() || (!required && value.equals("0"))) {
			if (required) {
				checks.check(field, Optional.of("Choose the column."));
			}
			return 0;
		}
		try {
			int column = Integer.parseInt(value);
			if (column >= 1 && column <= 1000) {
				return column;
			}
		}
		catch (NumberFormatException notANumber) {
			// told below
		}
		checks.check(field, Optional.of("Choose a column by its number, from 1."));
		return 0;
	}

}
