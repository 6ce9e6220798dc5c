package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;

/**
 * Organisers upload a bank statement, map its columns, see every line matched and apply
 * the clean ones (issue 13, points 3, 10 and 11), on the pages a browser shows.
 */
class BankStatementPagesTest extends RegistrationWebTest {

	static final String PAYMENTS = "/manage/" + EVENT + "/registration/payments";

	static final String STATEMENTS = "/manage/" + EVENT + "/registration/statements";

	static final String CARA = "cara@register.test";

	static final String DAN = "dan@register.test";

	static final String EVE = "eve@register.test";

	static final String FORGED = "ZZZZ-ZZZZ";

	/**
	 * The mapping of {@link #statement}: text in 3, amount in 4, currency in 5, date in
	 * 1.
	 */
	static final Map<String, String> MAPPING = Map.of("separator", "SEMICOLON", "header", "on", "textColumn", "3",
			"amountColumn", "4", "currencyColumn", "5", "dateColumn", "1", "dateFormat", "DAY_DOT_MONTH");

	@Test
	void onlyTheCleanLineIsAppliedAndEveryOtherIsListedWithItsReason() {
		Map<String, String> references = fiveAwaitingPayment();
		WebClient olga = signedIn(ORGANISER);
		recordPaid(olga, DAN);
		String anna = references.get(ANNA);
		String annaAsTyped = anna.replace("-", "").toLowerCase(Locale.ROOT);

		String statementPage = upload(olga, statement("""
				Buchungstag;Auftraggeber;Verwendungszweck;Betrag;Waehrung
				02.03.2027;Anna Attendee;"Register Conference, ref %s";250,00;EUR
				02.03.2027;Ben Attendee;%s;250,00;EUR
				03.03.2027;Ben Attendee;%s again;250,00;EUR
				03.03.2027;Cara;%s;200,00;EUR
				03.03.2027;Dan;%s;250,00;EUR
				04.03.2027;Eve;%s;250,00;USD
				04.03.2027;Mallory;%s;250,00;EUR
				04.03.2027;Someone;Membership fee;40,00;EUR
				""".formatted(annaAsTyped, references.get(BEN), references.get(BEN), references.get(CARA),
				references.get(DAN), references.get(EVE), FORGED)));
		Document preview = olga.page(query(statementPage, MAPPING));

		assertThat(rows(preview, "CLEAN")).containsExactly(
				"2 02.03.2027 Register Conference, ref " + annaAsTyped + " 250,00 EUR " + anna + " Anna Attendee");
		assertThat(reasons(preview, "DUPLICATE")).containsExactly("3: Its reference is on rows 3, 4.",
				"4: Its reference is on rows 3, 4.",
				"6: It was paid already: recorded 2027-03-01 10:00 Europe/Berlin.");
		assertThat(reasons(preview, "WRONG_AMOUNT")).containsExactly(
				"5: It pays 200.00 EUR, less than the 250.00 EUR due.", "7: It pays in USD; 250.00 EUR is due.");
		assertThat(reasons(preview, "UNKNOWN")).containsExactly(
				"8: No registration of this event has the reference " + FORGED + ".",
				"9: Its text names no reference.");
		assertThat(status(ANNA)).isEqualTo("AWAITING_PAYMENT");

		HttpResponse<String> applied = olga.submit(query(statementPage, MAPPING), statementPage + "/apply", Map.of());

		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(302);
		Document after = olga.page(path(applied));
		assertThat(after.select("[role=status]").text())
			.contains("Recorded 1 payment and mailed its attendee; 7 lines are listed apart, not applied.");
		assertThat(rows(after, "APPLIED")).hasSize(1);
		assertThat(after.select("form[action$=/apply]")).isEmpty();
		assertThat(status(ANNA)).isEqualTo("REGISTERED");
		for (String unpaid : new String[] { BEN, CARA, EVE }) {
			assertThat(status(unpaid)).as(unpaid).isEqualTo("AWAITING_PAYMENT");
		}
		assertThat(jdbc.sql("SELECT object_id FROM audit_entry WHERE action = 'registration-paid' ORDER BY id")
			.query(String.class)
			.list()).hasSize(2);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'bank-statement-applied'")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'bank-statement-uploaded'")).isEqualTo(1);
		assertThat(text(mailTo(ANNA).get(1))).contains("we received 250.00 EUR", anna);
		assertThat(mailTo(BEN)).hasSize(1);
	}

	@Test
	void aStatementIsAppliedOnceAndASecondApplyIsToldAndChangesNothing() {
		Map<String, String> references = fiveAwaitingPayment();
		WebClient olga = signedIn(ORGANISER);
		String statementPage = upload(olga, statement("""
				Date;Name;Text;Amount;Currency
				02.03.2027;Anna;%s;250.00;EUR
				""".formatted(references.get(ANNA))));
		Map<String, String> form = olga.formFields(query(statementPage, MAPPING), statementPage + "/apply");
		olga.post(statementPage + "/apply", form);

		HttpResponse<String> again = olga.post(statementPage + "/apply", form);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(again.body()).select("[role=alert]").text())
			.contains("This statement was applied already; it recorded 1 payment.");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'registration-paid'")).isEqualTo(1);
	}

	@Test
	void malformedFilesAreRefusedWithTheirReasonAndStoreNothing() {
		fiveAwaitingPayment();
		WebClient olga = signedIn(ORGANISER);

		assertThat(uploadRefused(olga, new byte[0]))
			.isEqualTo("The file is empty: choose the statement exported by your bank.");
		assertThat(uploadRefused(olga, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }))
			.isEqualTo("The file is not text: upload the statement as CSV.");
		assertThat(uploadRefused(olga, statement("Date,Text,Amount\n02.03.2027,\"open quote,250\n")))
			.isEqualTo("Row 2 is not CSV with the comma (,) as separator: a quote is not closed, "
					+ "or text follows a closing quote.");
		byte[] tooBig = new byte[5 * 1024 * 1024 + 1];
		Arrays.fill(tooBig, (byte) 'a');
		assertThat(uploadRefused(olga, tooBig))
			.isEqualTo("The file is larger than 5 MB, the most a statement may have: export a shorter period.");
		assertThat(count("SELECT COUNT(*) FROM bank_statement")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'bank-statement'")).isZero();
	}

	@Test
	void aMappingTheFileDoesNotFitIsRefusedBesideItsFieldAndAppliesNothing() {
		Map<String, String> references = fiveAwaitingPayment();
		WebClient olga = signedIn(ORGANISER);
		String statementPage = upload(olga, statement("""
				Date;Name;Text;Amount;Currency
				02.03.2027;Anna;%s;250.00;EUR
				03.03.2027;Ben;%s;two hundred;EUR
				04.03.2027;Cara;%s
				""".formatted(references.get(ANNA), references.get(BEN), references.get(CARA))));

		Document notANumber = olga.page(query(statementPage, MAPPING));
		Map<String, String> wideDate = new LinkedHashMap<>(MAPPING);
		wideDate.put("dateColumn", "9");
		Document outOfRange = olga.page(query(statementPage, wideDate));
		HttpResponse<String> forcedApply = olga.postWithToken(statementPage + "/apply", with(MAPPING, "version", "0"));

		assertThat(notANumber.select("#amountColumn_error").text())
			.isEqualTo("Row 3: \"two hundred\" in column 4 is not an amount such as 250.00.");
		assertThat(outOfRange.select("#dateColumn_error").text()).isEqualTo("Row 2 has 5 columns, so no column 9.");
		assertThat(notANumber.select("form[action$=/apply]")).isEmpty();
		assertThat(Jsoup.parse(forcedApply.body()).select("#amountColumn_error").text())
			.startsWith("Row 3: \"two hundred\"");
		assertThat(status(ANNA)).isEqualTo("AWAITING_PAYMENT");
		assertThat(count("SELECT COUNT(*) FROM bank_statement WHERE applied_at IS NOT NULL")).isZero();
	}

	@Test
	void anAttendeeIsToldAStatementDoesNotExistAndSoIsAnOrganiserAskingForAnUnknownOne() {
		fiveAwaitingPayment();
		String statementPage = upload(signedIn(ORGANISER), statement("Date;Text;Amount\n02.03.2027;x;1\n"));
		WebClient anna = signedIn(ANNA);

		assertThat(anna.get(statementPage).statusCode()).isEqualTo(404);
		assertThat(anna.postWithToken(statementPage + "/apply", with(MAPPING, "version", "0")).statusCode())
			.isEqualTo(404);
		assertThat(signedIn(ORGANISER).get(STATEMENTS + "/999999999").statusCode()).isEqualTo(404);
	}

	/**
	 * Anna, Ben, Cara, Dan and Eve each registered for a 250 EUR ticket and await
	 * payment; their references by address.
	 */
	private Map<String, String> fiveAwaitingPayment() {
		TicketType regular = onSale("Regular", "250", 10);
		accounts.account(CARA, "Cara Attendee");
		accounts.account(DAN, "Dan Attendee");
		accounts.account(EVE, "Eve Attendee");
		Map<String, String> references = new LinkedHashMap<>();
		for (String attendee : new String[] { ANNA, BEN, CARA, DAN, EVE }) {
			references.put(attendee,
					registrations.register(event, account(attendee), Long.toString(regular.id()), "", Map.of())
						.registration()
						.reference());
		}
		return references;
	}

	private void recordPaid(WebClient organiser, String attendee) {
		Map<String, String> registration = jdbc.sql("""
				SELECT r.id, r.version FROM registration r JOIN account a ON a.id = r.account_id
				WHERE a.email = ?""")
			.param(attendee)
			.query((rs, row) -> Map.of("registration", rs.getString("id"), "version", rs.getString("version"), "amount",
					"250"))
			.single();
		assertThat(organiser.postWithToken(PAYMENTS + "/paid", registration).statusCode()).isEqualTo(302);
	}

	/** Uploads a statement and answers the path of its page. */
	static String upload(WebClient organiser, byte[] file) {
		HttpResponse<String> uploaded = uploading(organiser, file);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		return path(uploaded);
	}

	private String uploadRefused(WebClient organiser, byte[] file) {
		HttpResponse<String> refused = uploading(organiser, file);
		assertThat(refused.statusCode()).isEqualTo(200);
		return Jsoup.parse(refused.body()).select("#file_error").text();
	}

	private static HttpResponse<String> uploading(WebClient organiser, byte[] file) {
		String token = organiser.page(PAYMENTS).select("input[name=_csrf]").attr("value");
		return organiser.postMultipart(STATEMENTS, Map.of("_csrf", token), "file", "statement.csv", file);
	}

	private String status(String attendee) {
		return jdbc.sql("SELECT r.status FROM registration r JOIN account a ON a.id = r.account_id WHERE a.email = ?")
			.param(attendee)
			.query(String.class)
			.single();
	}

	private static byte[] statement(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> rows(Document page, String outcome) {
		return page.select("tr.line-" + outcome).eachText();
	}

	/** Each listed line as its row and its reason. */
	private static List<String> reasons(Document page, String outcome) {
		return page.select("tr.line-" + outcome)
			.stream()
			.map(row -> row.child(0).text() + ": " + row.child(6).text())
			.toList();
	}

	static String query(String path, Map<String, String> fields) {
		StringBuilder query = new StringBuilder(path);
		char separator = '?';
		for (Map.Entry<String, String> field : new TreeMap<>(fields).entrySet()) {
			query.append(separator).append(field.getKey()).append('=').append(field.getValue());
			separator = '&';
		}
		return query.toString();
	}

	private static Map<String, String> with(Map<String, String> fields, String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(fields);
		more.put(name, value);
		return more;
	}

	private static String path(HttpResponse<String> redirect) {
		URI target = URI.create(WebClient.location(redirect));
		return target.getPath() + (target.getQuery() == null ? "" : "?" + target.getQuery());
	}

}
