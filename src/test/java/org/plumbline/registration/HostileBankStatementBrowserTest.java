package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.HostilePages;
import org.plumbline.testsupport.WebClient;
import org.plumbline.testsupport.XssCorpus;

/**
 * Issue 15, point 6, for the one text a stranger writes into organisers' pages: a bank
 * statement's lines, whose payer name and transfer text the payer chose. Each
 * cross-site-scripting vector is a line's name and text, and one more line names an
 * attendee's reference beside the first, so that it is applied; then the statement's
 * page, matched and applied, the payments page and the audit log are opened in Chromium
 * with the Content-Security-Policy bypassed ({@link HostilePages}): no vector may run or
 * reach the DOM as markup.
 */
class HostileBankStatementBrowserTest extends RegistrationWebTest {

	private static final String MANAGE = "/manage/" + EVENT;

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void aStatementWrittenByPayersShowsTheCorpusAsInertTextAndRunsNoneOfIt() {
		TicketType regular = onSale("Regular", "250", 10);
		String reference = registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of())
			.registration()
			.reference();
		WebClient olga = signedIn(ORGANISER);

		String statementPage = BankStatementPagesTest.upload(olga, statement(reference));
		String matched = BankStatementPagesTest.query(statementPage, BankStatementPagesTest.MAPPING);
		assertThat(olga.page(matched).select("tr.line-UNKNOWN")).as("a line for each vector, none matched")
			.hasSize(XssCorpus.vectors().size());
		assertThat(olga.submit(matched, statementPage + "/apply", Map.of()).statusCode()).isEqualTo(302);

		List<String> problems = new ArrayList<>(new HostilePages(chromium.browser(), port).openAll(ORGANISER, PASSWORD,
				List.of(matched, statementPage, BankStatementPagesTest.PAYMENTS, MANAGE + "/audit")));

		assertThat(problems).as("%d vectors as payers' names and texts", XssCorpus.vectors().size()).isEmpty();
	}

	/**
	 * Semicolon-separated as {@link BankStatementPagesTest#MAPPING} reads it: date, name,
	 * text, amount, currency.
	 */
	private static byte[] statement(String reference) {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			printer.printRecord("Date", "Name", "Text", "Amount", "Currency");
			for (String vector : XssCorpus.vectors()) {
				printer.printRecord("02.03.2027", vector, vector, "250,00", "EUR");
			}
			String first = XssCorpus.vectors().getFirst();
			printer.printRecord("03.03.2027", first, first + " ref " + reference, "250,00", "EUR");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
