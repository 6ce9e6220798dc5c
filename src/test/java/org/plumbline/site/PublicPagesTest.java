package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.SponsorTier;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public pages over real HTTP, on the demo event (the seed's LPC 2023) and on
 * {@link SiteFixture}'s event for what the demo lacks (sponsors with logos, hostile text,
 * an MC not yet accepted).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
@Import(PublicPagesTest.FailingPageConfiguration.class)
class PublicPagesTest {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@LocalServerPort
	int port;

	@Autowired
	EventCatalog catalog;

	@Autowired
	EventSetup setup;

	@Autowired
	PersonDirectory people;

	@Autowired
	Microconferences microconferences;

	@Autowired
	JdbcClient jdbc;

	WebClient site;

	Event fixture;

	@BeforeEach
	void startClient() {
		site = WebClient.browser(port).withoutCookies();
		fixture = SiteFixture.ensure(catalog, setup, people, microconferences);
	}

	@Test
	void indexListsTheDemoEventWithItsDates() {
		Document page = site.page("/");

		Element link = page.selectFirst("main a[href=/lpc2023/]");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("Linux Plumbers Conference 2023");
		assertThat(link.parent().text()).contains("Nov 13 – 15, 2023");
		assertThat(page.select("h1").eachText()).containsExactly("Events");
	}

	@Test
	void eventHomeShowsNameDatesTimeZoneVenueAndMicroconferenceCount() {
		Document page = site.page("/lpc2023/");

		assertThat(page.select("h1").eachText()).containsExactly("Linux Plumbers Conference 2023");
		String text = page.selectFirst("main").text();
		assertThat(text).contains("Nov 13 – 15, 2023", "America/New_York", "Richmond", "18 microconferences");
		assertThat(page.select("main a[href=/lpc2023/microconferences]")).isNotEmpty();
		assertThat(page.select("main a[href=/lpc2023/calls]")).isNotEmpty();
		assertThat(page.select("main a[href=/lpc2023/sponsors]")).isNotEmpty();
		assertThat(page.select("header nav a").eachText()).containsExactly("Home", "Microconferences", "Schedule",
				"Calls for topics", "Sponsors");
		assertThat(page.selectFirst("header nav a[aria-current=page]").text()).isEqualTo("Home");
	}

	@Test
	void eventAddressWithoutTrailingSlashRedirectsToTheEventHome() {
		HttpResponse<String> response = site.get("/lpc2023");

		assertThat(response.statusCode()).isBetween(301, 308);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/lpc2023/"));
	}

	@Test
	void pageAddressWithATrailingSlashRedirectsToThePage() {
		for (String page : new String[] { "/lpc2023/microconferences", "/lpc2023/microconferences/tracing",
				"/lpc2023/sponsors" }) {
			HttpResponse<String> response = site.get(page + "/");

			assertThat(response.statusCode()).as(page).isEqualTo(308);
			assertThat(response.headers().firstValue("Location")).as(page).hasValue(page);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(page).isPresent();
		}
	}

	@Test
	void tracingPageShowsKeyAttendeesAsWrittenAndTheLeadsLine() {
		Document page = site.page("/lpc2023/microconferences/tracing");

		assertThat(page.select("h1").eachText()).containsExactly("Tracing");
		Element caption = page.select("main h2")
			.stream()
			.filter(heading -> heading.text().equals("Key attendees:"))
			.findFirst()
			.orElseThrow();
		assertThat(caption.nextElementSibling().select("li").eachText()).startsWith("Steven Rostedt", "Masami Hiramtsu",
				"Mathieu Desnoyers");
		assertThat(page.selectFirst(".mc-leads").text()).isEqualTo("MC Leads: Masami Hiramatsu, Steven Rostedt");
	}

	@Test
	void vfioPageKeepsEachSpellingOfOnePersonAsWritten() {
		Document page = site.page("/lpc2023/microconferences/vfio-iommu-pci");

		assertThat(page.select("main ul.people li").eachText()).contains("Jörg Rödel").doesNotContain("Joerg Roedel");
		assertThat(page.selectFirst(".mc-leads").text()).isEqualTo(
				"MC Leads: Bjorn Helgaas, Lorenzo Pieralisi, Joerg Roedel, Krzysztof Wilczyński, Alex Williamson");
		Element vfio = page.select("main li")
			.stream()
			.filter(item -> item.ownText().equals("VFIO"))
			.findFirst()
			.orElseThrow();
		assertThat(vfio.select("> ul > li").eachText()).startsWith("Write-combine on non-x86 architectures");
	}

	@Test
	void microconferenceListHasATableOfContentsLinkingEachSectionInOrder() {
		Document page = site.page("/lpc2023/microconferences");

		assertThat(page.select("h1").eachText()).containsExactly("Microconferences");
		List<Element> links = page.select("nav[aria-label=Contents] a");
		assertThat(links).extracting(Element::text)
			.containsExactly("Android", "Build Systems", "Compute Express Link (CXL)", "Confidential Computing",
					"Containers and checkpoint/restore", "CPU Isolation", "Internet of Things",
					"Kernel Testing & Dependability", "KVM", "Linux in Space", "Linux Kernel Debugging",
					"Live Patching", "Power Management and Thermal Control", "Real-time and Scheduling MC", "RISC-V",
					"Rust", "Tracing", "VFIO/IOMMU/PCI");
		for (Element link : links) {
			String id = link.attr("href").substring(1);
			Element section = page.getElementById(id);
			assertThat(section).as("target of %s", link.attr("href")).isNotNull();
			assertThat(section.selectFirst("h2").text()).isEqualTo(link.text());
		}
	}

	@Test
	void headingsNeverSkipALevel() {
		for (String path : List.of("/", "/lpc2023/", "/lpc2023/microconferences", "/lpc2023/microconferences/tracing",
				"/lpc2023/sponsors", "/lpc2023/schedule", "/lpc2023/schedule/list", "/nosuchevent/")) {
			Document page = site.page(path);
			int previous = 0;
			for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
				int level = Integer.parseInt(heading.tagName().substring(1));
				assertThat(level).as("%s: %s after h%d", path, heading.outerHtml(), previous)
					.isLessThanOrEqualTo(previous + 1);
				previous = level;
			}
			assertThat(page.select("h1")).as(path).hasSize(1);
		}
	}

	@Test
	void demoSponsorsPageSaysThereAreNoSponsorsAndListsTheEightTiersInOrder() {
		Document page = site.page("/lpc2023/sponsors");

		assertThat(page.selectFirst("main").text()).contains("No sponsors have been announced for this event yet.");
		assertThat(page.select("main ul.tier-names li").eachText()).containsExactly("Diamond", "Platinum", "Gold",
				"Silver", "Catchbox", "Livestream", "T-Shirt", "Conference services");
		assertThat(page.select("main img")).isEmpty();
	}

	@Test
	void sponsorsPageShowsSponsorsByTierWithLogoAndOnlySafeLinks() {
		Document page = site.page("/" + SiteFixture.SLUG + "/sponsors");

		assertThat(page.select("main h2").eachText()).containsExactly("Gold", "Silver");
		Element acme = page.selectFirst("main a[href=https://acme.example/]");
		assertThat(acme).isNotNull();
		assertThat(acme.attr("rel")).contains("noopener");
		assertThat(acme.selectFirst("img").attr("alt")).isEmpty();
		assertThat(acme.selectFirst("img").attr("src")).matches("/fixture_conf/sponsors/\\d+/logo");
		assertThat(page.select("main [href^=javascript], main [href^=JAVASCRIPT]")).isEmpty();
		assertThat(page.selectFirst("main").text()).contains("Evil Inc", "Plain Text Ltd");
	}

	@Test
	void sponsorLogoIsServedWithItsContentType() {
		HttpResponse<byte[]> logo = site.getBytes(logoPath("Acme Corp"));

		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(logo.body()).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void svgLogoIsSandboxedSoItsScriptNeverRuns() {
		HttpResponse<byte[]> logo = site.getBytes(logoPath("Evil Inc"));

		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
		assertThat(logo.headers().allValues("Content-Security-Policy")).singleElement()
			.satisfies(csp -> assertThat(csp).contains("sandbox", "default-src 'none'", "frame-ancestors 'none'")
				.doesNotContain("script-src"));
		assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void hostileTextOfAnMicroconferenceIsShownAsTextAndNeverRuns() {
		String html = site.get("/" + SiteFixture.SLUG + "/microconferences/hostile").body();
		Document page = site.page("/" + SiteFixture.SLUG + "/microconferences/hostile");

		assertThat(page.select("script").eachAttr("src")).containsExactly("/assets/account.js", "/assets/interest.js");
		assertThat(page.select("[onerror]")).isEmpty();
		assertThat(page.select("main img")).isEmpty();
		assertThat(page.select("[href^=javascript]")).isEmpty();
		// the layout's two scripts are the page's only script elements
		assertThat(html.split("<script", -1)).hasSize(3);
		assertThat(html).doesNotContainIgnoringCase("<img src=x");
		assertThat(page.select("h1").eachText()).containsExactly("Hostile <b>Text</b>");
		assertThat(page.selectFirst("main").text()).contains("<script>alert(1)</script>", "<script>alert(2)</script>");
		assertThat(page.select("main a[href=https://example.org/docs]").eachText()).containsExactly("a safe link");
		assertThat(page.select("main em").eachText()).contains("emphasis");
		assertThat(page.select("main ol.references li").eachText()).first().isEqualTo("[1] https://example.org/one");
	}

	@Test
	void keyAttendeesWithoutASectionOfTheirOwnFollowTheSections() {
		Document page = site.page("/" + SiteFixture.SLUG + "/microconferences/hostile");

		assertThat(page.select("main h2").eachText()).containsExactly("Topics:", "Links:", "Key attendees");
		assertThat(page.select("main ul.people li").eachText()).containsExactly("Alan Turing, Codebreaker");
		assertThat(page.selectFirst(".mc-leads").text()).isEqualTo("MC leads: Ada Lovelace");
	}

	@Test
	void anMcPageListsItsConfirmedTopicsOnlyWithSpeakersAsWrittenAndASafeAbstract() {
		long mcId = microconferences.find(fixture.id(), "talks")
			.orElseGet(() -> microconferences.create(fixture.id(),
					new NewMicroconference(null, "talks", "Talks MC", McStatus.ACCEPTED, "Talks.", List.of(), List.of(),
							"MC leads", List.of())))
			.id();
		long ada = people.create("Ada Lovelace", List.of("Ada Lovelace"), null).id();
		long joerg = people.create("Jörg Rödel", List.of("Jörg Rödel"), null).id();
		jdbc.sql("DELETE FROM topic WHERE microconference_id = ?").param(mcId).update();
		topic(mcId, "CONFIRMED", "Second confirmed", "Plain.", "2030-01-02T10:00:00Z", ada, joerg);
		topic(mcId, "CONFIRMED", "First confirmed", SiteFixture.HOSTILE_TEXT, "2030-01-01T10:00:00Z", joerg);
		topic(mcId, "ACCEPTED", "Accepted, not yet confirmed", "x", "2030-01-01T09:00:00Z", ada);
		topic(mcId, "SUBMITTED", "Only submitted", "x", "2030-01-01T08:00:00Z", ada);

		Document page = site.page("/" + SiteFixture.SLUG + "/microconferences/talks");

		assertThat(page.select(".mc-talks h3").eachText()).containsExactly("First confirmed", "Second confirmed");
		assertThat(page.select(".mc-talks .talk-meta").eachText()).containsExactly("Jörg Rödel · 30 minutes",
				"Ada Lovelace, Jörg Rödel · 30 minutes");
		assertThat(page.select(".mc-talks [onerror], .mc-talks script, .mc-talks [href^=javascript]")).isEmpty();
		assertThat(page.select(".mc-talks a[href=https://example.org/docs]").eachText()).containsExactly("a safe link");
		assertThat(site.page("/" + SiteFixture.SLUG + "/microconferences/hostile").select(".mc-talks")).isEmpty();
	}

	private void topic(long mcId, String state, String title, String abstractText, String submittedAt,
			long... speakers) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, state, title, abstract, duration_minutes,
				                   submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, ?, ?, ?, 30, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), fixture.id(), mcId, state, title, abstractText, UUID.randomUUID().toString(),
					OffsetDateTime.parse(submittedAt), OffsetDateTime.parse(submittedAt),
					OffsetDateTime.parse(submittedAt))
			.update(keys, "id");
		long topicId = keys.getKeyAs(Number.class).longValue();
		for (int i = 0; i < speakers.length; i++) {
			jdbc.sql("INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written) "
					+ "SELECT ?, ?, id, display_name FROM person WHERE id = ?")
				.params(topicId, i + 1, speakers[i])
				.update();
		}
	}

	@Test
	void microconferenceNotYetAcceptedIsNotPublic() {
		assertThat(
				site.page("/" + SiteFixture.SLUG + "/microconferences").select("nav[aria-label=Contents] a").eachText())
			.containsExactly("Hostile <b>Text</b>");
		assertThat(site.get("/" + SiteFixture.SLUG + "/microconferences/secret-proposal").statusCode()).isEqualTo(404);
	}

	@Test
	void unknownEventIsAProperNotFoundPage() {
		assertProperPage(site.get("/nosuchevent/"), 404, "Event not found");
		assertProperPage(site.get("/nosuchevent/microconferences"), 404, "Event not found");
		assertProperPage(site.get("/nosuchevent/sponsors"), 404, "Event not found");
	}

	@Test
	void unknownMicroconferenceIsAProperNotFoundPageWithinItsEvent() {
		HttpResponse<String> response = site.get("/lpc2023/microconferences/no-such-mc");

		Document page = assertProperPage(response, 404, "Microconference not found");
		assertThat(page.selectFirst("main").text()).contains("Linux Plumbers Conference 2023", "no-such-mc");
		assertThat(page.select("main a[href=/lpc2023/microconferences]")).isNotEmpty();
	}

	@Test
	void unknownAddressAndUnknownLogoAreProperNotFoundPages() {
		assertProperPage(site.get("/lpc2023/no/such/page"), 404, "Page not found");
		assertProperPage(site.get("/lpc2023/sponsors/999999/logo"), 404, "Logo not found");
	}

	@Test
	void malformedSponsorNumberIsABadRequestPage() {
		assertProperPage(site.get("/lpc2023/sponsors/not-a-number/logo"), 400, "Bad Request");
	}

	@Test
	void serverErrorShowsTheErrorPageWithoutAnyTrace() {
		assertProperPage(site.get("/lpc2023/failure-for-tests"), 500, "Something went wrong");
	}

	@Test
	void apiClientsGetProblemDetailsForAnUnknownEvent() {
		HttpResponse<String> response = site.get("/nosuchevent/", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
	}

	@Test
	void everyPageTypeCarriesTheSecurityHeaders() {
		SoftAssertions softly = new SoftAssertions();
		for (String path : List.of("/", "/lpc2023/", "/lpc2023/microconferences", "/lpc2023/microconferences/tracing",
				"/lpc2023/sponsors", "/lpc2023/schedule", "/lpc2023/talks/x", "/nosuchevent/",
				"/lpc2023/microconferences/no-such-mc", "/lpc2023/no/such/page", "/lpc2023/failure-for-tests",
				"/lpc2023/sponsors/x/logo", "/assets/site.css", "/assets/favicon.svg", logoPath("Acme Corp"),
				"/actuator/health", "/actuator/env", "/admin")) {
			HttpResponse<String> response = site.get(path);
			var headers = response.headers();
			String expectedPolicy = path.endsWith("/logo") && response.statusCode() == 200 ? "sandbox"
					: CONTENT_SECURITY_POLICY;
			softly.assertThat(headers.allValues("Content-Security-Policy"))
				.as("CSP of %s", path)
				.singleElement()
				.satisfies(csp -> assertThat(csp).contains(expectedPolicy).contains("frame-ancestors 'none'"));
			softly.assertThat(headers.firstValue("X-Content-Type-Options"))
				.as("nosniff on %s", path)
				.hasValue("nosniff");
			softly.assertThat(headers.firstValue("Referrer-Policy"))
				.as("Referrer-Policy of %s", path)
				.hasValue("strict-origin-when-cross-origin");
			softly.assertThat(headers.firstValue("X-Frame-Options")).as("X-Frame-Options of %s", path).hasValue("DENY");
		}
		softly.assertAll();
	}

	@Test
	void viewingPublicPagesCreatesNoSession() {
		SoftAssertions softly = new SoftAssertions();
		for (String path : List.of("/", "/lpc2023", "/lpc2023/", "/lpc2023/microconferences",
				"/lpc2023/microconferences/tracing", "/lpc2023/sponsors", "/lpc2023/schedule", "/lpc2023/schedule/list",
				"/lpc2023/talks/x", logoPath("Acme Corp"), "/assets/site.css", "/assets/schedule.js", "/nosuchevent/",
				"/lpc2023/no/such/page", "/lpc2023/failure-for-tests", "/api/v1/me")) {
			HttpResponse<String> response = site.get(path);
			softly.assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by %s", path).isEmpty();
		}
		softly.assertAll();
	}

	@Test
	void publicPagesLoadNothingFromAnotherHostAndRunNoInlineScript() {
		for (String path : List.of("/", "/lpc2023/", "/lpc2023/microconferences", "/lpc2023/microconferences/tracing",
				"/lpc2023/sponsors", "/" + SiteFixture.SLUG + "/sponsors", "/nosuchevent/")) {
			Document page = site.page(path);
			assertThat(page.select("script:not([src]), style, [style], iframe, object, embed")).as(path).isEmpty();
			// an MC's page has its "Interested" toggle, an event's home its registration
			// status
			List<String> scripts = switch (path) {
				case "/lpc2023/microconferences/tracing" -> List.of("/assets/account.js", "/assets/interest.js");
				case "/lpc2023/" -> List.of("/assets/account.js", "/assets/registration-status.js");
				default -> List.of("/assets/account.js");
			};
			assertThat(page.select("script[src]").eachAttr("src")).as(path).containsExactlyElementsOf(scripts);
			assertThat(page.select("img[src]").eachAttr("src")).as(path)
				.allMatch(src -> src.startsWith("/") && !src.startsWith("//"));
			assertThat(page.select("link[href]").eachAttr("href")).as(path)
				.allMatch(href -> href.startsWith("/assets/"));
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		}
	}

	private String logoPath(String sponsorName) {
		return catalog.sponsorTiers(fixture.id())
			.stream()
			.flatMap(tier -> tier.sponsors().stream())
			.filter(sponsor -> sponsor.name().equals(sponsorName))
			.map(SponsorTier.Sponsor::id)
			.findFirst()
			.map(id -> "/" + SiteFixture.SLUG + "/sponsors/" + id + "/logo")
			.orElseThrow();
	}

	/**
	 * A page of the site (header, main, footer) with the status and heading, and no trace
	 * of the server's insides.
	 */
	private static Document assertProperPage(HttpResponse<String> response, int status, String heading) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		String html = response.body();
		assertThat(html).doesNotContain("Exception", "at org.", "at java.", "Whitelabel", "boom");
		Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select("header a[href=/]")).isNotEmpty();
		assertThat(page.select("main#page_main h1").eachText()).containsExactly(heading);
		assertThat(page.select("footer")).isNotEmpty();
		assertThat(page.select("main a[href=/]")).isNotEmpty();
		return page;
	}

	/** A page that always fails, to show what a visitor sees of a server error. */
	@TestConfiguration
	static class FailingPageConfiguration {

		@Bean
		FailingPage failingPage() {
			return new FailingPage();
		}

	}

	@Controller
	static class FailingPage {

		@GetMapping("/{event}/failure-for-tests")
		String fail() {
			throw new IllegalStateException("boom: a failure for tests at org.plumbline.site");
		}

	}

}
