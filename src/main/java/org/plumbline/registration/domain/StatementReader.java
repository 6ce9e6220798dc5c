package org.plumbline.registration.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plumbline.registration.ColumnMapping;
import org.plumbline.registration.ColumnMapping.Separator;
import org.plumbline.validation.InvalidFields;

/**
 * Bank statements as CSV text: what an upload must be, and its lines read through an
 * organiser's column mapping. Every refusal names the row at fault, beside the form field
 * it concerns.
 */
public final class StatementReader {

	/** The largest statement accepted, in bytes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/**
	 * Windows-1252 is what spreadsheet programs and many banks write when they do not
	 * write UTF-8.
	 */
	private static final Charset LEGACY = Charset.forName("windows-1252");

	private StatementReader() {
	}

	/** A line of the statement as its mapping reads it. */
	public record ReadLine(long row, String text, BigDecimal amount, String amountWritten, String currency,
			LocalDate date, String dateWritten) {
	}

	/**
	 * The text of an uploaded statement, checked to be CSV that a mapping can read.
	 * @throws InvalidFields beside {@code file} for an empty or too big file, one that is
	 * not text, or text that is not CSV
	 */
	public static String text(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw refused("The file is empty: choose the statement exported by your bank.");
		}
		if (bytes.length > MAX_BYTES) {
			throw refused("The file is larger than " + MAX_BYTES / (1024 * 1024)
					+ " MB, the most a statement may have: export a shorter period.");
		}
		String text = decoded(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
			throw refused("The file is not text: upload the statement as CSV.");
		}
		if (text.isBlank()) {
			throw refused("The file is empty: choose the statement exported by your bank.");
		}
		records(text, guessSeparator(text), "file");
		return text;
	}

	/** The separator that the statement's first line uses most. */
	public static Separator guessSeparator(String text) {
		String first = text.lines().findFirst().orElse("");
		Separator best = Separator.COMMA;
		long most = 0;
		for (Separator separator : Separator.values()) {
			long count = first.chars().filter(c -> c == separator.character()).count();
			if (count > most) {
				most = count;
				best = separator;
			}
		}
		return best;
	}

	/**
	 * Up to {@code limit} first rows split at the separator, to show while the columns
	 * are mapped; a row the separator cannot split ends the sample.
	 */
	public static List<List<String>> sample(String text, Separator separator, int limit) {
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format(separator))) {
			for (CSVRecord record : parser) {
				if (rows.size() == limit) {
					break;
				}
				rows.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
			// the sample shows the rows before the one at fault
		}
		return rows;
	}

	/**
	 * The statement's lines through the mapping.
	 * @throws InvalidFields for a row that lacks a mapped column (beside that column's
	 * field), an amount that is no number, a date in another format, a row that is not
	 * CSV with this separator, or no line at all
	 */
	public static List<ReadLine> lines(String text, ColumnMapping mapping) {
		List<ReadLine> lines = new ArrayList<>();
		List<CSVRecord> records = records(text, mapping.separator(), "separator");
		for (CSVRecord record : records.subList(mapping.header() ? Math.min(1, records.size()) : 0, records.size())) {
			long row = record.getRecordNumber();
			String amountWritten = cell(record, mapping.amount(), "amountColumn");
			BigDecimal amount = Amounts.parse(amountWritten)
				.orElseThrow(() -> new InvalidFields(Map.of("amountColumn", "Row " + row + ": \"" + amountWritten
						+ "\" in column " + mapping.amount() + " is not an amount such as 250.00.")));
			String dateWritten = cell(record, mapping.date(), "dateColumn");
			LocalDate date = mapping.dateFormat()
				.parse(dateWritten)
				.orElseThrow(() -> new InvalidFields(Map.of("dateFormat", "Row " + row + ": \"" + dateWritten
						+ "\" is not a date such as " + mapping.dateFormat().example() + ".")));
			String currency = mapping.currency() == 0 ? null
					: cell(record, mapping.currency(), "currencyColumn").strip().toUpperCase(Locale.ROOT);
			lines.add(new ReadLine(row, cell(record, mapping.text(), "textColumn"), amount, amountWritten.strip(),
					currency, date, dateWritten.strip()));
		}
		if (lines.isEmpty()) {
			throw new InvalidFields(Map.of("header", "The statement has no line but its column names."));
		}
		return lines;
	}

	private static String cell(CSVRecord record, int column, String field) {
		if (column > record.size()) {
			throw new InvalidFields(Map.of(field, "Row " + record.getRecordNumber() + " has " + record.size()
					+ (record.size() == 1 ? " column" : " columns") + ", so no column " + column + "."));
		}
		return record.get(column - 1);
	}

	private static List<CSVRecord> records(String text, Separator separator, String field) {
		List<CSVRecord> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format(separator))) {
			parser.forEach(records::add);
		}
		catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
			throw new InvalidFields(Map.of(field,
					"Row " + (records.size() + 1) + " is not CSV with the " + separator.words().toLowerCase(Locale.ROOT)
							+ " as separator: a quote is not closed, or text follows a closing quote."));
		}
		if (records.isEmpty()) {
			throw new InvalidFields(Map.of(field, "The file has no rows."));
		}
		return records;
	}

	private static CSVFormat format(Separator separator) {
		return CSVFormat.RFC4180.builder()
			.setDelimiter(separator.character())
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
	}

	private static String decoded(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, LEGACY);
		}
	}

	private static InvalidFields refused(String message) {
		return new InvalidFields(Map.of("file", message));
	}

}
