package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditLog;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.plumbline.event.Event;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.people.DuplicateSuggestion;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.people.PersonSummary;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The site admin's page of duplicate persons (issue 9, point 2): a pair that no event
 * lists, such as the persons of two accounts, appears on no event's page, so it is listed
 * here with every other open pair, merged or dismissed with the organisers' forms, and
 * each decision goes to the site-level audit log.
 */
class AdminDuplicatePagesTest extends AccountWebTest {

	static final String LIST = "/admin/people/duplicates";

	@Autowired
	EventSetup setup;

	@Autowired
	PersonDirectory people;

	@Autowired
	PersonDuplicates duplicates;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditLog audit;

	@Test
	void aPairOfAccountsPersonsThatNoEventListsIsOnTheAdminsPageOnly() {
		Pair pair = accountsPair("Paul McKenney", "Paul McKenny");
		Event event = eventOrganisedBy("olga@example.org", "adm_dup_list");

		Document page = admin().page(LIST);

		assertThat(page.select(".duplicate h2").eachText()).contains("Paul McKenney and Paul McKenny");
		assertThat(page.select("a[href=" + LIST + "/" + pair.suggestion().id() + "]")).hasSize(1);
		assertThat(page.select("form[action=" + LIST + "/" + pair.suggestion().id() + "/dismiss] button").text())
			.isEqualTo("Not the same person");
		assertThat(admin().page("/admin").select("a[href=" + LIST + "]").text()).isEqualTo("Duplicate persons");
		Document eventPage = signedIn("olga@example.org").page("/manage/" + event.slug() + "/people/duplicates");
		assertThat(eventPage.text()).doesNotContain("McKenn");
	}

	@Test
	void theAdminDismissesAPairSiteWideAndTheSiteLogSaysSo() {
		Pair pair = accountsPair("Kees Cook", "Kees Cookk");
		WebClient admin = admin();
		String dismiss = LIST + "/" + pair.suggestion().id() + "/dismiss";

		HttpResponse<String> dismissed = admin.submit(LIST, dismiss, Map.of());

		assertThat(dismissed.statusCode()).isEqualTo(302);
		assertThat(dismissed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(LIST));
		Document page = admin.page(LIST);
		assertThat(page.select("[role=status]").text())
			.isEqualTo("Kees Cook and Kees Cookk are different persons; they will not be suggested again.");
		assertThat(page.select(".duplicate h2").text()).doesNotContain("Kees Cookk");
		assertThat(duplicates.openSuggestion(pair.suggestion().id())).isEmpty();
		assertThat(admin.postWithToken(dismiss, Map.of()).statusCode()).as("dismissed already").isEqualTo(404);
		AuditRecord entry = siteEntryOn("duplicate-suggestion", pair.suggestion().id());
		assertThat(entry.action()).isEqualTo("dismissed");
		assertThat(entry.eventId()).isNull();
		assertThat(entry.actorLabel()).isEqualTo("Site admin");
	}

	@Test
	void theAdminMergesAPairWithTheOrganisersFormAndTheSiteLogSaysSo() {
		PersonSummary name = people.create("Jiri Kosina", List.of("Jiri Kosina"), null);
		PersonSummary typo = people.create("Jiri Kosinna", List.of("Jiri Kosinna"), null);
		DuplicateSuggestion suggestion = duplicates.suggestDuplicatesOf(typo.id()).getFirst();
		WebClient admin = admin();
		String form = LIST + "/" + suggestion.id();
		assertThat(admin.page(form).select("h1").text()).isEqualTo("Merge Jiri Kosina and Jiri Kosinna");

		HttpResponse<String> merged = admin.submit(form, form,
				Map.of("kept", id(name), "displayName", id(name), "bio", id(name), "affiliation", id(name)));

		assertThat(merged.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(merged.body()).select("[role=status]").text()).isEqualTo("Jiri Kosinna (person "
				+ typo.id() + ") is now Jiri Kosina (person " + name.id() + "); the merge is in the site's audit log.");
		assertThat(people.findByGuid(typo.guid()).orElseThrow().id()).isEqualTo(name.id());
		AuditRecord entry = siteEntryOn("person", typo.id());
		assertThat(entry.action()).isEqualTo("merged");
		assertThat(entry.eventId()).isNull();
	}

	@Test
	void aFormWithoutChoicesIsToldAndChangesNothing() {
		Pair pair = accountsPair("Alexei Starovoitov", "Alexei Starovoitv");
		String form = LIST + "/" + pair.suggestion().id();

		HttpResponse<String> refused = admin().postWithToken(form, Map.of("firstVersion", "0", "secondVersion", "0"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select(".field-error").eachText()).containsExactly(
				"Choose which of the two persons stays.", "Choose whose name to keep.", "Choose whose bio to keep.",
				"Choose whose affiliation to keep.");
		assertThat(duplicates.openSuggestion(pair.suggestion().id())).isPresent();
		assertThat(admin().get(LIST + "/424242").statusCode()).isEqualTo(404);
	}

	@Test
	void noOneButTheSiteAdminSeesOrDecidesOnThePage() {
		Pair pair = accountsPair("Daniel Borkmann", "Daniel Borkman");
		eventOrganisedBy("olga@example.org", "adm_dup_rights");
		String form = LIST + "/" + pair.suggestion().id();

		for (String email : List.of("olga@example.org", "daniel@example.org")) {
			WebClient user = signedIn(email);
			for (HttpResponse<String> refused : List.of(user.get(LIST), user.get(form),
					user.postWithToken(form + "/dismiss", Map.of()),
					user.postWithToken(form,
							Map.of("kept", id(pair.name()), "displayName", id(pair.name()), "bio", id(pair.name()),
									"affiliation", id(pair.name()), "firstVersion", "0", "secondVersion", "0")))) {
				assertThat(refused.statusCode()).as(email).isBetween(400, 499);
				assertThat(refused.body()).doesNotContain("Borkman");
			}
		}
		assertThat(browser().get(LIST).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(duplicates.openSuggestion(pair.suggestion().id())).isPresent();
		assertThat(people.findByGuid(pair.typo().guid()).orElseThrow().id()).isEqualTo(pair.typo().id());
	}

	private AuditRecord siteEntryOn(String objectType, long objectId) {
		return audit.find(AuditQuery.ofSite())
			.stream()
			.filter(entry -> entry.objectType().equals(objectType) && entry.objectId().equals(Long.toString(objectId)))
			.findFirst()
			.orElseThrow();
	}

	/** Two accounts whose persons' names differ by a letter, and their suggestion. */
	private Pair accountsPair(String name, String typo) {
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords);
		String first = name.split(" ")[0].toLowerCase();
		accounts.account(first + "@example.org", name);
		accounts.account(first + "@example.com", typo);
		PersonSummary named = people.findByGuid(personGuid(first + "@example.org")).orElseThrow();
		PersonSummary misspelt = people.findByGuid(personGuid(first + "@example.com")).orElseThrow();
		return new Pair(named, misspelt, duplicates.suggestDuplicatesOf(misspelt.id()).getFirst());
	}

	private UUID personGuid(String email) {
		return jdbc.sql("SELECT p.guid FROM person p JOIN account a ON a.person_id = p.id WHERE a.email = ?")
			.param(email)
			.query(UUID.class)
			.single();
	}

	private Event eventOrganisedBy(String email, String slug) {
		Event event = setup
			.create(new NewEvent(slug, "Conference " + slug, LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 5),
					ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(), List.of()));
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords);
		accounts.grant(event.id(), accounts.account(email, "Olga Organiser"), EventRole.ORGANISER, null);
		return event;
	}

	private WebClient admin() {
		WebClient admin = browser();
		assertThat(admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("/");
		return admin;
	}

	private WebClient signedIn(String email) {
		WebClient client = browser();
		assertThat(client.signIn(email, AccountFixture.PASSWORD)).isEqualTo("/");
		return client;
	}

	private static String id(PersonSummary person) {
		return Long.toString(person.id());
	}

	record Pair(PersonSummary name, PersonSummary typo, DuplicateSuggestion suggestion) {
	}

}
