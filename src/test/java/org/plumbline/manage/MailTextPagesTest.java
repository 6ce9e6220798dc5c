package org.plumbline.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.plumbline.testsupport.WebClient.location;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.MailTemplates;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail texts of an event (its organisers) and of the site (the site admin): where
 * each text in use comes from, the preview with sample values, saving with the check for
 * a concurrent save, refusals beside their field, and going back to the default.
 * {@link MailTextPagesPostgresTest} runs the same on PostgreSQL.
 */
class MailTextPagesTest extends ManageWebTest {

	static final String TEXTS = "/manage/" + EVENT + "/mail/texts";

	static final String GRANTED = TEXTS + "/role-granted";

	static final Map<String, String> GRANTED_VALUES = Map.of("name", "Ada", "event_name", "Conference One 2027", "role",
			"an organiser of the event", "link", "https://example.org/manage");

	@Autowired
	MailTemplates templates;

	@Test
	void anEventListsItsOwnKindsOfMailWithWhereTheTextInUseComesFrom() {
		WebClient organiser = organiser();
		WebClient admin = admin();

		assertThat(texts(organiser.page(TEXTS))).containsExactlyElementsOf(sources(true, Map.of()));

		admin.submit("/admin/mail/texts/role-granted", "/admin/mail/texts/role-granted",
				Map.of("subject", "Site: {{role}}", "body", "Hello {{name}}"));
		organiser.submit(TEXTS + "/role-invitation", TEXTS + "/role-invitation",
				Map.of("subject", "Join {{event_name}}", "body", "{{inviter}} invites you: {{link}}"));

		assertThat(texts(organiser.page(TEXTS))).containsExactlyElementsOf(
				sources(true, Map.of("role-granted", "the site's text", "role-invitation", "this event's own text")));
		assertThat(texts(admin.page("/admin/mail/texts")))
			.containsExactlyElementsOf(sources(false, Map.of("role-granted", "the site's own text")));
		assertThat(texts(admin.page("/manage/" + OTHER_EVENT + "/mail/texts")))
			.containsExactlyElementsOf(sources(true, Map.of("role-granted", "the site's text")));
		assertThat(texts(organiser.page(TEXTS))).extracting(row -> row.get(0))
			.contains("co-speaker-invitation", "registration-confirmed", "topic-waitlisted")
			.doesNotContain("account-verification", "password-reset");
	}

	/**
	 * Every kind of mail a list shows, by key, with where its text comes from: the
	 * default unless named.
	 * @param eventsOnly whether the list is an event's, which shows only the kinds an
	 * event may have its own text for
	 */
	private List<List<String>> sources(boolean eventsOnly, Map<String, String> named) {
		return templates.purposes()
			.stream()
			.filter(purpose -> purpose.perEvent() || !eventsOnly)
			.map(MailPurpose::key)
			.sorted()
			.map(key -> List.of(key, named.getOrDefault(key, "the default text")))
			.toList();
	}

	@Test
	void thePreviewFillsInTheSampleValuesBesideTheFormAndSavesNothing() {
		WebClient organiser = organiser();
		Document editor = organiser.page(GRANTED);
		assertThat(editor.select(".placeholders dt").eachText()).containsExactlyInAnyOrder("{{name}}", "{{event_name}}",
				"{{role}}", "{{link}}");

		HttpResponse<String> previewed = organiser.submit(GRANTED, GRANTED, GRANTED + "/preview",
				Map.of("subject", "Welcome to {{event_name}}", "body", "Hi {{name}},\nyou are {{role}}."));

		assertThat(previewed.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(previewed.body());
		assertThat(page.select(".mail-preview strong").text()).isEqualTo("Welcome to Linux Plumbers Conference 2023");
		assertThat(page.select(".mail-preview .mail-text").first().wholeText())
			.isEqualTo("Hi Jane Doe,\nyou are an organiser of the event.");
		assertThat(page.select("input[name=subject]").attr("value")).isEqualTo("Welcome to {{event_name}}");
		assertThat(page.select("textarea[name=body]").first().wholeText()).isEqualTo("Hi {{name}},\nyou are {{role}}.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_template").query(Long.class).single()).isZero();
		assertThat(texts(organiser.page(TEXTS))).contains(List.of("role-granted", "the default text"));
	}

	@Test
	void aSavedTextIsTheEventsOwnAndTheEventsNextMailUsesIt() {
		WebClient organiser = organiser();

		HttpResponse<String> saved = organiser.submit(GRANTED, GRANTED,
				Map.of("subject", "Welcome aboard {{event_name}}", "body", "Hi {{name}}: {{link}}"));

		assertThat(location(saved)).isEqualTo(GRANTED);
		Document editor = organiser.page(GRANTED);
		assertThat(editor.select("[role=status]").text())
			.isEqualTo("Saved: the next mail of this kind uses this text.");
		assertThat(editor.select("input[name=subject]").attr("value")).isEqualTo("Welcome aboard {{event_name}}");
		assertThat(editor.text()).contains("In use: this event's own text.");
		assertThat(templates.render("role-granted", event.id(), GRANTED_VALUES).subject())
			.isEqualTo("Welcome aboard Conference One 2027");
		assertThat(templates.render("role-granted", otherEvent.id(), GRANTED_VALUES).subject())
			.isEqualTo("You are now an organiser of the event of Conference One 2027");
	}

	@Test
	void aSaveAfterSomeoneElseSavedIsToldAndKeepsTheTextUntilSavedAgain() {
		WebClient organiser = organiser();
		Document openedBefore = organiser.page(GRANTED);
		String csrf = openedBefore.select("input[name=_csrf]").attr("value");
		admin().submit(GRANTED, GRANTED, Map.of("subject", "Admin's subject {{role}}", "body", "Admin's text"));

		HttpResponse<String> stale = organiser.post(GRANTED,
				Map.of("_csrf", csrf, "version", "0", "subject", "Olga's subject {{role}}", "body", "Olga's text"));

		assertThat(stale.statusCode()).isEqualTo(200);
		Document told = Jsoup.parse(stale.body());
		assertThat(told.select("[role=alert]").text())
			.isEqualTo("Someone else changed this text since you opened it. Your text is kept below: "
					+ "save again to replace their change, or reload the page to see it.");
		assertThat(told.select("input[name=subject]").attr("value")).isEqualTo("Olga's subject {{role}}");
		assertThat(told.select("textarea[name=body]").first().wholeText()).isEqualTo("Olga's text");
		assertThat(templates.template("role-granted", event.id()).subject()).isEqualTo("Admin's subject {{role}}");

		HttpResponse<String> again = organiser.post(GRANTED,
				Map.of("_csrf", csrf, "version", told.select("input[name=version]").attr("value"), "subject",
						"Olga's subject {{role}}", "body", "Olga's text"));
		assertThat(location(again)).isEqualTo(GRANTED);
		assertThat(templates.template("role-granted", event.id()).subject()).isEqualTo("Olga's subject {{role}}");
	}

	@Test
	void aTextThatCannotBeSentIsToldBesideItsFieldAndNeitherPreviewedNorSaved() {
		WebClient organiser = organiser();

		Document unknown = Jsoup.parse(organiser
			.submit(GRANTED, GRANTED, Map.of("subject", "Hello", "body", "Dear {{first_name}}, see {{link}}"))
			.body());
		assertThat(unknown.select("#body_error").text())
			.startsWith("Unknown placeholder {{first_name}}; this mail offers ");
		assertThat(unknown.select("textarea[name=body]").first().wholeText())
			.isEqualTo("Dear {{first_name}}, see {{link}}");
		Document blank = Jsoup.parse(
				organiser.submit(GRANTED, GRANTED, GRANTED + "/preview", Map.of("subject", " ", "body", "Hi")).body());
		assertThat(blank.select("#subject_error").text()).isEqualTo("Must not be blank.");
		assertThat(blank.select(".mail-preview")).isEmpty();
		Document unclosed = Jsoup
			.parse(organiser.submit(GRANTED, GRANTED, Map.of("subject", "Hello {{name", "body", "Hi")).body());
		assertThat(unclosed.select("#subject_error").text()).isNotBlank();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_template").query(Long.class).single()).isZero();
	}

	@Test
	void aSaveWithAnAlteredVersionIsRefusedAsABadRequestAndSavesNothing() {
		WebClient organiser = organiser();

		assertThat(organiser.submit(GRANTED, GRANTED, Map.of("subject", "Hi", "body", "Hi", "version", "latest"))
			.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_template").query(Long.class).single()).isZero();
	}

	@Test
	void backToTheDefaultDropsTheEventsTextSoTheSitesOrTheDefaultIsUsedAgain() {
		WebClient organiser = organiser();
		organiser.submit(GRANTED, GRANTED, Map.of("subject", "Event's {{role}}", "body", "Event's text"));

		HttpResponse<String> reset = organiser.submit(GRANTED, GRANTED + "/reset", Map.of());

		assertThat(location(reset)).isEqualTo(GRANTED);
		Document editor = organiser.page(GRANTED);
		assertThat(editor.select("[role=status]").text()).isEqualTo("Done: the default text is in force again.");
		assertThat(editor.select("input[name=subject]").attr("value"))
			.isEqualTo("You are now {{role}} of {{event_name}}");
		assertThat(editor.select("form[action$=/reset]")).as("nothing left to drop").isEmpty();

		admin().submit("/admin/mail/texts/role-granted", "/admin/mail/texts/role-granted",
				Map.of("subject", "Site's {{role}}", "body", "Site's text"));
		organiser.submit(GRANTED, GRANTED, Map.of("subject", "Event's {{role}}", "body", "Event's text"));
		organiser.submit(GRANTED, GRANTED + "/reset", Map.of());
		assertThat(organiser.page(GRANTED).select("[role=status]").text())
			.isEqualTo("Done: the site's text is in force again.");
		assertThat(templates.render("role-granted", event.id(), GRANTED_VALUES).subject())
			.isEqualTo("Site's an organiser of the event");
	}

	@Test
	void theSiteAdminEditsTheSitesTextOfSiteWideMailWhichNoEventHas() {
		WebClient admin = admin();

		Document previewed = Jsoup.parse(
				admin
					.submit("/admin/mail/texts/account-verification", "/admin/mail/texts/account-verification",
							"/admin/mail/texts/account-verification/preview",
							Map.of("subject", "Verify, {{name}}", "body", "Open {{link}} within {{valid_for}}."))
					.body());
		assertThat(previewed.select(".mail-preview strong").text()).isEqualTo("Verify, Jane Doe");
		admin.submit("/admin/mail/texts/account-verification", "/admin/mail/texts/account-verification",
				Map.of("subject", "Verify, {{name}}", "body", "Open {{link}} within {{valid_for}}."));
		assertThat(admin.page("/admin/mail/texts/account-verification").text())
			.contains("In use: the site's own text.");

		assertThat(admin.get(TEXTS + "/account-verification").statusCode()).isEqualTo(404);
		assertThat(admin.get(TEXTS + "/no-such-mail").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/mail/texts/no-such-mail").statusCode()).isEqualTo(404);
	}

	@Test
	void savingAndResettingAnEventsTextAreInItsAuditLogWithTheTextBeforeAndAfter() {
		WebClient organiser = organiser();
		organiser.submit(GRANTED, GRANTED, Map.of("subject", "Hello", "body", "Dear {{nobody}}"));
		assertThat(auditOf(organiser)).as("a refused save changes nothing").isEmpty();

		organiser.submit(GRANTED, GRANTED, Map.of("subject", "Event's {{role}}", "body", "Event's text"));
		clock.advance(Duration.ofMinutes(1));
		organiser.submit(GRANTED, GRANTED + "/reset", Map.of());

		List<Element> entries = auditOf(organiser);
		assertThat(entries).extracting(entry -> entry.select(".audit-what").text())
			.containsExactly("2026-11-25 10:01 CET · Olga Organiser · reset · mail-text role-granted",
					"2026-11-25 10:00 CET · Olga Organiser · saved · mail-text role-granted");
		assertThat(changes(entries.get(1))).containsExactly(List.of("text", "default", "event"),
				List.of("subject", "You are now {{role}} of {{event_name}}", "Event's {{role}}"),
				List.of("body", "Hello {{name}}, you are now {{role}} of {{event_name}}: {{link}}", "Event's text"));
		assertThat(changes(entries.get(0))).contains(List.of("text", "event", "default"),
				List.of("subject", "Event's {{role}}", "You are now {{role}} of {{event_name}}"));

		String csrf = organiser.page(GRANTED).select("input[name=_csrf]").attr("value");
		organiser.post(GRANTED + "/reset", Map.of("_csrf", csrf));
		assertThat(auditOf(organiser)).as("resetting the default again changes nothing").hasSize(2);
	}

	@Test
	void theSiteAdminsTextsAreAuditedAsSiteLevelEntries() {
		admin().submit("/admin/mail/texts/password-reset", "/admin/mail/texts/password-reset",
				Map.of("subject", "New password", "body", "Open {{link}}"));

		List<AuditRecord> site = auditLog.find(AuditQuery.ofSite().withObject("mail-text", "password-reset"));
		assertThat(site).extracting(AuditRecord::action, AuditRecord::actorAccountId, AuditRecord::eventId)
			.containsExactly(tuple("saved", adminId, null));
		assertThat(site.getFirst().afterJson()).contains("Open {{link}}");
		assertThat(auditOf(organiser())).isEmpty();
	}

	private static List<Element> auditOf(WebClient organiser) {
		return organiser.page("/manage/" + EVENT + "/audit").select(".audit-entry");
	}

	private static List<List<String>> changes(Element entry) {
		return entry.select(".changes tbody tr").stream().map(row -> row.select("td").eachText()).toList();
	}

	private static List<List<String>> texts(Document list) {
		return list.select("table.mail-texts tbody tr")
			.stream()
			.map(row -> List.of(row.select("td").get(0).text(), row.select("td").get(2).text()))
			.toList();
	}

}
