package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.event.Event;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewSponsor;
import org.plumbline.importer.ScheduleImports;
import org.plumbline.microconference.McTextEdit;
import org.plumbline.question.QuestionForms;
import org.plumbline.review.ConflictInput;
import org.plumbline.review.DeclaredConflicts;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.HostilePages;
import org.plumbline.testsupport.QuestionEditorForms;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.plumbline.testsupport.XssCorpus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, point 6, in Debian's Chromium: the cross-site-scripting corpus
 * ({@link XssCorpus}) written into the text and Markdown fields users fill (profiles, an
 * MC proposal with its key attendees, the MC's text (captions and entries), a proposal
 * review, a call's question, a topic with its notes and its answer to that question, a
 * topic review, the reasons of an organiser's conflict mark and of a reviewer's conflict
 * declaration, a material's title and file name, a mail text, sponsors' and rooms' names,
 * and every text of an imported schedule file), then every page that shows them opened,
 * the public pages of the profiles' persons as speakers of a released timetable included,
 * with the Content-Security-Policy bypassed, so that the sanitiser and the templates'
 * escaping are tested on their own: no vector may run, and no on* attribute, javascript:
 * or data: URL or foreign script element may reach the DOM.
 */
// It leaves hostile names, proposals and texts in the server it shares with the other
// proposal tests: the server is closed after it, so that those start on a clean one.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileInputBrowserTest extends CallForMcWebTest {

	static final String IMPORTED = "hostile_import";

	static final String SPONSORED = "hostile_sponsors";

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Autowired
	ScheduleImports imports;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageShowsTheCorpusAsInertTextAndRunsNoneOfIt() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		WebClient bea = signedIn(STRANGER);
		WebClient olga = signedIn(ORGANISER);
		saveProfile(pia, 0);
		saveProfile(bea, 20);

		String proposal = WebClient.location(HostilePages.stored("MC proposal", pia,
				pia.submit(FORM, FORM,
						Map.of("title", XssCorpus.packed(40, 200), "description", XssCorpus.all(), "topics",
								"- " + XssCorpus.packed(50, 300), "audience", XssCorpus.packed(60, 300), "keyAttendees",
								keyAttendees(), "references", XssCorpus.packed(70, 2000), "action", "submit"))));
		String manageProposal = "/manage/" + EVENT + "/proposals/" + proposal.substring(proposal.lastIndexOf('/') + 1);
		HostilePages.stored("proposal review", olga, olga.submit(manageProposal, manageProposal + "/review",
				Map.of("score", "2", "comment", XssCorpus.all())));
		HostilePages.stored("proposal decision", olga,
				olga.submit(manageProposal, manageProposal + "/decision", Map.of("decision", "ACCEPTED")));
		HostilePages.stored("proposal announcement", olga,
				olga.submit(manageProposal, manageProposal + "/announce", Map.of()));
		String mc = jdbc.sql("SELECT slug FROM microconference WHERE event_id = ? AND status = 'ACCEPTED'")
			.param(event.id())
			.query(String.class)
			.single();
		String mcText = "/manage/" + EVENT + "/microconferences/" + mc + "/edit";
		Map<String, String> mcTextFields = mcTextFields(pia.formFields(mcText, mcText));
		HostilePages.stored("MC text", pia, pia.post(mcText, mcTextFields));
		String calls = "/manage/" + EVENT + "/calls";
		HostilePages.stored("call window", olga, olga.submit(calls, calls,
				Map.of("opensAt", "2027-01-10T09:00", "closesAt", "2027-02-01T18:00", "durations", "30, 45")));
		String reviews = "/manage/" + EVENT + "/reviews";
		HostilePages.stored("review phase", olga,
				olga.submit(reviews, reviews, Map.of("opensAt", "2027-01-10T09:00", "closesAt", "2027-03-01T18:00")));

		String callQuestions = "/manage/" + EVENT + "/calls/" + mc + "/questions";
		HostilePages.stored("call question", olga, QuestionEditorForms.add(olga, callQuestions, "TEXT",
				XssCorpus.packed(75, QuestionForms.MAX_LABEL_LENGTH), XssCorpus.packed(78, 1000), "", true));
		long question = jdbc.sql("SELECT id FROM call_question ORDER BY id DESC").query(Long.class).list().get(0);

		String newTopic = "/" + EVENT + "/calls/" + mc + "/topics/new";
		String topicPage = WebClient.location(HostilePages.stored("topic", bea,
				bea.submit(newTopic, newTopic,
						Map.of("title", XssCorpus.packed(5, 200), "abstractText", XssCorpus.all(), "notes",
								XssCorpus.packed(15, 5000), "durationMinutes", "30", "answer_" + question,
								XssCorpus.packed(82, QuestionForms.MAX_TEXT_ANSWER_LENGTH), "action", "submit"))));
		long topic = Long.parseLong(topicPage.substring(topicPage.lastIndexOf('/') + 1));
		String reviewTopic = "/review/" + EVENT + "/" + mc + "/topics/" + topic;
		HostilePages.stored("topic review", pia,
				pia.submit(reviewTopic, reviewTopic, Map.of("score", "1", "comment", XssCorpus.packed(25, 5000))));
		String dashboard = "/review/" + EVENT + "/" + mc;
		HostilePages.stored("topic decision", pia, pia.submit(dashboard, dashboard + "/decisions", Map.of("topic",
				pia.page(dashboard).select("input[name=topic]").attr("value"), "decision", "ACCEPTED")));
		HostilePages.stored("topic announcement", pia, pia.submit(dashboard, dashboard + "/announce", Map.of()));

		String conflicts = "/manage/" + EVENT + "/conflicts";
		HostilePages.stored("conflict mark", olga, olga.submit(conflicts, conflicts, Map.of("email", CO_LEAD,
				"personId", personOf(STRANGER), "reason", XssCorpus.packed(88, ConflictInput.MAX_REASON_LENGTH))));
		String secondTopic = WebClient.location(HostilePages.stored("second topic", bea,
				bea.submit(newTopic, newTopic, Map.of("title", "A second topic", "abstractText", "Its abstract.",
						"durationMinutes", "30", "answer_" + question, "An answer.", "action", "submit"))));
		String reviewSecond = "/review/" + EVENT + "/" + mc + "/topics"
				+ secondTopic.substring(secondTopic.lastIndexOf('/'));
		HostilePages.stored("conflict declaration", pia, pia.submit(reviewSecond, reviewSecond + "/conflict",
				Map.of("reason", XssCorpus.packed(92, DeclaredConflicts.MAX_REASON_LENGTH))));

		String materials = "/manage/" + EVENT + "/talks/" + topic + "/materials";
		HostilePages.stored("material link", bea, bea.submit(materials, materials + "/links",
				Map.of("title", XssCorpus.packed(35, 200), "url", "https://example.org/slides")));
		Map<String, String> fileForm = bea.formFields(materials, materials + "/files");
		fileForm.put("title", XssCorpus.packed(45, 200));
		HostilePages.stored("material file", bea, bea.postMultipart(materials + "/files", fileForm, "file",
				XssCorpus.packed(55, 240).replace("\"", "'") + ".pdf", minimalPdf()));

		String mailText = "/manage/" + EVENT + "/mail/texts/timetable-talk-changed";
		// Mail texts take only their own placeholders: the template-injection vector is
		// refused with the list of those, so it is left out here.
		String mailBody = XssCorpus.vectors()
			.stream()
			.filter(vector -> !vector.contains("{{"))
			.collect(Collectors.joining("\n\n"));
		HostilePages.stored("mail text", olga, olga.submit(mailText, mailText,
				Map.of("subject", XssCorpus.packed(65, 300).replace("{{", "{"), "body", mailBody + "\n\n{{name}}")));

		Event sponsored = sponsoredEvent();
		imports.importSchedule("hostile.json", hostileSchedule(), IMPORTED, null);

		String topicGuid = guidOf("SELECT guid FROM topic WHERE event_id = (SELECT id FROM event WHERE slug = ?)");
		String speakerGuid = guidOf("SELECT p.guid FROM person p JOIN topic_speaker s ON s.person_id = p.id "
				+ "JOIN topic t ON t.id = s.topic_id WHERE t.event_id = (SELECT id FROM event WHERE slug = ?)");
		new ScheduleFixture(context).releaseTalkBy(Long.parseLong(personOf(PROPOSER)),
				Long.parseLong(personOf(STRANGER)));
		List<String> speakerPages = List.of(speakerPage(PROPOSER), speakerPage(STRANGER));
		List<String> problems = new ArrayList<>();
		problems.addAll(openAll(null, speakerPages));
		problems.addAll(openAll(null, List.of("/", "/" + EVENT + "/", "/" + EVENT + "/microconferences",
				"/" + EVENT + "/microconferences/" + mc, "/" + EVENT + "/calls", "/" + sponsored.slug() + "/sponsors",
				"/" + IMPORTED + "/", "/" + IMPORTED + "/schedule", "/" + IMPORTED + "/schedule/list",
				"/" + IMPORTED + "/talks/" + topicGuid, "/" + IMPORTED + "/speakers/" + speakerGuid,
				"/" + IMPORTED + "/microconferences", "/" + IMPORTED + "/calls")));
		problems.addAll(openAll(PROPOSER, List.of("/account/profile", "/account/proposals", proposal,
				"/review/" + EVENT, dashboard, reviewTopic, "/manage/" + EVENT + "/microconferences/" + mc + "/edit")));
		problems.addAll(openAll(STRANGER, List.of("/account/profile", "/account/topics", topicPage, materials)));
		problems.addAll(openAll(ORGANISER,
				List.of("/manage/" + EVENT, "/manage/" + EVENT + "/proposals", manageProposal, dashboard, reviewTopic,
						materials, callQuestions, "/manage/" + EVENT + "/mail/texts", mailText,
						"/manage/" + EVENT + "/overview", "/manage/" + EVENT + "/registration",
						"/manage/" + EVENT + "/people/duplicates", "/manage/" + EVENT + "/team", conflicts,
						"/manage/" + EVENT + "/mail", "/manage/" + EVENT + "/audit", "/manage/" + EVENT + "/schedule",
						"/manage/" + EVENT + "/schedule/mc/" + mc, "/manage/" + EVENT + "/feedback", mcText)));
		problems.addAll(new HostilePages(chromium.browser(), port).inertExports(List.of(
				"/" + IMPORTED + "/schedule/export/schedule.xml", "/" + IMPORTED + "/schedule/export/schedule.json",
				"/" + IMPORTED + "/schedule/export/schedule.ics")));

		assertThat(problems).as("%d vectors in every field", XssCorpus.vectors().size()).isEmpty();
		for (String speakerPage : speakerPages) {
			assertThat(olga.page(speakerPage).select(".speaker-bio").text()).as("the bio on %s", speakerPage)
				.isNotBlank();
		}
		assertThat(olga.page(speakerPage(STRANGER)).select("h1").text()).as("the speaker's name, shown as text")
			.isEqualTo(XssCorpus.packed(20, 200).replaceAll("\\s+", " ").strip());
		assertThat(olga.page("/" + EVENT + "/microconferences/" + mc).select(".mc-caption").eachText())
			.as("the MC's captions, shown as text")
			.containsAll(mcTextFields.entrySet()
				.stream()
				.filter(field -> field.getKey().startsWith("caption"))
				.map(field -> field.getValue().replaceAll("\\s+", " ").strip())
				.toList());
		assertThat(olga.page(conflicts).text()).as("both reasons, shown as text")
			.contains(XssCorpus.packed(88, ConflictInput.MAX_REASON_LENGTH).replaceAll("\\s+", " ").strip(),
					XssCorpus.packed(92, DeclaredConflicts.MAX_REASON_LENGTH).replaceAll("\\s+", " ").strip());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theHookAndTheDomScanCatchTheCorpusWhereNothingEscapesIt() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			context.addInitScript(HostilePages.resource("/hostile/xss-hook.js"));
			Page page = context.newPage();
			page.setContent("<!doctype html><title>raw</title><body>" + XssCorpus.all());
			page.waitForLoadState(LoadState.NETWORKIDLE);

			assertThat((List<Object>) page.evaluate("() => Array.from(window.__xssRuns)")).contains("alert(1)",
					"window.__xss = 1", "alert(10)", "alert(14)");
			assertThat((List<Object>) page.evaluate(HostilePages.resource("/hostile/dom-scan.js")))
				.anySatisfy(found -> assertThat(found.toString()).startsWith("event handler attribute onerror"))
				.anySatisfy(found -> assertThat(found.toString()).startsWith("script-capable URL in href"))
				.anySatisfy(found -> assertThat(found.toString()).startsWith("script element not served by the app"));
		}
	}

	private void saveProfile(WebClient client, int first) {
		HostilePages.stored("profile", client,
				client.submit("/account/profile", "/account/profile",
						Map.of("displayName", XssCorpus.packed(first, 200), "affiliation",
								XssCorpus.packed(first + 7, 200), "bio", XssCorpus.packed(first + 3, 5000))));
	}

	/**
	 * The MC text form with vectors in its description, in every section's caption, and
	 * in the text of the section it adds: list items, subitems, references and
	 * paragraphs. The other sections' texts and the key attendees' roles, vectors from
	 * the proposal, are kept, so that all fits in what the MC stores.
	 */
	private static Map<String, String> mcTextFields(Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("description", XssCorpus.packed(60, 3000));
		int sections = (int) form.keySet().stream().filter(name -> name.startsWith("caption")).count();
		for (int i = 0; i < sections; i++) {
			fields.put("caption" + i, XssCorpus.packed(11 * i + 4, McTextEdit.MAX_CAPTION_LENGTH));
		}
		List<String> markers = List.of("- ", "  - ", "[%d] ", "\n");
		StringBuilder entries = new StringBuilder();
		for (int i = 0; i < XssCorpus.vectors().size(); i++) {
			entries.append(markers.get(i % markers.size()).formatted(i))
				.append(XssCorpus.vectors().get(i))
				.append('\n');
		}
		fields.put("body" + (sections - 1), entries.toString());
		return fields;
	}

	/** Each vector a key attendee's name and role, as many as the field takes. */
	private static String keyAttendees() {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			lines.append("- ")
				.append(XssCorpus.vectors().get(i).replace(",", " "))
				.append(", ")
				.append(XssCorpus.vectors().get(i + 40))
				.append('\n');
		}
		return lines.toString();
	}

	private Event sponsoredEvent() {
		return events.findBySlug(SPONSORED)
			.orElseGet(() -> eventSetup.create(new NewEvent(SPONSORED, XssCorpus.packed(80, 200),
					LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 2), ZONE, XssCorpus.packed(85, 200),
					List.of(new NewRoom(XssCorpus.packed(90, 100), 50, null)), List.of(),
					List.of(XssCorpus.packed(2, 100)), List.of(new NewSponsor(XssCorpus.packed(95, 200),
							XssCorpus.packed(2, 100), "https://example.org/", null)))));
	}

	private String personOf(String email) {
		return jdbc.sql("SELECT CAST(person_id AS VARCHAR(20)) FROM account WHERE email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

	/** The public page of an account's person as a speaker of the released timetable. */
	private String speakerPage(String email) {
		return "/" + ScheduleFixture.EVENT + "/speakers/"
				+ jdbc
					.sql("SELECT CAST(p.guid AS VARCHAR(36)) FROM person p JOIN account a ON a.person_id = p.id "
							+ "WHERE a.email = ?")
					.param(email)
					.query(String.class)
					.single();
	}

	private String guidOf(String sql) {
		return jdbc.sql(sql).param(IMPORTED).query(UUID.class).list().get(0).toString();
	}

	private List<String> openAll(String email, List<String> paths) {
		return new HostilePages(chromium.browser(), port).openAll(email, PASSWORD, paths);
	}

	/**
	 * A c3voc schedule JSON file whose every text (event, room, track, talk and person
	 * names, abstracts, descriptions, biographies, link titles) is made of vectors.
	 */
	private static byte[] hostileSchedule() {
		List<Map<String, Object>> talks = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Map<String, Object> talk = new LinkedHashMap<>();
			talk.put("guid", UUID.nameUUIDFromBytes(("hostile talk " + i).getBytes(StandardCharsets.UTF_8)).toString());
			talk.put("id", 100 + i);
			talk.put("date", "2027-10-04T1" + i + ":00:00+02:00");
			talk.put("start", "1" + i + ":00");
			talk.put("duration", "00:30");
			talk.put("room", "Room " + XssCorpus.packed(30, 60));
			talk.put("slug", "hostile-" + i);
			talk.put("title", XssCorpus.packed(10 + 30 * i, 200));
			talk.put("subtitle", XssCorpus.packed(12 + 30 * i, 200));
			talk.put("track", XssCorpus.packed(i == 0 ? 8 : 9, 80));
			talk.put("type", "Talk");
			talk.put("language", "en");
			talk.put("abstract", XssCorpus.all());
			talk.put("description", XssCorpus.all());
			talk.put("persons", List.of(Map.of("id", 200 + i, "public_name", XssCorpus.packed(20 + 30 * i, 150),
					"biography", XssCorpus.all())));
			talk.put("links",
					List.of(Map.of("url", "https://example.org/" + i, "title", XssCorpus.packed(3 * i, 200))));
			talk.put("attachments", List.of());
			talks.add(talk);
		}
		Map<String, Object> conference = new LinkedHashMap<>();
		conference.put("acronym", IMPORTED);
		conference.put("title", XssCorpus.packed(33, 200));
		conference.put("start", "2027-10-04");
		conference.put("end", "2027-10-04");
		conference.put("daysCount", 1);
		conference.put("time_zone_name", "Europe/Berlin");
		conference.put("timeslot_duration", "00:05");
		conference.put("rooms", List.of(Map.of("name", "Room " + XssCorpus.packed(30, 60), "guid",
				UUID.nameUUIDFromBytes("hostile room".getBytes(StandardCharsets.UTF_8)).toString())));
		conference.put("days",
				List.of(Map.of("index", 1, "date", "2027-10-04", "day_start", "2027-10-04T06:00:00+02:00", "day_end",
						"2027-10-05T03:00:00+02:00", "rooms", Map.of("Room " + XssCorpus.packed(30, 60), talks))));
		return JsonMapper.builder()
			.build()
			.writeValueAsBytes(Map.of("schedule",
					Map.of("version", "hostile", "base_url", "https://example.org/", "conference", conference)));
	}

	private static byte[] minimalPdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
