package org.plumbline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditLog;
import org.plumbline.mail.domain.MailTemplateRepository;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Purposes are declared in code, so a wrong one is a programming error that stops the
 * application at start-up rather than a mail that cannot be sent later.
 */
class MailPurposesTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withBean(MailTemplateRepository.class, () -> mock(MailTemplateRepository.class))
		.withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(AuditLog.class, () -> mock(AuditLog.class))
		.withBean(MailTemplates.class);

	@Test
	void purposesDeclaredByFeaturesAreCollected() {
		this.contexts.withBean("one", MailPurpose.class, () -> purpose("one", "Hi {{name}}"))
			.withBean("two", MailPurpose.class, () -> purpose("two", "Hi {{name}}"))
			.run(context -> assertThat(context.getBean(MailTemplates.class).purposes()).extracting(MailPurpose::key)
				.containsExactly("one", "two"));
	}

	@Test
	void twoPurposesWithOneKeyStopTheStart() {
		this.contexts.withBean("first", MailPurpose.class, () -> purpose("welcome", "Hi {{name}}"))
			.withBean("second", MailPurpose.class, () -> purpose("welcome", "Hello {{name}}"))
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("mail purpose welcome is declared twice"));
	}

	@Test
	void aDefaultTextUsingAPlaceholderItsPurposeDoesNotOfferStopsTheStart() {
		this.contexts.withBean(MailPurpose.class, () -> purpose("welcome", "Hi {{nmae}}"))
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("body: unknown placeholder {{nmae}}; this mail offers {{name}}"));
	}

	@Test
	void aPurposeNeedsAKeyATextAndPlainPlaceholderNames() {
		assertThatThrownBy(() -> purpose("Welcome Mail", "Hi")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("a mail purpose's key must be lower-case letters, digits and hyphens");
		assertThatThrownBy(() -> purpose("x".repeat(65), "Hi")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> purpose("welcome", " ")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("mail purpose welcome needs a default subject and body");
		assertThatThrownBy(() -> new MailPurpose("welcome", "Welcome", false, "S", "B", Map.of("user.name", "Jane")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("mail purpose welcome: placeholder name user.name must be letters, digits and underscores, "
					+ "starting with a letter");
	}

	@Test
	void aSecretPlaceholderMustBeOneOfThePurposesPlaceholders() {
		assertThatThrownBy(() -> new MailPurpose("welcome", "Welcome", false, "S", "{{link}}",
				Map.of("link", "https://example.org"), Set.of("token")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("mail purpose welcome: secret placeholder token is not one of its placeholders [link]");
	}

	private static MailPurpose purpose(String key, String body) {
		return new MailPurpose(key, "Welcomes a new account holder", false, "Welcome", body, Map.of("name", "Jane"));
	}

}
