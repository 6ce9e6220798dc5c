package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditLog;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.plumbline.event.Event;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.McTextEdit;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first thing an MC lead does in Plumbline: edit their own MC's public text (issue 9,
 * point 3; being listed as a lead is the right, DOMAIN.md L7). Through HTTP: the lead
 * finds the page from their profile, the public page shows the saved text at once, the
 * audit log tells who changed what; bad input is told field by field and changes nothing;
 * a save made on a stale version is refused; anyone but the MC's leads, the event's
 * organisers and the site admin gets 404.
 */
class McTextPagesTest extends AccountWebTest {

	@Autowired
	EventSetup setup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditLog audit;

	AccountFixture accounts;

	@BeforeEach
	void accounts() {
		accounts = new AccountFixture(jdbc, people, passwords);
	}

	@Test
	void aLeadFindsTheirMcOnTheProfileEditsItAndThePublicPageShowsItAtOnce() {
		Mcs mcs = event("text_edit");
		WebClient lead = signedIn(mcs.leadX());
		Document profile = lead.page("/account/profile");
		assertThat(profile.select(".led-microconferences a").eachAttr("href")).containsExactly(mcs.editX(),
				"/manage/" + mcs.event().slug() + "/schedule/mc/" + mcs.x().slug(),
				"/manage/" + mcs.event().slug() + "/microconferences/" + mcs.x().slug() + "/passes",
				"/manage/" + mcs.event().slug() + "/feedback?track=" + mcs.x().slug());
		assertThat(profile.select(".led-microconferences li").text()).isEqualTo(
				"Tracing · Conference text_edit · its talks in the timetable · its free passes · its talks' feedback");

		Map<String, String> fields = fields(lead.page(mcs.editX()), mcs.editX());
		assertThat(fields.get("body0")).isEqualTo("- ftrace\n  - function graph\n- perf");
		fields.put("description", "Tracing, **renewed**.");
		fields.put("caption0", "Topics for 2030:");
		fields.put("body0", "- BPF tracing\n- perf\n\n[1] https://example.org/tracing");
		fields.put("role0", "Maintainer of ftrace");
		fields.put("caption2", "Audience:");
		fields.put("body2", "Kernel developers.");
		HttpResponse<String> saved = lead.post(mcs.editX(), fields);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(lead.page(mcs.editX()).select("[role=status]").text())
			.isEqualTo("Saved. The public page shows the new text now.");
		Document page = browser().page("/text_edit/microconferences/tracing");
		assertThat(page.select(".mc-description strong").text()).isEqualTo("renewed");
		assertThat(page.select(".mc-caption").eachText()).containsExactly("Topics for 2030:", "Key attendees:",
				"Audience:");
		assertThat(page.select(".mc-section").first().select("ul > li").eachText()).containsExactly("BPF tracing",
				"perf");
		assertThat(page.select("ol.references li").text()).isEqualTo("[1] https://example.org/tracing");
		assertThat(page.select("ul.people li").eachText()).containsExactly("Steven Rostedt, Maintainer of ftrace");
		assertThat(page.text()).contains("Kernel developers.").contains("MC leads: Masami Hiramatsu");
		Microconference mc = microconferences.find(mcs.event().id(), "tracing").orElseThrow();
		assertThat(mc.version()).isEqualTo(1);
		assertThat(mc.sections()).extracting(Section::kind)
			.containsExactly(SectionKind.TOPICS, SectionKind.KEY_ATTENDEES, SectionKind.TEXT);
	}

	@Test
	void theEditIsInTheEventsAuditLogWithTheTextBeforeAndAfter() {
		Mcs mcs = event("text_audit");
		WebClient lead = signedIn(mcs.leadX());
		Map<String, String> fields = fields(lead.page(mcs.editX()), mcs.editX());
		fields.put("description", "New description.");
		assertThat(lead.post(mcs.editX(), fields).statusCode()).isEqualTo(302);

		WebClient organiser = signedIn(mcs.organiser());
		Document log = organiser.page("/manage/text_audit/audit");
		assertThat(log.select(".audit-what").text()).contains("Masami Hiramatsu")
			.contains("text-edited")
			.contains("microconference " + mcs.x().id());
		assertThat(log.select("table.changes tr").eachText()).contains("description About tracing. New description.");
		AuditRecord entry = audit.find(AuditQuery.ofEvent(mcs.event().id())).getFirst();
		assertThat(entry.actorAccountId()).isEqualTo(mcs.leadX());
		assertThat(entry.changes()).extracting(change -> change.field()).containsExactly("description");
	}

	@Test
	void aFormSavedUntouchedKeepsEverySectionAsItWas() {
		Mcs mcs = event("text_untouched");
		WebClient lead = signedIn(mcs.leadX());

		assertThat(lead.post(mcs.editX(), fields(lead.page(mcs.editX()), mcs.editX())).statusCode()).isEqualTo(302);

		Microconference after = microconferences.find(mcs.event().id(), "tracing").orElseThrow();
		assertThat(after.sections()).isEqualTo(mcs.x().sections());
		assertThat(after.keyAttendees()).isEqualTo(mcs.x().keyAttendees());
		assertThat(after.description()).isEqualTo(mcs.x().description());
	}

	@Test
	void emptyOrTooLongFieldsAreToldOneByOneAndChangeNothing() {
		Mcs mcs = event("text_invalid");
		WebClient lead = signedIn(mcs.leadX());
		Map<String, String> fields = fields(lead.page(mcs.editX()), mcs.editX());
		fields.put("description", "   ");
		fields.put("caption0", "c".repeat(McTextEdit.MAX_CAPTION_LENGTH + 1));
		fields.put("body0", "- new item");
		fields.put("role0", "r".repeat(McTextEdit.MAX_ROLE_LENGTH + 1));

		HttpResponse<String> refused = lead.post(mcs.editX(), fields);

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("[role=alert]").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(page.select(".field-invalid textarea, .field-invalid input").eachAttr("name"))
			.containsExactly("description", "caption0", "role0");
		assertThat(page.select("#description_error").text()).isEqualTo("This field is required.");
		assertThat(page.select("#caption0_error").text()).isEqualTo("At most 500 characters fit; this has 501.");
		assertThat(page.select("textarea[name=body0]").text()).as("the editor's text is kept").isEqualTo("- new item");
		assertUnchanged(mcs);

		Map<String, String> tooMuch = fields(lead.page(mcs.editX()), mcs.editX());
		tooMuch.put("description", "d".repeat(McTextEdit.MAX_DESCRIPTION_LENGTH));
		tooMuch.put("body0", "b".repeat(McTextEdit.MAX_BODY_LENGTH));
		tooMuch.put("body1", "b".repeat(McTextEdit.MAX_BODY_LENGTH));
		tooMuch.put("body2", "b".repeat(McTextEdit.MAX_BODY_LENGTH));
		Document total = Jsoup.parse(lead.post(mcs.editX(), tooMuch).body());
		assertThat(total.select("#total_error").text()).startsWith("At most 30000 characters fit in all fields");
		assertUnchanged(mcs);
	}

	@Test
	void controlCharactersAreToldFieldByFieldAndChangeNothing() {
		Mcs mcs = event("text_control");
		WebClient lead = signedIn(mcs.leadX());
		Map<String, String> fields = fields(lead.page(mcs.editX()), mcs.editX());
		fields.put("description", "\u0001".repeat(9_000));
		fields.put("body0", "- ftrace\n- p\u0000erf");

		HttpResponse<String> refused = lead.post(mcs.editX(), fields);

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("[role=alert]").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(page.select("#description_error").text()).isEqualTo(
				"Character 1 is an invisible control character (U+0001); line breaks and tabs are the only ones allowed.");
		assertThat(page.select("#body0_error").text()).isEqualTo(
				"Character 13 is an invisible control character (U+0000); line breaks and tabs are the only ones allowed.");
		assertUnchanged(mcs);
	}

	@Test
	void lineBreaksFromABrowserAreSavedAsNewlinesAndTabsAreKept() {
		Mcs mcs = event("text_newlines");
		WebClient lead = signedIn(mcs.leadX());
		Map<String, String> fields = fields(lead.page(mcs.editX()), mcs.editX());
		fields.put("description", "First line.\r\nSecond\tline.");

		assertThat(lead.post(mcs.editX(), fields).statusCode()).isEqualTo(302);

		assertThat(microconferences.find(mcs.event().id(), "tracing").orElseThrow().description())
			.isEqualTo("First line.\nSecond\tline.");
	}

	@Test
	void anMcWhoseStoredTextIsTooLongForTheAuditLogIsToldAndCanStillBeEdited() {
		Mcs mcs = event("text_imported");
		long yolanda = jdbc.sql("SELECT person_id FROM account WHERE id = ?")
			.param(mcs.leadY())
			.query(Long.class)
			.single();
		String imported = "\u0001".repeat(McTextEdit.MAX_TOTAL_LENGTH + 1);
		microconferences.create(mcs.event().id(),
				new NewMicroconference(null, "imported", "Imported", McStatus.ACCEPTED, imported, List.of(), List.of(),
						"MC leads", List.of(new NamedPerson(yolanda, "Yolanda Lead"))));
		String edit = "/manage/text_imported/microconferences/imported/edit";
		WebClient lead = signedIn(mcs.leadY());

		HttpResponse<String> untouched = lead.post(edit, fields(lead.page(edit), edit));

		assertThat(untouched.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(untouched.body()).select("#description_error").text())
			.isEqualTo("At most 10000 characters fit; this has 30001.");
		assertThat(microconferences.find(mcs.event().id(), "imported").orElseThrow().description()).isEqualTo(imported);

		Map<String, String> cleaned = fields(lead.page(edit), edit);
		cleaned.put("description", "Imported, cleaned up.");
		assertThat(lead.post(edit, cleaned).statusCode()).isEqualTo(302);

		assertThat(microconferences.find(mcs.event().id(), "imported").orElseThrow().description())
			.isEqualTo("Imported, cleaned up.");
		AuditRecord entry = audit.find(AuditQuery.ofEvent(mcs.event().id())).getFirst();
		assertThat(entry.actorAccountId()).isEqualTo(mcs.leadY());
		assertThat(entry.changes()).extracting(change -> change.field()).contains("description", "text");
	}

	@Test
	void aSaveOnAStaleVersionIsRefusedAndKeepsTheEditorsTextToSaveAgain() {
		Mcs mcs = event("text_stale");
		WebClient lead = signedIn(mcs.leadX());
		WebClient organiser = signedIn(mcs.organiser());
		Map<String, String> leadsForm = fields(lead.page(mcs.editX()), mcs.editX());
		Map<String, String> organisersForm = fields(organiser.page(mcs.editX()), mcs.editX());
		organisersForm.put("description", "The organiser's text.");
		assertThat(organiser.post(mcs.editX(), organisersForm).statusCode()).isEqualTo(302);

		leadsForm.put("description", "The lead's text.");
		HttpResponse<String> stale = lead.post(mcs.editX(), leadsForm);

		assertThat(stale.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(stale.body());
		assertThat(page.select("[role=alert]").text())
			.isEqualTo("This microconference was changed by someone else since you opened it. Your text is kept "
					+ "below: save again to replace that change, or reload the page to see it.");
		assertThat(microconferences.find(mcs.event().id(), "tracing").orElseThrow().description())
			.isEqualTo("The organiser's text.");
		assertThat(lead.post(mcs.editX(), fields(page, mcs.editX())).statusCode()).as("saved knowingly").isEqualTo(302);
		assertThat(microconferences.find(mcs.event().id(), "tracing").orElseThrow().description())
			.isEqualTo("The lead's text.");
		assertThat(audit.find(AuditQuery.ofEvent(mcs.event().id()))).extracting(AuditRecord::actorAccountId)
			.containsExactly(mcs.leadX(), mcs.organiserId());
	}

	@Test
	void twoConcurrentSavesOfOneVersionSaveOnceAndLogOnce() throws Exception {
		Mcs mcs = event("text_race");
		McTextEdit seen = McTextEdit.of(mcs.x());
		CyclicBarrier together = new CyclicBarrier(2);
		List<Future<Boolean>> saves = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			for (String text : List.of("First.", "Second.")) {
				saves.add(threads.submit(() -> {
					together.await();
					try {
						microconferences.editText(mcs.x().id(),
								new McTextEdit(seen.version(), text, seen.sections(), seen.keyAttendeeRoles()),
								mcs.leadX());
						return true;
					}
					catch (OptimisticLockingFailureException stale) {
						return false;
					}
				}));
			}
		}
		List<Boolean> outcomes = new ArrayList<>();
		for (Future<Boolean> save : saves) {
			outcomes.add(save.get());
		}

		assertThat(outcomes).containsExactlyInAnyOrder(true, false);
		assertThat(microconferences.find(mcs.event().id(), "tracing").orElseThrow().version()).isEqualTo(1);
		assertThat(audit.find(AuditQuery.ofEvent(mcs.event().id()))).hasSize(1);
	}

	@Test
	void onlyTheMcsLeadsTheOrganisersAndTheAdminFindThePage() {
		Mcs mcs = event("text_rights");
		long reviewer = accounts.account("reviewer@example.org", "Rita Reviewer");
		accounts.grant(mcs.event().id(), reviewer, EventRole.REVIEWER, mcs.x().id());
		long stranger = accounts.account("ursula@example.org", "Ursula User");

		for (long nobody : List.of(mcs.leadY(), reviewer, stranger)) {
			WebClient client = signedIn(nobody);
			assertThat(client.get(mcs.editX()).statusCode()).isEqualTo(404);
			assertThat(client.postWithToken(mcs.editX(), Map.of("description", "Hijacked.")).statusCode())
				.isEqualTo(404);
		}
		assertThat(signedIn(mcs.leadY()).get("/manage/text_rights/microconferences/y/edit").statusCode())
			.isEqualTo(200);
		assertThat(signedIn(mcs.organiser()).get(mcs.editX()).statusCode()).isEqualTo(200);
		WebClient admin = browser();
		admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		assertThat(admin.get(mcs.editX()).statusCode()).isEqualTo(200);
		assertThat(admin.get("/manage/text_rights/microconferences/nothing/edit").statusCode()).isEqualTo(404);
		assertThat(admin.get("/manage/no_such_event/microconferences/tracing/edit").statusCode()).isEqualTo(404);
		assertThat(browser().get(mcs.editX()).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(signedIn(stranger).page("/account/profile").select(".led-microconferences")).isEmpty();
		assertUnchanged(mcs);
	}

	@Test
	void aFacadeCallWithTheWrongNumberOfSectionsIsRefused() {
		Mcs mcs = event("text_shape");
		McTextEdit seen = McTextEdit.of(mcs.x());

		assertThatThrownBy(() -> microconferences.editText(mcs.x().id(),
				new McTextEdit(seen.version(), "Text.", seen.sections().subList(0, 1), seen.keyAttendeeRoles()),
				mcs.leadX()))
			.isInstanceOf(IllegalArgumentException.class);
		assertUnchanged(mcs);
	}

	private void assertUnchanged(Mcs mcs) {
		assertThat(microconferences.find(mcs.event().id(), "tracing").orElseThrow()).isEqualTo(mcs.x());
		assertThat(audit.find(AuditQuery.ofEvent(mcs.event().id()))).isEmpty();
	}

	/**
	 * A new event with MC "tracing" (X: topics with a subitem, a key-attendee section)
	 * and MC "y", each with a lead who has an account, and an organiser.
	 */
	private Mcs event(String slug) {
		Event event = setup
			.create(new NewEvent(slug, "Conference " + slug, LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 5),
					ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(), List.of()));
		long masami = people.create("Masami Hiramatsu", List.of("Masami Hiramatsu"), null).id();
		long steven = people.create("Steven Rostedt", List.of("Steven Rostedt"), null).id();
		long yLead = people.create("Yolanda Lead", List.of("Yolanda Lead"), null).id();
		Microconference x = microconferences.create(event.id(),
				new NewMicroconference(
						null, "tracing", "Tracing", McStatus.ACCEPTED, "About tracing.", List.of(
								new Section(SectionKind.TOPICS, "Topics:",
										List.of(SectionEntry.item("ftrace", List.of("function graph")),
												SectionEntry.item("perf", List.of()))),
								new Section(SectionKind.KEY_ATTENDEES, "Key attendees:", List.of())),
						List.of(new KeyAttendee(steven, "Steven Rostedt", null)), "MC leads",
						List.of(new NamedPerson(masami, "Masami Hiramatsu"))));
		microconferences.create(event.id(), new NewMicroconference(null, "y", "MC y", McStatus.ACCEPTED, "About y.",
				List.of(), List.of(), "MC leads", List.of(new NamedPerson(yLead, "Yolanda Lead"))));
		long leadX = accounts.account("masami@example.org", "Masami Hiramatsu", masami);
		long leadY = accounts.account("yolanda@example.org", "Yolanda Lead", yLead);
		long organiser = accounts.account("olga@example.org", "Olga Organiser");
		accounts.grant(event.id(), organiser, EventRole.ORGANISER, null);
		return new Mcs(event, x, leadX, leadY, organiser);
	}

	private WebClient signedIn(long accountId) {
		String email = jdbc.sql("SELECT email FROM account WHERE id = ?").param(accountId).query(String.class).single();
		WebClient client = browser();
		assertThat(client.signIn(email, AccountFixture.PASSWORD)).isEqualTo("/");
		return client;
	}

	/** The fields a browser would send from the form posting to {@code action}. */
	private static Map<String, String> fields(Document page, String action) {
		Element form = page.selectFirst("form[action=" + action + "]");
		assertThat(form).as("a form posting to " + action).isNotNull();
		Map<String, String> values = new LinkedHashMap<>();
		form.select("input[name]").forEach(input -> values.put(input.attr("name"), input.attr("value")));
		form.select("textarea[name]").forEach(area -> values.put(area.attr("name"), area.wholeText()));
		return values;
	}

	record Mcs(Event event, Microconference x, long leadX, long leadY, long organiserId) {

		long organiser() {
			return organiserId;
		}

		String editX() {
			return "/manage/" + event.slug() + "/microconferences/tracing/edit";
		}

	}

}
