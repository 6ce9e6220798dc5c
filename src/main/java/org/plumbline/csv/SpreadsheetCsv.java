package org.plumbline.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV files that organisers open in a spreadsheet: RFC 4180 text in UTF-8 after a byte
 * order mark, since without it Excel reads the file in the machine's legacy code page and
 * garbles "Jörg Rödel"; and typed text made inert, so that a cell cannot run as a
 * formula.
 */
public final class SpreadsheetCsv {

	/** Leading characters that make a spreadsheet read a cell as a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCsv() {
	}

	/** What prints a file's records, the header first. */
	@FunctionalInterface
	public interface Records {

		void print(CSVPrinter printer) throws IOException;

	}

	/** The file's text, the byte order mark first. */
	public static String text(Records records) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			records.print(printer);
		}
		catch (IOException cannotHappenOnAStringWriter) {
			throw new UncheckedIOException(cannotHappenOnAStringWriter);
		}
		return out.toString();
	}

	/** The file as a download that no cache keeps. */
	public static ResponseEntity<byte[]> download(String fileName, String text) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Text someone typed, made inert for spreadsheets: a title such as "=HYPERLINK(...)"
	 * would otherwise run as a formula on the reader's machine.
	 */
	public static String inert(String typed) {
		return !typed.isEmpty() && FORMULA_STARTS.indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed;
	}

}
