package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditLog;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.plumbline.cfp.NewPlainTrack;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicText;
import org.plumbline.cfp.Topics;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.DuplicateSuggestion;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonProfiles;
import org.plumbline.people.PersonSummary;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The organisers' page of duplicate persons (issue 9, point 2), through HTTP: the pairs
 * that touch the event side by side, a dismissal remembered, a merge chosen field by
 * field that leaves a pointer, refusals and stale forms told, 404 for everyone else, and
 * every decision in the event's audit log. Each test has an event of its own whose one MC
 * lists a name and a misspelling of it, so that its page shows exactly that pair.
 */
class DuplicatePagesTest extends AccountWebTest {

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup setup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	PersonDuplicates duplicates;

	@Autowired
	PersonProfiles profiles;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditLog audit;

	@Autowired
	TopicCalls calls;

	@Autowired
	Topics topics;

	AccountFixture accounts;

	long organiser;

	@BeforeEach
	void anOrganiser() {
		accounts = new AccountFixture(jdbc, people, passwords);
		organiser = accounts.account("olga@example.org", "Olga Organiser");
	}

	@Test
	void thePageShowsEachPairOfTheEventSideBySideWithTheReasonInWords() {
		Pair pair = eventWithPair("dup_list", "Masami Hiramatsu", "Masami Hiramtsu");
		jdbc.sql("INSERT INTO person_email (person_id, address, address_key) VALUES (?, ?, ?)")
			.params(pair.typo().id(), "mhiramat@example.org", "mhiramat@example.org")
			.update();
		Pair elsewhere = eventWithPair("dup_elsewhere", "Krzysztof Wilczyński", "Krzysztof Wilczynski");

		Document page = signedIn("olga@example.org").page(listPage(pair));

		assertThat(page.select("h1").text()).isEqualTo("Duplicate persons");
		assertThat(page.select(".duplicate h2").eachText()).containsExactly("Masami Hiramatsu and Masami Hiramtsu");
		assertThat(page.select(".duplicate-reason").text()).isEqualTo("Their names differ by one or two letters.");
		assertThat(rows(page.selectFirst("table.duplicate-pair"))).containsExactly(
				List.of("Field", "Person " + pair.name().id(), "Person " + pair.typo().id()),
				List.of("Name", "Masami Hiramatsu", "Masami Hiramtsu"), List.of("Bio", "none", "none"),
				List.of("Affiliation", "none", "none"),
				List.of("Spellings seen", "Masami Hiramatsu", "Masami Hiramtsu"),
				List.of("Emails", "none", "mhiramat@example.org (not verified)"),
				List.of("Account", "No account", "No account"));
		assertThat(page.select(".duplicate-actions a").attr("href"))
			.isEqualTo(listPage(pair) + "/" + pair.suggestion().id());
		assertThat(page.select(".duplicate-actions button").text()).isEqualTo("Not the same person");
		assertThat(page.text()).doesNotContain("Wilczy");

		Document other = signedIn("olga@example.org").page(listPage(elsewhere));
		assertThat(other.select(".duplicate-reason").text())
			.isEqualTo("Their names are the same once case, accents and punctuation are set aside.");
	}

	@Test
	void aPairOfTwoSpeakersOfTheEventsSubmittedTopicsShowsOnItsPage() {
		Event event = setup.create(new NewEvent("dup_speakers", "Conference dup_speakers", LocalDate.of(2030, 6, 3),
				LocalDate.of(2030, 6, 5), ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(),
				List.of()));
		accounts.grant(event.id(), organiser, EventRole.ORGANISER, null);
		calls.createPlainTrack(event, organiser,
				new NewPlainTrack("talks", "Talks", "30", "2026-11-01 00:00", "2026-12-31 00:00"));
		PersonSummary named = people.create("Gwendolyn Speakerton", List.of("Gwendolyn Speakerton"), null);
		PersonSummary misspelt = people.create("Gwendolyn Speakertn", List.of("Gwendolyn Speakertn"), null);
		topics.create(event, "talks", accounts.account("gwen@example.org", "Gwendolyn Speakerton", named.id()),
				new TopicText("Tracing the tracer", "How it works.", "30", ""), "key-gwen", true);
		long typoAccount = accounts.account("gwen2@example.org", "Gwendolyn Speakertn", misspelt.id());
		topics.create(event, "talks", typoAccount, new TopicText("Draft only", "Not yet.", "30", ""), "key-gwen2-draft",
				false);
		DuplicateSuggestion suggestion = duplicates.suggestDuplicatesOf(misspelt.id()).getFirst();
		WebClient olga = signedIn("olga@example.org");
		String page = "/manage/" + event.slug() + "/people/duplicates";

		assertThat(olga.page(page).select(".duplicate h2").eachText()).as("one of them speaks on a submitted topic")
			.containsExactly("Gwendolyn Speakerton and Gwendolyn Speakertn");
		assertThat(olga.get(page + "/" + suggestion.id()).statusCode()).isEqualTo(200);

		jdbc.sql("DELETE FROM topic WHERE event_id = ? AND title = 'Tracing the tracer'").param(event.id()).update();

		assertThat(olga.page(page).select(".duplicate")).as("a speaker of a draft only is not counted").isEmpty();
		assertThat(olga.get(page + "/" + suggestion.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void notTheSamePersonRemovesThePairForGoodAndIsLogged() {
		Pair pair = eventWithPair("dup_dismiss", "Miroslav Beneš", "Miroslav Benes");
		WebClient olga = signedIn("olga@example.org");
		String dismiss = listPage(pair) + "/" + pair.suggestion().id() + "/dismiss";

		HttpResponse<String> dismissed = olga.submit(listPage(pair), dismiss, Map.of());

		assertThat(dismissed.statusCode()).isEqualTo(302);
		Document page = olga.page(listPage(pair));
		assertThat(page.select("[role=status]").text())
			.isEqualTo("Miroslav Beneš and Miroslav Benes are different persons; they will not be suggested again.");
		assertThat(page.select(".duplicate")).isEmpty();
		assertThat(page.text()).contains("No suggestions are open for the persons of this event.");
		assertThat(duplicates.suggestDuplicatesOf(pair.typo().id())).as("never suggested again").isEmpty();
		assertThat(olga.get(listPage(pair) + "/" + pair.suggestion().id()).statusCode()).isEqualTo(404);
		assertThat(olga.postWithToken(dismiss, Map.of()).statusCode()).as("dismissed already").isEqualTo(404);
		assertThat(audit.find(AuditQuery.ofEvent(pair.event().id()))).singleElement().satisfies(entry -> {
			assertThat(entry.actorAccountId()).isEqualTo(organiser);
			assertThat(entry.action()).isEqualTo("dismissed");
			assertThat(entry.objectType()).isEqualTo("duplicate-suggestion");
		});
	}

	@Test
	void aMergeTakesTheChosenFieldsMovesTheListsAndLeavesTheOtherPersonAsAPointer() {
		Pair pair = eventWithPair("dup_merge", "Mickaël Salaün", "Mickael Salaun");
		profiles.update(pair.typo().id(), new PersonProfile("Mickael Salaun", "Landlock maintainer.", "Microsoft", 0));
		profiles.update(pair.name().id(), new PersonProfile("Mickaël Salaün", null, "ANSSI", 0));
		WebClient olga = signedIn("olga@example.org");
		String form = listPage(pair) + "/" + pair.suggestion().id();

		HttpResponse<String> merged = olga.submit(form, form, Map.of("kept", id(pair.typo()), "displayName",
				id(pair.name()), "bio", id(pair.typo()), "affiliation", id(pair.name())));

		assertThat(merged.statusCode()).isEqualTo(200);
		Document result = Jsoup.parse(merged.body());
		assertThat(result.select("[role=status]").text()).isEqualTo("Mickaël Salaün (person " + pair.name().id()
				+ ") is now Mickaël Salaün (person " + pair.typo().id() + "); the merge is in the event's audit log.");
		assertThat(rows(result.selectFirst("table.merge-moved"))).contains(List.of("mc_lead.person_id", "1"),
				List.of("person_name_variant.person_id", "1"));
		assertThat(result.select(".merge-dropped")).isEmpty();

		assertThat(people.findByGuid(pair.name().guid()).orElseThrow().id()).as("the old person points on")
			.isEqualTo(pair.typo().id());
		assertThat(profiles.profile(pair.typo().id()))
			.isEqualTo(new PersonProfile("Mickaël Salaün", "Landlock maintainer.", "ANSSI", 2));
		Microconference mc = microconferences.forEvent(pair.event().id()).getFirst();
		assertThat(mc.leads()).extracting(NamedPerson::personId, NamedPerson::nameAsWritten)
			.containsExactly(tuple(pair.typo().id(), "Mickaël Salaün"));
		assertThat(olga.page(listPage(pair)).select(".duplicate")).isEmpty();
		assertThat(audit.find(AuditQuery.ofEvent(pair.event().id()))).extracting(AuditRecord::action)
			.containsExactly("merged");
	}

	@Test
	void aRefusedMergeIsToldAboveTheFormAndChangesNothing() {
		Pair pair = eventWithPair("dup_refused", "Pali Rohár", "Pali Rohar");
		accounts.account("pali@example.org", "Pali Rohár", pair.name().id());
		accounts.account("pali@example.com", "Pali Rohar", pair.typo().id());
		WebClient olga = signedIn("olga@example.org");
		String form = listPage(pair) + "/" + pair.suggestion().id();
		Map<String, String> chosen = fields(olga.page(form), form);
		chosen.put("kept", id(pair.typo()));

		HttpResponse<String> refused = olga.post(form, chosen);

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("[role=alert]").text()).isEqualTo("Both \"Pali Rohar\" (person " + pair.typo().id()
				+ ") and \"Pali Rohár\" (person " + pair.name().id() + ") have an account, and a person can have only "
				+ "one: one of the two accounts must be closed before they can be merged.");
		assertThat(page.select("form[action=" + form + "] button").text()).isEqualTo("Merge");
		assertThat(page.select("input[name=kept][checked]").attr("value")).as("the choice is kept")
			.isEqualTo(id(pair.typo()));
		assertThat(people.findByGuid(pair.typo().guid()).orElseThrow().id()).isEqualTo(pair.typo().id());
		assertThat(duplicates.openSuggestion(pair.suggestion().id())).isPresent();
		assertThat(audit.find(AuditQuery.ofEvent(pair.event().id()))).isEmpty();
	}

	@Test
	void aPersonChangedSinceTheFormWasShownIsToldAndShownAfresh() {
		Pair pair = eventWithPair("dup_stale", "Steven Rostedt", "Stephen Rostedt");
		WebClient olga = signedIn("olga@example.org");
		String form = listPage(pair) + "/" + pair.suggestion().id();
		Map<String, String> seen = fields(olga.page(form), form);
		profiles.update(pair.typo().id(), new PersonProfile("Stephen Rostedt", "Edited meanwhile.", null, 0));

		Document stale = Jsoup.parse(olga.post(form, seen).body());

		assertThat(stale.select("[role=alert]").text()).isEqualTo("\"Stephen Rostedt\" (person " + pair.typo().id()
				+ ") was changed by someone else since you chose; look at both persons again and repeat the merge.");
		assertThat(stale.select("table.duplicate-pair").text()).contains("Edited meanwhile.");
		assertThat(stale.select("input[name=secondVersion]").attr("value")).isEqualTo("1");
		assertThat(duplicates.openSuggestion(pair.suggestion().id())).isPresent();

		Map<String, String> again = fields(stale, form);
		again.put("bio", id(pair.typo()));
		assertThat(olga.post(form, again).statusCode()).isEqualTo(200);
		assertThat(people.findByGuid(pair.typo().guid()).orElseThrow().id()).isEqualTo(pair.name().id());
		assertThat(profiles.profile(pair.name().id()).bio()).isEqualTo("Edited meanwhile.");
	}

	@Test
	void aFormWithoutChoicesIsToldFieldByFieldAndChangesNothing() {
		Pair pair = eventWithPair("dup_choices", "Jonathan Corbet", "Jonathan Corbett");
		WebClient olga = signedIn("olga@example.org");
		String form = listPage(pair) + "/" + pair.suggestion().id();
		Map<String, String> versions = fields(olga.page(form), form);
		versions.keySet().retainAll(List.of("_csrf", "firstVersion", "secondVersion"));
		versions.put("bio", "424242");

		Document refused = Jsoup.parse(olga.post(form, versions).body());

		assertThat(refused.select("[role=alert]").text()).isEqualTo("Please choose where marked below.");
		assertThat(refused.select(".field-error").eachText()).containsExactly("Choose which of the two persons stays.",
				"Choose whose name to keep.", "Choose whose bio to keep.", "Choose whose affiliation to keep.");
		assertThat(duplicates.openSuggestion(pair.suggestion().id())).isPresent();
		assertThat(audit.find(AuditQuery.ofEvent(pair.event().id()))).isEmpty();
	}

	@Test
	void theDuplicatePagesAreNotFoundForAnyoneButTheEventsOrganisersAndAdmins() {
		Pair pair = eventWithPair("dup_private", "Greg Kroah-Hartman", "Greg Kroah Hartmann");
		Pair elsewhere = eventWithPair("dup_private_other", "Thomas Gleixner", "Thomas Gleixnr");
		accounts.account("ursula@example.org", "Ursula User");
		WebClient ursula = signedIn("ursula@example.org");
		WebClient olga = signedIn("olga@example.org");
		String form = listPage(pair) + "/" + pair.suggestion().id();

		assertThat(ursula.get(listPage(pair)).statusCode()).isEqualTo(404);
		assertThat(ursula.get(form).statusCode()).isEqualTo(404);
		assertThat(ursula.postWithToken(form, Map.of()).statusCode()).isEqualTo(404);
		assertThat(ursula.postWithToken(form + "/dismiss", Map.of()).statusCode()).isEqualTo(404);
		assertThat(browser().get(listPage(pair)).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(olga.get(listPage(pair) + "/" + elsewhere.suggestion().id()).statusCode())
			.as("a suggestion of another event's persons")
			.isEqualTo(404);
		assertThat(olga.postWithToken(listPage(pair) + "/" + elsewhere.suggestion().id() + "/dismiss", Map.of())
			.statusCode()).isEqualTo(404);
		assertThat(olga.get(listPage(pair) + "/424242").statusCode()).isEqualTo(404);
		assertThat(olga.get("/manage/no_such_event/people/duplicates").statusCode()).isEqualTo(404);
		WebClient admin = browser();
		admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		assertThat(admin.get(form).statusCode()).isEqualTo(200);
		assertThat(duplicates.openSuggestion(pair.suggestion().id())).isPresent();
		assertThat(duplicates.openSuggestion(elsewhere.suggestion().id())).isPresent();
	}

	/**
	 * A new event organised by Olga, whose one MC has {@code name} as its lead and
	 * {@code typo} as a key attendee, and the suggestion the typo raises.
	 */
	private Pair eventWithPair(String slug, String name, String typo) {
		Event event = setup
			.create(new NewEvent(slug, "Conference " + slug, LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 5),
					ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(), List.of()));
		PersonSummary named = people.create(name, List.of(name), null);
		PersonSummary misspelt = people.create(typo, List.of(typo), null);
		microconferences.create(event.id(),
				new NewMicroconference(null, "tracing", "Tracing", McStatus.ACCEPTED, "About tracing.", List.of(),
						List.of(new KeyAttendee(misspelt.id(), typo, "speaker")), "MC leads",
						List.of(new NamedPerson(named.id(), name))));
		accounts.grant(event.id(), organiser, EventRole.ORGANISER, null);
		DuplicateSuggestion suggestion = duplicates.suggestDuplicatesOf(misspelt.id()).getFirst();
		return new Pair(event, named, misspelt, suggestion);
	}

	private WebClient signedIn(String email) {
		WebClient client = browser();
		assertThat(client.signIn(email, AccountFixture.PASSWORD)).isEqualTo("/");
		return client;
	}

	/** The fields a browser would send from the form posting to {@code action}. */
	private static Map<String, String> fields(Document page, String action) {
		Element form = page.selectFirst("form[action=" + action + "]");
		assertThat(form).as("a form posting to " + action).isNotNull();
		Map<String, String> values = new LinkedHashMap<>();
		form.select("input[type=hidden], input[type=radio][checked]")
			.forEach(input -> values.put(input.attr("name"), input.attr("value")));
		return values;
	}

	/** Each row of a table as the text of its cells. */
	private static List<List<String>> rows(Element table) {
		return table.select("tr").stream().map(row -> row.select("th, td").eachText()).toList();
	}

	private static String id(PersonSummary person) {
		return Long.toString(person.id());
	}

	private static String listPage(Pair pair) {
		return "/manage/" + pair.event().slug() + "/people/duplicates";
	}

	record Pair(Event event, PersonSummary name, PersonSummary typo, DuplicateSuggestion suggestion) {
	}

}
