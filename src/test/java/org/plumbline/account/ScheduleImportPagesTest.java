package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The site admin's page that imports an event from another system's schedule file (issue
 * 14, point 5): the report after an import, the form again with why when nothing was
 * imported, and nothing for anyone but a site admin.
 */
class ScheduleImportPagesTest extends AccountWebTest {

	static final String PAGE = "/admin/events/import";

	@Autowired
	EventCatalog catalog;

	@Autowired
	EventSetup setup;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void noEvents() {
		catalog.listEvents().forEach(event -> setup.delete(event.id()));
	}

	@Test
	void theAdminUploadsAScheduleAndReadsWhatWasImportedAndWhatTheFileBreaks() throws Exception {
		WebClient admin = admin();
		assertThat(admin.page("/admin").select("a[href=" + PAGE + "]").text())
			.isEqualTo("Import an event from a schedule file");

		HttpResponse<String> imported = upload(admin, "winterchaos", "invalid-example.json", example());

		assertThat(imported.statusCode()).isEqualTo(200);
		Document report = Jsoup.parse(imported.body());
		assertThat(report.select(".import-report h2").text()).isEqualTo("Imported winterchaos");
		assertThat(report.select(".import-report p").first().text()).startsWith(
				"Imported winterchaos from invalid-example.json (c3voc schedule JSON): 3 days, 1 room, 1 track, 1 talk,");
		assertThat(report.select(".import-warnings li").eachText()).hasSize(4)
			.contains("/schedule/rooms (line 59, column 16): is not allowed here");
		assertThat(catalog.findBySlug("winterchaos")).isPresent();
		assertThat(admin.page("/winterchaos/schedule").text()).contains("Internal Penetration Testing Basics");
		assertThat(jdbc.sql("""
				SELECT actor_label FROM audit_entry
				WHERE event_id = ? AND action = 'imported-schedule' AND actor_account_id IS NOT NULL""")
			.param(catalog.findBySlug("winterchaos").orElseThrow().id())
			.query(String.class)
			.list()).as("the import is logged under the admin who asked").containsExactly("Site admin");
	}

	@Test
	void anUnreadableFileOrATakenSlugShowsTheFormAgainWithWhyAndImportsNothing() throws Exception {
		WebClient admin = admin();
		upload(admin, "winterchaos", "invalid-example.json", example());

		HttpResponse<String> taken = upload(admin, "winterchaos", "invalid-example.json", example());
		HttpResponse<String> unreadable = upload(admin, "otherconf", "notes.txt",
				"just some notes".getBytes(StandardCharsets.UTF_8));

		assertThat(taken.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(taken.body()).select("#slug_error").text())
			.isEqualTo("An event \"winterchaos\" exists already; choose another slug.");
		assertThat(unreadable.statusCode()).isEqualTo(400);
		Document form = Jsoup.parse(unreadable.body());
		assertThat(form.select("#file_error").text()).isEqualTo("Nothing was imported: notes.txt cannot be read.");
		assertThat(form.select(".import-problems li").eachText()).containsExactly("line 1, column 1: the file is "
				+ "neither XML nor JSON: expected frab/c3voc schedule XML or JSON, or Indico's export API JSON");
		assertThat(form.select("input[name=slug]").attr("value")).isEqualTo("otherconf");
		assertThat(catalog.findBySlug("otherconf")).isEmpty();
	}

	@Test
	void aTimeZoneThatDoesNotExistShowsTheFormAgainNamingItAndImportsNothing() throws Exception {
		WebClient admin = admin();
		byte[] onMars = new String(example(), StandardCharsets.UTF_8).replace("\"Europe/Zurich\"", "\"Mars/Olympus\"")
			.getBytes(StandardCharsets.UTF_8);
		long persons = count("SELECT COUNT(*) FROM person");

		HttpResponse<String> refused = upload(admin, "olympusconf", "mars.json", onMars);

		assertThat(refused.statusCode()).isEqualTo(400);
		Document form = Jsoup.parse(refused.body());
		assertThat(form.select("#file_error").text()).isEqualTo("Nothing was imported: mars.json cannot be read.");
		assertThat(form.select(".import-problems li").eachText())
			.containsExactly("/schedule/conference/time_zone_name (line 13, column 27): unknown time zone "
					+ "\"Mars/Olympus\"; name one of the IANA database, such as Europe/Berlin");
		assertThat(catalog.findBySlug("olympusconf")).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM person")).isEqualTo(persons);
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithItsSizeAndImportsNothing() throws Exception {
		WebClient admin = admin();
		byte[] huge = new byte[6 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) ' ');

		HttpResponse<String> refused = upload(admin, "hugeconf", "huge.json", huge);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("#file_error").text())
			.isEqualTo("Nothing was imported: huge.json has 6.0 MB; a schedule file may have at most 5 MB.");
		assertThat(catalog.findBySlug("hugeconf")).isEmpty();
	}

	@Test
	void aDatabaseRefusalIsToldForWhatItIsAndImportsNothing() throws Exception {
		WebClient admin = admin();
		// Real constraints the import trips, standing for what only the database sees:
		// any refusal (a talk's title) and a duplicate (a room's name site-wide).
		jdbc.sql(
				"ALTER TABLE topic ADD CONSTRAINT probe_no_basics CHECK (title <> 'Internal Penetration Testing Basics')")
			.update();
		HttpResponse<String> refused;
		try {
			refused = upload(admin, "thirdchaos", "invalid-example.json", example());
		}
		finally {
			jdbc.sql("ALTER TABLE topic DROP CONSTRAINT probe_no_basics").update();
		}
		upload(admin, "winterchaos", "invalid-example.json", example());
		jdbc.sql("CREATE UNIQUE INDEX probe_room_name_sitewide ON room (name)").update();
		HttpResponse<String> duplicate;
		try {
			duplicate = upload(admin, "otherchaos", "invalid-example.json", example());
		}
		finally {
			jdbc.sql("DROP INDEX probe_room_name_sitewide").update();
		}

		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(duplicate.body()).select(".form-error").text())
			.startsWith("Nothing was imported: the database refused a duplicate, perhaps an event made meanwhile "
					+ "under the same slug (")
			.containsIgnoringCase("probe_room_name_sitewide");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select(".form-error").text())
			.startsWith("Nothing was imported: the database refused the event: ")
			.containsIgnoringCase("probe_no_basics")
			.doesNotContain("same slug");
		assertThat(catalog.findBySlug("otherchaos")).isEmpty();
		assertThat(catalog.findBySlug("thirdchaos")).isEmpty();
	}

	@Test
	void aSignedInUserWhoIsNoSiteAdminFindsNoSuchPage() throws Exception {
		new AccountFixture(jdbc, people, passwords).account("someone@example.org", "Some One");
		WebClient user = browser();
		assertThat(user.signIn("someone@example.org", AccountFixture.PASSWORD)).isEqualTo("/");
		String token = user.page("/account/profile").select("input[name=_csrf]").attr("value");

		assertThat(user.get(PAGE).statusCode()).isEqualTo(404);
		assertThat(user.postMultipart(PAGE, Map.of("_csrf", token, "slug", "sneaky"), "file", "f.json", example())
			.statusCode()).isEqualTo(404);
		assertThat(catalog.findBySlug("sneaky")).isEmpty();
	}

	private HttpResponse<String> upload(WebClient admin, String slug, String fileName, byte[] file) {
		String token = admin.page(PAGE).select("input[name=_csrf]").attr("value");
		return admin.postMultipart(PAGE, Map.of("_csrf", token, "slug", slug), "file", fileName, file);
	}

	private WebClient admin() {
		WebClient admin = browser();
		assertThat(admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("/");
		return admin;
	}

	private static byte[] example() throws Exception {
		return new ClassPathResource("schedule-formats/examples/invalid-example.json").getContentAsByteArray();
	}

}
