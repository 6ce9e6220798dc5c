package org.plumbline.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.question.QuestionForms;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.HostilePages;
import org.plumbline.testsupport.QuestionEditorForms;
import org.plumbline.testsupport.WebClient;
import org.plumbline.testsupport.XssCorpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, point 6, for registration: the cross-site-scripting corpus written by the
 * organisers into a ticket type's name and description, a waiting-list tier's name, the
 * bank-transfer details and the registration form's questions (label, help, a choice's
 * options), and by an attendee into a text answer; then every page that shows them, to
 * the attendee and to the organisers, opened in Chromium with the Content-Security-Policy
 * bypassed ({@link HostilePages}): no vector may run or reach the DOM as markup.
 */
class HostileRegistrationInputBrowserTest extends RegistrationWebTest {

	private static final String MANAGE = "/manage/" + EVENT + "/registration";

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void everyRegistrationPageShowsTheCorpusAsInertTextAndRunsNoneOfIt() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> ticket = new HashMap<>(TicketWebTest.inPerson());
		ticket.putAll(Map.of("name", XssCorpus.packed(0, 100), "description", XssCorpus.packed(5, 2000), "price", "50",
				"saleOpensAt", "2027-03-01T08:00"));
		HostilePages.stored("ticket type", olga, olga.submit(MANAGE + "/tickets", MANAGE + "/tickets", ticket));
		long ticketId = count("SELECT id FROM ticket_type WHERE event_id = ?", event.id());
		HostilePages.stored("waiting-list tier", olga,
				olga.submit(MANAGE + "/tiers", MANAGE + "/tiers", Map.of("name", XssCorpus.packed(10, 100))));
		// after the three default tiers, the one just added
		HostilePages.stored("placement reason", olga, olga.submit(MANAGE + "/tiers", MANAGE + "/tiers/placements",
				Map.of("email", BEN, "tier", "4", "reason", XssCorpus.packed(45, WaitingTiers.MAX_REASON_LENGTH))));
		HostilePages.stored("bank details", olga, olga.submit(MANAGE + "/settings", MANAGE + "/settings",
				Map.of("bankDetails", XssCorpus.packed(15, 2000))));
		String questions = MANAGE + "/questions";
		HostilePages.stored("text question", olga, QuestionEditorForms.add(olga, questions, "TEXT",
				XssCorpus.packed(20, QuestionForms.MAX_LABEL_LENGTH), XssCorpus.packed(25, 1000), "", true));
		HostilePages.stored("choice question", olga, QuestionEditorForms.add(olga, questions, "CHOICE",
				XssCorpus.packed(30, QuestionForms.MAX_LABEL_LENGTH), XssCorpus.packed(35, 1000), options(), true));
		List<Long> asked = jdbc.sql("SELECT id FROM registration_question ORDER BY id").query(Long.class).list();

		String firstOption = options().lines().findFirst().orElseThrow();
		WebClient anna = signedIn(ANNA);
		HostilePages.stored("registration", anna,
				anna.submit("/" + EVENT + "/register", "/" + EVENT + "/register",
						Map.of("ticket", Long.toString(ticketId), "answer_" + asked.get(0),
								XssCorpus.packed(40, QuestionForms.MAX_TEXT_ANSWER_LENGTH), "answer_" + asked.get(1),
								firstOption)));
		assertThat(jdbc.sql("SELECT answer FROM registration_answer WHERE question_id = ?")
			.param(asked.get(1))
			.query(String.class)
			.single()).as("the chosen option, stored as written").isEqualTo(firstOption);

		assertThat(olga.page(MANAGE + "/tickets").text()).as("the ticket's name, shown as text")
			.contains(XssCorpus.packed(0, 100));
		assertThat(olga.page(MANAGE + "/tiers").text()).as("the placement's reason, shown as text")
			.contains(XssCorpus.packed(45, WaitingTiers.MAX_REASON_LENGTH).replaceAll("\\s+", " ").strip());

		HostilePages pages = new HostilePages(chromium.browser(), port);
		List<String> problems = new ArrayList<>();
		problems.addAll(pages.openAll(null, PASSWORD, List.of("/" + EVENT + "/")));
		problems
			.addAll(pages.openAll(ANNA, PASSWORD, List.of("/" + EVENT + "/register", "/" + EVENT + "/registration")));
		problems.addAll(pages.openAll(BEN, PASSWORD, List.of("/" + EVENT + "/register")));
		problems.addAll(pages.openAll(ORGANISER, PASSWORD,
				List.of(MANAGE, MANAGE + "/tickets", MANAGE + "/tickets/" + ticketId, MANAGE + "/tiers",
						MANAGE + "/settings", questions, MANAGE + "/waiting", MANAGE + "/payments", MANAGE + "/passes",
						"/manage/" + EVENT, "/manage/" + EVENT + "/audit")));

		assertThat(problems).as("%d vectors in every field", XssCorpus.vectors().size()).isEmpty();
	}

	/**
	 * As many vectors as the choice takes, one an option: each within an option's length,
	 * distinct once trimmed.
	 */
	private static String options() {
		return XssCorpus.vectors()
			.stream()
			.map(String::strip)
			.filter(vector -> vector.length() <= QuestionForms.MAX_OPTION_LENGTH)
			.distinct()
			.limit(QuestionForms.MAX_OPTIONS)
			.collect(Collectors.joining("\n"));
	}

}
