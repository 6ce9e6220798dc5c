package org.plumbline.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.plumbline.testsupport.WebClient.location;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.plumbline.mail.MailPurpose;
import org.plumbline.testsupport.WebClient;

/**
 * The outbox as an event's organisers and the site admin read it, on the embedded default
 * without SMTP: counts per status, filters and pages, each message's text, and resending.
 * {@link OutboxPagesPostgresTest} runs the same on PostgreSQL; {@link OutboxWithSmtpTest}
 * shows the pages where an SMTP server is configured.
 */
class OutboxPagesTest extends ManageWebTest {

	static final String MAIL = "/manage/" + EVENT + "/mail";

	@Test
	void theEventsOutboxShowsCountsAndEachMessagesRecipientSubjectStatusAttemptsErrorAndSendingTime() {
		long failed = queueMail(event, "jane@example.org", "Your proposal");
		markFailed(failed, 8, "550 5.1.1 mailbox unavailable");
		long sent = queueMail(event, "john@example.org", "Your review");
		markSent(sent, Instant.parse("2026-11-25T09:05:00Z"));
		queueMail(event, "ada@example.org", "Welcome");
		queueMail(otherEvent, "secret@example.org", "Other event");
		queueMail(null, "account@example.org", "Verify your address");

		Document outbox = organiser().page(MAIL);

		assertThat(outbox.select(".status-counts li").eachText()).containsExactly("all: 3", "pending: 1", "sending: 0",
				"sent: 1", "failed: 1", "withheld: 0");
		assertThat(rows(outbox)).containsExactly(List.of("ada@example.org", "Welcome", "pending", "0", "", ""),
				List.of("john@example.org", "Your review", "sent", "1", "2026-11-25 10:05 CET", ""),
				List.of("jane@example.org", "Your proposal", "failed", "8", "", "550 5.1.1 mailbox unavailable"));
		assertThat(outbox.text()).doesNotContain("secret@example.org").doesNotContain("account@example.org");
		assertThat(outbox.select("[role=status]").text()).contains("No SMTP server is configured")
			.contains("kept in the outbox");
	}

	@Test
	void theStatusFilterShowsOnlyThatStatusAndLongOutboxesArePaged() {
		markFailed(queueMail(event, "jane@example.org", "Your proposal"), 8, "550 mailbox unavailable");
		for (int i = 1; i <= 55; i++) {
			clock.set(START.plusSeconds(i));
			queueMail(event, "person" + i + "@example.org", "Notice " + i);
		}
		WebClient organiser = organiser();

		Document failed = organiser.page(MAIL + "?status=failed");
		assertThat(rows(failed)).extracting(row -> row.get(1)).containsExactly("Your proposal");
		assertThat(failed.select(".status-counts strong").text()).isEqualTo("failed: 1");

		Document pending = organiser.page(MAIL + "?status=pending");
		assertThat(rows(pending)).hasSize(50);
		assertThat(rows(pending).get(0).get(1)).isEqualTo("Notice 55");
		assertThat(pending.select(".pager").text()).startsWith("Page 1 of 2");
		Document older = organiser.page(pending.select(".pager a[rel=next]").attr("href"));
		assertThat(rows(older)).extracting(row -> row.get(1))
			.containsExactly("Notice 5", "Notice 4", "Notice 3", "Notice 2", "Notice 1");
		assertThat(older.select(".pager a[rel=prev]").attr("href")).isEqualTo(MAIL + "?status=pending");
		assertThat(organiser.get(MAIL + "?status=lost").statusCode()).isEqualTo(400);
	}

	@Test
	void aMessagesPageShowsItsTextAndOnlyTheEventsOwnMessagesHaveOne() {
		long ours = queueMail(event, "jane@example.org", "Your proposal");
		long theirs = queueMail(otherEvent, "secret@example.org", "Other event");
		long account = queueMail(null, "account@example.org", "Verify your address");
		WebClient organiser = organiser();

		Document message = organiser.page(MAIL + "/" + ours);
		assertThat(message.select("h1").text()).isEqualTo("Your proposal");
		assertThat(message.select(".mail-text").first().wholeText()).isEqualTo("Hello,\n\nthis is Your proposal.\n");
		assertThat(message.select(".mail-facts").text()).contains("To jane@example.org")
			.contains("Status pending")
			.contains("Queued 2026-11-25 10:00 CET");
		assertThat(message.select("form[action$=/resend]")).as("a waiting message cannot be resent yet").isEmpty();
		assertThat(organiser.get(MAIL + "/" + theirs).statusCode()).isEqualTo(404);
		assertThat(organiser.get(MAIL + "/" + account).statusCode()).isEqualTo(404);
		assertThat(organiser.get(MAIL + "/999999").statusCode()).isEqualTo(404);
	}

	@Test
	void resendingAFailedMessageQueuesACopyAndLeavesTheOriginal() {
		long failed = queueMail(event, "jane@example.org", "Your proposal");
		markFailed(failed, 8, "550 mailbox unavailable");
		WebClient organiser = organiser();

		HttpResponse<String> resent = organiser.submit(MAIL + "/" + failed, MAIL + "/" + failed + "/resend", Map.of());

		long copy = jdbc.sql("SELECT MAX(id) FROM mail_outbox").query(Long.class).single();
		assertThat(copy).isNotEqualTo(failed);
		assertThat(location(resent)).isEqualTo(MAIL + "/" + copy);
		Document copyPage = organiser.page(MAIL + "/" + copy);
		assertThat(copyPage.select("[role=status]").first().text())
			.isEqualTo("A copy of message " + failed + " is queued as message " + copy + ".");
		assertThat(copyPage.select(".mail-facts").text()).contains("To jane@example.org").contains("Status pending");
		assertThat(copyPage.select(".mail-text").first().wholeText()).isEqualTo("Hello,\n\nthis is Your proposal.\n");
		assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE id = ?").param(failed).query(String.class).single())
			.isEqualTo("FAILED");
		assertThat(mailCount()).isEqualTo(2);
	}

	@Test
	void aResendIsInTheEventsAuditLogAndTheAdminsResendOfMailOfNoEventIsSiteLevel() {
		long failed = queueMail(event, "jane@example.org", "Your proposal");
		markFailed(failed, 8, "550 mailbox unavailable");
		WebClient organiser = organiser();

		String copy = location(organiser.submit(MAIL + "/" + failed, MAIL + "/" + failed + "/resend", Map.of()))
			.substring(MAIL.length() + 1);

		List<Element> entries = organiser.page("/manage/" + EVENT + "/audit").select(".audit-entry");
		assertThat(entries).hasSize(1);
		assertThat(entries.getFirst().select(".audit-what").text())
			.isEqualTo("2026-11-25 10:00 CET · Olga Organiser · resent · mail " + failed);
		assertThat(entries.getFirst().select(".changes tbody tr").stream().map(row -> row.select("td").eachText()))
			.containsExactly(List.of("copy", "—", copy), List.of("recipient", "—", "jane@example.org"));

		long account = queueMail(null, "account@example.org", "Verify your address");
		markSent(account, START);
		admin().submit("/admin/mail/" + account, "/admin/mail/" + account + "/resend", Map.of());
		assertThat(auditLog.find(AuditQuery.ofSite().withObject("mail", Long.toString(account))))
			.extracting(AuditRecord::action, AuditRecord::actorAccountId)
			.containsExactly(tuple("resent", adminId));
		assertThat(organiser.page("/manage/" + EVENT + "/audit").select(".audit-entry")).hasSize(1);
	}

	@Test
	void aDoubleClickOnResendQueuesOneCopyAndTheSecondClickIsToldWhen() {
		long failed = queueMail(event, "jane@example.org", "Your proposal");
		markFailed(failed, 8, "550 mailbox unavailable");
		WebClient organiser = organiser();
		String token = organiser.page(MAIL + "/" + failed).select("input[name=_csrf]").attr("value");

		HttpResponse<String> first = organiser.post(MAIL + "/" + failed + "/resend", Map.of("_csrf", token));
		organiser.page(location(first));
		clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> second = organiser.post(MAIL + "/" + failed + "/resend", Map.of("_csrf", token));

		assertThat(location(second)).isEqualTo(location(first));
		assertThat(organiser.page(location(second)).select("[role=status]").first().text())
			.isEqualTo("Message " + failed + " was already queued again at 10:00 CET, as message "
					+ location(first).substring(MAIL.length() + 1) + "; no other copy is made.");
		assertThat(mailCount()).isEqualTo(2);
	}

	@Test
	void resendingAMessageThatStillWaitsIsRefusedWithTheReason() {
		long failed = queueMail(event, "jane@example.org", "Your proposal");
		markFailed(failed, 8, "550 mailbox unavailable");
		WebClient organiser = organiser();
		String token = organiser.page(MAIL + "/" + failed).select("input[name=_csrf]").attr("value");
		long waiting = queueMail(event, "john@example.org", "Your review");

		HttpResponse<String> refused = organiser.post(MAIL + "/" + waiting + "/resend", Map.of("_csrf", token));

		assertThat(location(refused)).isEqualTo(MAIL + "/" + waiting);
		assertThat(organiser.page(MAIL + "/" + waiting).select("[role=alert]").text())
			.isEqualTo("Message " + waiting + " is still pending: only a sent or failed message can be resent.");
		assertThat(mailCount()).isEqualTo(2);
		HttpResponse<String> forged = organiser.post(MAIL + "/" + failed + "/resend", Map.of());
		assertThat(forged.statusCode()).as("without the CSRF token").isEqualTo(403);
		assertThat(mailCount()).isEqualTo(2);
	}

	@Test
	void anOrganiserCannotResendAnotherEventsMessage() {
		long theirs = queueMail(otherEvent, "secret@example.org", "Other event");
		markFailed(theirs, 8, "550 mailbox unavailable");
		long ours = queueMail(event, "jane@example.org", "Your proposal");
		markSent(ours, START);
		WebClient organiser = organiser();
		String token = organiser.page(MAIL + "/" + ours).select("input[name=_csrf]").attr("value");

		assertThat(organiser.post(MAIL + "/" + theirs + "/resend", Map.of("_csrf", token)).statusCode()).isEqualTo(404);
		assertThat(organiser.post("/manage/" + OTHER_EVENT + "/mail/" + theirs + "/resend", Map.of("_csrf", token))
			.statusCode()).isEqualTo(404);
		assertThat(mailCount()).isEqualTo(2);
	}

	@Test
	void theSiteAdminReadsAllMailOrTheMailOfNoEventAndIsToldThatWithoutSmtpItIsKept() {
		queueMail(event, "jane@example.org", "Your proposal");
		queueMail(otherEvent, "secret@example.org", "Other event");
		long account = queueMail(null, "account@example.org", "Verify your address");
		markFailed(account, 8, "550 mailbox unavailable");
		WebClient admin = admin();

		Document all = admin.page("/admin/mail");
		assertThat(rows(all)).extracting(row -> row.get(0))
			.containsExactly("account@example.org", "secret@example.org", "jane@example.org");
		assertThat(all.select("[role=status]").text()).contains("No SMTP server is configured")
			.contains("every message is kept in the outbox");
		Document site = admin.page("/admin/mail?view=site");
		assertThat(rows(site)).extracting(row -> row.get(0)).containsExactly("account@example.org");
		assertThat(site.select(".status-counts a").eachAttr("href")).contains("/admin/mail?view=site&status=failed");

		HttpResponse<String> resent = admin.submit("/admin/mail/" + account, "/admin/mail/" + account + "/resend",
				Map.of());
		assertThat(location(resent)).startsWith("/admin/mail/");
		assertThat(admin.page(location(resent)).select(".mail-facts").text()).contains("To account@example.org")
			.contains("Status pending")
			.contains("Queued 2026-11-25 09:00 UTC");
		assertThat(mailCount()).isEqualTo(4);
	}

	@Test
	void organisersReadAnInvitationWithoutItsOneTimeLinkWhichTheAdminSeesOnlyWhileNoSmtpIsConfigured() {
		long invitation = inviteToOrganise("nina@example.org");
		String token = tokenIn(invitation);

		Document organisers = organiser().page(MAIL + "/" + invitation);
		assertThat(organisers.html()).doesNotContain(token);
		assertThat(organisers.select(".mail-text").text()).contains(MailPurpose.WITHHELD)
			.contains("invites you to be an organiser");
		assertThat(organisers.text()).contains("not shown here");
		assertThat(organiser().page(MAIL).html()).doesNotContain(token);

		Document admins = admin().page("/admin/mail/" + invitation);
		assertThat(admins.select(".mail-text").text()).contains("/invitation?token=" + token)
			.doesNotContain(MailPurpose.WITHHELD);
		assertThat(admins.select("[role=note]").text()).contains("no SMTP server is configured")
			.contains("the only way to pass the link on");
	}

	@Test
	void aResentInvitationStillWithholdsItsLinkFromOrganisers() {
		long invitation = inviteToOrganise("nina@example.org");
		String token = tokenIn(invitation);
		markSent(invitation, START);
		WebClient organiser = organiser();

		HttpResponse<String> resent = organiser.submit(MAIL + "/" + invitation, MAIL + "/" + invitation + "/resend",
				Map.of());

		assertThat(tokenIn(Long.parseLong(location(resent).substring(MAIL.length() + 1)))).isEqualTo(token);
		assertThat(organiser.page(location(resent)).html()).doesNotContain(token).contains(MailPurpose.WITHHELD);
	}

	private static List<List<String>> rows(Document outbox) {
		return outbox.select("table.outbox tbody tr").stream().map(OutboxPagesTest::cells).toList();
	}

	private static List<String> cells(Element row) {
		return row.select("td").stream().map(Element::text).toList();
	}

}
