package org.plumbline.manage;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.mail.MailPurpose;
import org.springframework.test.context.TestPropertySource;

/**
 * With an SMTP server configured, the outbox pages do not claim that mail is kept (this
 * instance does not deliver, so that the message stays where the test put it).
 * {@link OutboxWithSmtpPostgresTest} runs the same on PostgreSQL.
 */
@TestPropertySource(
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=2525", "plumbline.mail.enabled=false" })
class OutboxWithSmtpTest extends ManageWebTest {

	@Test
	void theOutboxPagesDoNotSayMailIsKeptWhenAnSmtpServerIsConfigured() {
		long message = queueMail(event, "jane@example.org", "Your proposal");

		Document outbox = admin().page("/admin/mail");
		Document page = organiser().page("/manage/" + EVENT + "/mail/" + message);

		assertThat(outbox.select("table.outbox tbody tr")).hasSize(1);
		assertThat(outbox.text()).doesNotContain("No SMTP server");
		assertThat(page.text()).contains("Your proposal").doesNotContain("No SMTP server");
	}

	@Test
	void withAnSmtpServerNotEvenTheAdminReadsAOneTimeLink() {
		long invitation = inviteToOrganise("nina@example.org");
		String token = tokenIn(invitation);

		Document admins = admin().page("/admin/mail/" + invitation);
		Document organisers = organiser().page("/manage/" + EVENT + "/mail/" + invitation);

		assertThat(admins.html()).doesNotContain(token);
		assertThat(admins.select(".mail-text").text()).contains(MailPurpose.WITHHELD);
		assertThat(admins.select("[role=note]")).isEmpty();
		assertThat(organisers.html()).doesNotContain(token);
	}

}
