package org.plumbline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.MutableClock;
import org.plumbline.mail.StoredTemplate.Origin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Mail templates: defaults, the site's and an event's own text, editing with optimistic
 * locking, and the checks that keep a saved text renderable. The purposes are this test's
 * own. {@link MailTemplatesPostgresTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@Import({ MailOutboxTest.ClockConfiguration.class, MailTemplatesTest.TestPurposes.class })
class MailTemplatesTest {

	static final String DECISION = "test-topic-decision";

	static final String NOTICE = "test-site-notice";

	static final String SIGN_IN = "test-sign-in-link";

	static final Instant START = MailOutboxTest.START;

	@Autowired
	MailTemplates templates;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	long lpc;

	long other;

	/** The account that edits the texts. */
	long editor;

	@BeforeEach
	void noTemplatesAndTwoEvents() {
		this.jdbc.sql("DELETE FROM mail_template").update();
		this.jdbc.sql("DELETE FROM event WHERE slug LIKE 'mailtpl%'").update();
		this.clock.set(START);
		this.lpc = event("mailtpl_lpc");
		this.other = event("mailtpl_other");
		this.editor = MailOutboxTest.editor(this.jdbc);
	}

	@Test
	void theDefaultRendersWithTheValuesAsWrittenWithoutHtmlEscaping() {
		RenderedMail mail = this.templates.render(DECISION, this.lpc,
				values("Tom & Jerry <tj@example.org>", "Ship \"it\" <now>", "accepted", ""));

		assertThat(mail.subject()).isEqualTo("LPC 2026: your topic Ship \"it\" <now>");
		assertThat(mail.textBody()).isEqualTo("""
				Dear Tom & Jerry <tj@example.org>,

				your topic "Ship "it" <now>" was accepted.
				--\s
				LPC 2026
				""");
	}

	@Test
	void aSectionShowsOnlyWhenItsValueIsNotEmpty() {
		String withNote = this.templates.render(DECISION, null, values("Jane", "T", "accepted", "Bring slides"))
			.textBody();

		assertThat(withNote).contains("Note from the leads: Bring slides\n");
	}

	@Test
	void aSubjectRendersToOneLineCutToTheLongestTheOutboxTakes() {
		RenderedMail broken = this.templates.render(DECISION, null, values("Jane", "Two\r\n  lines\n", "x", ""));
		assertThat(broken.subject()).isEqualTo("LPC 2026: your topic Two lines");

		RenderedMail longOne = this.templates.render(DECISION, null, values("Jane", "x".repeat(400), "x", ""));
		assertThat(longOne.subject()).hasSize(300).endsWith("x…");
	}

	@Test
	void anEventUsesItsOwnTextElseTheSitesElseTheDefault() {
		this.clock.advance(Duration.ofMinutes(1));
		StoredTemplate site = this.templates.save(this.editor, DECISION, null, "Site: {{topicTitle}}",
				"Site body {{speakerName}}", 0);
		this.clock.advance(Duration.ofMinutes(1));
		StoredTemplate own = this.templates.save(this.editor, DECISION, this.lpc, "LPC: {{topicTitle}}",
				"LPC body {{speakerName}}", 0);

		assertThat(site).extracting(StoredTemplate::origin, StoredTemplate::version, StoredTemplate::updatedAt)
			.containsExactly(Origin.SITE, 1, START.plus(Duration.ofMinutes(1)));
		assertThat(own).extracting(StoredTemplate::origin, StoredTemplate::version, StoredTemplate::updatedAt)
			.containsExactly(Origin.EVENT, 1, START.plus(Duration.ofMinutes(2)));
		assertThat(render(this.lpc)).isEqualTo(new RenderedMail("LPC: T", "LPC body Jane"));
		assertThat(render(this.other)).isEqualTo(new RenderedMail("Site: T", "Site body Jane"));
		assertThat(render(null)).isEqualTo(new RenderedMail("Site: T", "Site body Jane"));
		StoredTemplate inherited = this.templates.template(DECISION, this.other);
		assertThat(inherited.origin()).isEqualTo(Origin.SITE);
		assertThat(inherited.version()).as("the event has no text of its own").isZero();
		assertThat(inherited.isDefault()).isFalse();

		StoredTemplate afterReset = this.templates.reset(this.editor, DECISION, this.lpc);
		assertThat(afterReset.origin()).isEqualTo(Origin.SITE);
		assertThat(afterReset.subject()).isEqualTo("Site: {{topicTitle}}");
		assertThat(afterReset.version()).isEqualTo(2);
		assertThat(render(this.lpc)).isEqualTo(new RenderedMail("Site: T", "Site body Jane"));

		StoredTemplate siteReset = this.templates.reset(this.editor, DECISION, null);
		assertThat(siteReset.isDefault()).isTrue();
		assertThat(siteReset.updatedAt()).isNull();
		assertThat(this.templates.template(DECISION, this.lpc).isDefault()).isTrue();
		assertThat(render(this.lpc).subject()).isEqualTo("LPC 2026: your topic T");
	}

	@Test
	void aSecretPlaceholderIsRenderedForTheRecipientAndWithheldInTheShownTextOfTheSameTemplate() {
		this.templates.save(this.editor, SIGN_IN, null, "Sign in, {{name}} ({{link}})",
				"Open {{link}} to sign in, {{name}}.", 0);

		RenderedMail mail = this.templates.render(SIGN_IN, null,
				Map.of("name", "Jane", "link", "https://example.org/in?token=s3cr3t"));

		assertThat(mail).isEqualTo(new RenderedMail("Sign in, Jane (https://example.org/in?token=s3cr3t)",
				"Open https://example.org/in?token=s3cr3t to sign in, Jane.",
				"Sign in, Jane (" + MailPurpose.WITHHELD + ")", "Open " + MailPurpose.WITHHELD + " to sign in, Jane."));
	}

	@Test
	void resettingATemplateWithoutATextOfItsOwnChangesNothing() {
		StoredTemplate reset = this.templates.reset(this.editor, DECISION, this.lpc);

		assertThat(reset.isDefault()).isTrue();
		assertThat(reset.version()).isZero();
		assertThat(count()).isZero();
	}

	@Test
	void aSiteLevelPurposeHasNoEventTemplatesAndRendersTheSitesTextForAnyEvent() {
		this.templates.save(this.editor, NOTICE, null, "Notice for {{name}}", "Hello {{name}}", 0);

		assertThat(this.templates.render(NOTICE, this.lpc, Map.of("name", "Jane")))
			.isEqualTo(new RenderedMail("Notice for Jane", "Hello Jane"));
		assertThatThrownBy(() -> this.templates.save(this.editor, NOTICE, this.lpc, "S {{name}}", "B", 1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("mail purpose test-site-notice is site-wide: it has no template per event");
		assertThatThrownBy(() -> this.templates.template(NOTICE, this.lpc))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anUnknownPlaceholderIsRefusedNamingItAndListingThoseOffered() {
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Your topic {{topicTitle}}",
				"Dear {{speakerNmae}}, {{#notes}}x{{/notes}}", 0))
			.isInstanceOfSatisfying(InvalidTemplateException.class, ex -> assertThat(ex.field()).isEqualTo("body"))
			.hasMessage("body: unknown placeholders {{speakerNmae}}, {{notes}}; this mail offers {{eventName}}, "
					+ "{{speakerName}}, {{topicTitle}}, {{decision}}, {{note}}");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, null, "{{subject}}", "Body", 0))
			.isInstanceOfSatisfying(InvalidTemplateException.class, ex -> assertThat(ex.field()).isEqualTo("subject"))
			.hasMessageStartingWith("subject: unknown placeholder {{subject}}; this mail offers {{eventName}}");

		assertThat(count()).isZero();
		assertThat(this.templates.template(DECISION, this.lpc).isDefault()).isTrue();
	}

	@Test
	void aTemplateThatDoesNotCompileIsRefusedWithTheParsersLine() {
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Topic {{topicTitle}}",
				"Dear {{speakerName}},\n\n{{#note}}\nNote: {{note}}\n", 0))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessageStartingWith("body: ")
			.hasMessageContaining("note")
			.hasMessageContaining("line");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Topic {{topicTitle", "Body", 0))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessage("subject: Tag opened with {{ is not closed with }} @ line 1");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Topic",
				"Dear {{speakerName}},\n{{{topicTitle}}} is {{decision\nBye {{eventName}}", 0))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessage("body: Tag opened with {{ is not closed with }} @ line 2");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Topic", "{{> footer}}", 0))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessage("body: partials and template inheritance are not supported: {{>footer}}");

		assertThat(count()).isZero();
	}

	@Test
	void aStaleVersionIsToldAndNothingIsOverwritten() {
		StoredTemplate first = this.templates.save(this.editor, DECISION, this.lpc, "One {{topicTitle}}", "One", 0);
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Two {{topicTitle}}", "Two", 0))
			.as("a second editor who opened the default")
			.isInstanceOf(StaleTemplateException.class)
			.hasMessage("The template test-topic-decision of event " + this.lpc
					+ " was changed by someone else since version 0 was opened; reload it and apply your changes again.");

		StoredTemplate second = this.templates.save(this.editor, DECISION, this.lpc, "Three {{topicTitle}}", "Three",
				first.version());
		assertThat(second.version()).isEqualTo(2);
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Four", "Four", first.version()))
			.isInstanceOf(StaleTemplateException.class);

		this.templates.reset(this.editor, DECISION, this.lpc);
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Five", "Five", second.version()))
			.as("the reset made version 3")
			.isInstanceOf(StaleTemplateException.class);
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.lpc, "Five", "Five", 0))
			.isInstanceOf(StaleTemplateException.class);
		assertThat(this.templates.template(DECISION, this.lpc).isDefault()).isTrue();

		assertThat(this.templates.save(this.editor, DECISION, this.lpc, "Six", "Six", 3).version()).isEqualTo(4);
	}

	@Test
	void textsOutOfBoundsAreRefusedWithTheLimit() {
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, null, "x".repeat(301), "Body", 0))
			.hasMessage("subject: must be at most 300 characters, not 301");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, null, "Subject", "x".repeat(20_001), 0))
			.hasMessage("body: must be at most 20000 characters, not 20001");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, null, " ", "Body", 0))
			.hasMessage("subject: must not be blank");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, null, "Subject", null, 0))
			.hasMessage("body: must not be blank");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, null, "Two\nlines", "Body", 0))
			.hasMessage("subject: must be one line");
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, null, "Subject", "Body", -1))
			.hasMessage("expectedVersion must not be negative, not -1");
		assertThat(count()).isZero();
	}

	@Test
	void aTemplateForAnUnknownEventOrPurposeIsRefused() {
		assertThatThrownBy(() -> this.templates.save(this.editor, DECISION, this.other + 1000, "Subject", "Body", 0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("there is no event with id " + (this.other + 1000));
		assertThatThrownBy(() -> this.templates.render("no-such-purpose", null, Map.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("unknown mail purpose no-such-purpose; known purposes: ")
			.hasMessageContaining(NOTICE + ", " + DECISION);
		assertThat(count()).isZero();
	}

	@Test
	void aMissingOrUnknownValueAtRenderIsTheCallersMistakeNamedInTheMessage() {
		Map<String, String> missing = new LinkedHashMap<>(values("Jane", "T", "accepted", ""));
		missing.remove("topicTitle");
		missing.remove("note");
		assertThatThrownBy(() -> this.templates.render(DECISION, null, missing))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("mail test-topic-decision needs a value for {{topicTitle}}, {{note}} to render");

		Map<String, String> extra = new LinkedHashMap<>(values("Jane", "T", "accepted", ""));
		extra.put("speaker", "Jane");
		assertThatThrownBy(() -> this.templates.render(DECISION, null, extra))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("mail test-topic-decision offers no placeholder {{speaker}}; it offers {{eventName}}, "
					+ "{{speakerName}}, {{topicTitle}}, {{decision}}, {{note}}");
	}

	@Test
	void aPreviewFillsInTheSampleValuesAndRefusesWhatASaveWould() {
		RenderedMail preview = this.templates.preview(DECISION, "{{eventName}}: {{decision}}",
				"Dear {{speakerName}},\r\n{{#note}}{{note}}{{/note}}");

		assertThat(preview).isEqualTo(new RenderedMail("LPC 2026: accepted", "Dear Jane Doe,\nBring slides"));
		assertThatThrownBy(() -> this.templates.preview(DECISION, "{{eventName}}", "{{link}}"))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessageStartingWith("body: unknown placeholder {{link}}");
		assertThat(count()).isZero();
	}

	@Test
	void aBodyEditedInABrowserIsStoredWithPlainLineEnds() {
		StoredTemplate saved = this.templates.save(this.editor, DECISION, null, "Subject", "One\r\nTwo\r\n", 0);

		assertThat(saved.body()).isEqualTo("One\nTwo\n");
	}

	@Test
	void aStoredTextThatNoLongerFitsItsPurposeIsPassedOverForTheNextThatApplies() {
		this.templates.save(this.editor, DECISION, null, "Site: {{topicTitle}}", "Site body", 0);
		// as if the purpose had offered {{room}} when this event's text was saved
		this.jdbc.sql("""
				INSERT INTO mail_template (event_id, scope_key, purpose, subject, body, version, updated_at)
				VALUES (?, ?, ?, 'Old: {{room}}', 'Old body', 1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')""")
			.params(this.lpc, "event:" + this.lpc, DECISION)
			.update();

		assertThat(render(this.lpc)).isEqualTo(new RenderedMail("Site: T", "Site body"));
	}

	@Test
	void deletingAnEventDeletesItsTemplates() {
		this.templates.save(this.editor, DECISION, this.lpc, "Subject", "Body", 0);
		this.templates.save(this.editor, DECISION, null, "Subject", "Body", 0);

		this.jdbc.sql("DELETE FROM event WHERE id = ?").param(this.lpc).update();

		assertThat(count()).isEqualTo(1);
	}

	@Test
	void thePurposesAreListedByKey() {
		assertThat(this.templates.purposes()).extracting(MailPurpose::key)
			.isSorted()
			.containsSubsequence(NOTICE, DECISION)
			.contains("account-verification", "password-reset", "role-invitation");
		assertThat(this.templates.purposes()
			.stream()
			.filter(purpose -> purpose.key().equals(DECISION))
			.findFirst()
			.orElseThrow()
			.sampleValues()
			.keySet()).containsExactly("eventName", "speakerName", "topicTitle", "decision", "note");
	}

	private RenderedMail render(Long eventId) {
		return this.templates.render(DECISION, eventId, values("Jane", "T", "accepted", ""));
	}

	private static Map<String, String> values(String speakerName, String topicTitle, String decision, String note) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("eventName", "LPC 2026");
		values.put("speakerName", speakerName);
		values.put("topicTitle", topicTitle);
		values.put("decision", decision);
		values.put("note", note);
		return values;
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM mail_template").query(Long.class).single();
	}

	private long event(String slug) {
		this.jdbc.sql("""
				INSERT INTO event (slug, name, start_date, end_date, time_zone)
				VALUES (?, ?, DATE '2026-11-13', DATE '2026-11-15', 'UTC')""").params(slug, slug).update();
		return this.jdbc.sql("SELECT id FROM event WHERE slug = ?").param(slug).query(Long.class).single();
	}

	/** Two purposes of this test's own, declared as a feature declares its purposes. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TestPurposes {

		@Bean
		MailPurpose testTopicDecision() {
			Map<String, String> samples = new LinkedHashMap<>();
			samples.put("eventName", "LPC 2026");
			samples.put("speakerName", "Jane Doe");
			samples.put("topicTitle", "Faster boots");
			samples.put("decision", "accepted");
			samples.put("note", "Bring slides");
			return new MailPurpose(DECISION, "Tells a speaker the decision on their topic", true,
					"{{eventName}}: your topic {{topicTitle}}", """
							Dear {{speakerName}},

							your topic "{{topicTitle}}" was {{decision}}.
							{{#note}}
							Note from the leads: {{note}}
							{{/note}}
							--\s
							{{eventName}}
							""", samples);
		}

		@Bean
		MailPurpose testSignInLink() {
			return new MailPurpose(SIGN_IN, "A link that signs an account holder in", false, "Sign in", "Open {{link}}",
					Map.of("name", "Jane Doe", "link", "https://example.org/in?token=…"), Set.of("link"));
		}

		@Bean
		MailPurpose testSiteNotice() {
			return new MailPurpose(NOTICE, "A notice to an account holder", false, "Notice", "Hello {{name}}",
					Map.of("name", "Jane Doe"));
		}

	}

}
