package org.plumbline.registration.web;

import org.plumbline.registration.BankStatements.Sample;
import org.plumbline.registration.ColumnMapping;
import org.plumbline.registration.ColumnMapping.DateFormat;

/**
 * The column mapping of a bank statement, bound as text, as typed; blank before the
 * organiser first maps the columns.
 */
public record StatementForm(String separator, String header, String textColumn, String amountColumn,
		String currencyColumn, String dateColumn, String dateFormat) {

	public StatementForm {
		separator = text(separator);
		header = text(header);
		textColumn = text(textColumn);
		amountColumn = text(amountColumn);
		currencyColumn = text(currencyColumn);
		dateColumn = text(dateColumn);
		dateFormat = text(dateFormat);
	}

	/** Whether the organiser sent a mapping, rather than opening the page. */
	boolean submitted() {
		return !textColumn.isEmpty() || !amountColumn.isEmpty() || !dateColumn.isEmpty();
	}

	/** The form before any mapping: the guessed separator, a row of column names. */
	static StatementForm first(Sample sample) {
		return new StatementForm(sample.separator().name(), "on", "", "", "", "", DateFormat.ISO.name());
	}

	/**
	 * @throws org.plumbline.validation.InvalidFields beside each field that is wrong
	 */
	ColumnMapping mapping() {
		return ColumnMapping.read(separator, header, textColumn, amountColumn, currencyColumn, dateColumn, dateFormat);
	}

	public boolean hasHeader() {
		return "on".equals(header) || "true".equals(header);
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
