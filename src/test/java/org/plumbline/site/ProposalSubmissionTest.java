package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.mail.MailPurpose;
import org.plumbline.microconference.McProposal;
import org.plumbline.microconference.McProposalText;
import org.plumbline.microconference.McProposals;
import org.plumbline.microconference.McProposer;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.LockWaits.Race;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A proposer saves an MC proposal as a draft, submits, edits and withdraws it while the
 * Call for Microconferences is open, and invites co-leads, who accept or decline through
 * the mailed link; before the call opens and after it closes every change is refused with
 * the dates in the event's zone. Only a proposal's leads-to-be see it.
 * {@link ProposalSubmissionPostgresTest} runs the same on PostgreSQL.
 */
class ProposalSubmissionTest extends CallForMcWebTest {

	static final String DESCRIPTION = "We discuss **tracing** and <script>alert(1)</script> its costs.";

	@Autowired
	McProposals proposals;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aProposerSavesADraftThenSubmitsItAndIsMailedThatItWasReceived() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		assertThat(pia.page("/" + EVENT + "/microconferences").select("a[href=" + FORM + "]").text())
			.isEqualTo("Propose a microconference");

		HttpResponse<String> drafted = pia.submit(FORM, FORM, Map.of("title", "Tracing", "action", "draft"));

		assertThat(drafted.statusCode()).isEqualTo(302);
		String page = WebClient.location(drafted);
		assertThat(page).matches("/account/proposals/\\d+");
		assertThat(pia.page("/account/proposals").select("table.proposals tbody tr").eachText())
			.containsExactly("Tracing Proposals Conference 2027 Draft");
		assertThat(mailTo(PROPOSER)).isEmpty();

		HttpResponse<String> submitted = pia.submit(page, page,
				Map.of("description", DESCRIPTION, "topics", "- Ring buffers\n- BPF", "keyAttendees",
						"- Steven Rostedt, tracing maintainer", "references", "[1] https://example.org/tracing",
						"action", "submit"));

		assertThat(submitted.statusCode()).isEqualTo(302);
		Document proposal = pia.page(page);
		assertThat(proposal.select(".proposal-facts").text()).contains("State Proposed")
			.contains("Leads Pia Proposer")
			.contains("Deadline 2027-02-01 17:00 America/New_York");
		assertThat(proposal.select(".proposal-description strong").text()).isEqualTo("tracing");
		assertThat(proposal.select(".proposal-description script")).isEmpty();
		assertThat(proposal.select("#topics").getFirst().wholeText()).isEqualTo("- Ring buffers\n- BPF");
		MimeMessage received = mailTo(PROPOSER).getLast();
		assertThat(subject(received)).isEqualTo("Your proposal: Tracing");
		assertThat(text(received)).contains("closes on 2027-02-01 17:00 America/New_York").contains(page);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'mc-proposal' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("drafted", "submitted");
		assertThat(count(
				"SELECT COUNT(*) FROM mc_lead WHERE microconference_id IN (SELECT microconference_id FROM mc_proposal)"))
			.as("nobody leads before acceptance")
			.isZero();
	}

	@Test
	void twoClicksOnSubmitCreateOneProposal() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		Map<String, String> form = pia.formFields(FORM, FORM);
		form.putAll(Map.of("title", "Tracing", "description", "About tracing.", "action", "submit"));

		HttpResponse<String> first = pia.post(FORM, form);
		HttpResponse<String> second = pia.post(FORM, form);

		assertThat(WebClient.location(second)).isEqualTo(WebClient.location(first));
		assertThat(count("SELECT COUNT(*) FROM mc_proposal")).isEqualTo(1);
	}

	@Test
	void aSecondClickWhileTheFirstIsStillSavingWaitsForItAndAnswersWithTheSameProposal() throws Exception {
		openCall();
		long account = accounts.account(PROPOSER, "Pia Proposer");
		long person = count("SELECT person_id FROM account WHERE id = ?", account);
		McProposer pia = new McProposer(account, person, "Pia Proposer", PROPOSER);
		McProposalText text = new McProposalText("Clicked twice", "About it.", "", "", "", "");
		Race<McProposal> race = LockWaits.race(jdbc, transactions,
				() -> proposals.create(event, pia, text, "clicked-twice", true, "http://localhost"),
				() -> proposals.create(event, pia, text, "clicked-twice", true, "http://localhost"));

		assertThat(race.secondWaited()).as("the second click waits on the first's uncommitted key").isTrue();
		assertThat(race.secondFailure()).isNull();
		assertThat(race.second().id()).isEqualTo(race.first().id());
		assertThat(count("SELECT COUNT(*) FROM mc_proposal")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM microconference WHERE title = 'Clicked twice'")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE purpose = 'mc-proposal-received'")).isEqualTo(1);
	}

	@Test
	void aProposalNeedsADescriptionWithinTheLimitsAndARefusedFormSavesNothing() {
		openCall();
		WebClient pia = signedIn(PROPOSER);

		HttpResponse<String> refused = pia.submit(FORM, FORM,
				Map.of("title", "x".repeat(201), "audience", "Kernel\u0007 people", "action", "submit"));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#title_error").text()).isEqualTo("At most 200 characters fit; this has 201.");
		assertThat(page.select("#description_error").text()).isEqualTo("This field is required.");
		assertThat(page.select("#audience_error").text()).contains("invisible control character (U+0007)");
		assertThat(count("SELECT COUNT(*) FROM mc_proposal")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'mc-proposal'")).isZero();
	}

	@Test
	void keyAttendeesAreOnePersonPerLineEachNamedOnceAndARefusedListSavesNothing() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		Map<String, String> problems = Map.of("- Alice Attendee\n  - her team", "\"Alice Attendee\" is not one line",
				"- , Maintainer", "names nobody", "- Jörg Rödel\n- Joerg Roedel, IOMMU",
				"Joerg Roedel is listed twice.", "- " + "x".repeat(201), "at most 200 characters");

		problems.forEach((typed, problem) -> {
			HttpResponse<String> refused = pia.submit(FORM, FORM, Map.of("title", "Tracing", "description",
					"About tracing.", "keyAttendees", typed, "action", "submit"));

			assertThat(Jsoup.parse(refused.body()).select("#keyAttendees_error").text()).as(typed).contains(problem);
		});
		assertThat(count("SELECT COUNT(*) FROM mc_proposal")).isZero();
	}

	@Test
	void aTitleIsOneLineAsListsAndMailSubjectsShowIt() {
		openCall();
		WebClient pia = signedIn(PROPOSER);

		HttpResponse<String> refused = pia.submit(FORM, FORM,
				Map.of("title", "Tracing\nBcc: everyone", "description", "About tracing.", "action", "submit"));

		assertThat(Jsoup.parse(refused.body()).select("#title_error").text())
			.isEqualTo("Character 8 is a line break (U+000A); this field is one line.");
		assertThat(count("SELECT COUNT(*) FROM mc_proposal")).isZero();
	}

	@Test
	void beforeTheCallOpensAndAfterItClosesChangesAreRefusedNamingTheDateInTheEventsZone() {
		WebClient pia = signedIn(PROPOSER);
		assertThat(pia.page(FORM).select("[role=alert]").text())
			.isEqualTo("This event has no Call for Microconferences yet.");
		assertThat(pia.page("/" + EVENT + "/microconferences").select("a[href=" + FORM + "]")).isEmpty();
		openCall();
		clock.set(newYork("2027-01-10T08:59"));
		assertThat(pia.page(FORM).select("[role=alert]").text())
			.isEqualTo("The Call for Microconferences opens on 2027-01-10 09:00 America/New_York.");
		clock.set(START);
		String page = WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", "Tracing", "description", "About tracing.", "action", "submit")));
		Map<String, String> edit = pia.formFields(page, page);
		Map<String, String> withdraw = pia.formFields(page, page + "/withdraw");

		clock.set(newYork("2027-02-01T17:00"));
		edit.put("title", "Too late");
		HttpResponse<String> edited = pia.post(page, edit);
		HttpResponse<String> withdrawn = pia.post(page + "/withdraw", withdraw);

		String message = "The Call for Microconferences closed on 2027-02-01 17:00 America/New_York; "
				+ "proposals can no longer be saved, edited or withdrawn.";
		assertThat(Jsoup.parse(edited.body()).select("[role=alert]").text()).isEqualTo(message);
		assertThat(Jsoup.parse(withdrawn.body()).select("[role=alert]").text()).isEqualTo(message);
		assertThat(pia.page(page).select("form[action=" + page + "]")).isEmpty();
		assertThat(jdbc
			.sql("SELECT title || ' ' || status FROM microconference WHERE id IN "
					+ "(SELECT microconference_id FROM mc_proposal)")
			.query(String.class)
			.single()).isEqualTo("Tracing PROPOSED");
		assertThat(pia.page("/" + EVENT + "/microconferences").select("a[href=" + FORM + "]")).isEmpty();
	}

	@Test
	void aStaleEditIsToldAndKeepsTheTextInsteadOfOverwriting() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		String page = WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", "Tracing", "description", "About tracing.", "action", "submit")));
		Map<String, String> first = pia.formFields(page, page);
		Map<String, String> second = pia.formFields(page, page);
		first.put("description", "First tab.");
		assertThat(pia.post(page, first).statusCode()).isEqualTo(302);

		second.put("description", "Second tab.");
		HttpResponse<String> stale = pia.post(page, second);

		Document answer = Jsoup.parse(stale.body());
		assertThat(answer.select("[role=alert]").text())
			.startsWith("This proposal was changed elsewhere since you opened it.");
		assertThat(answer.select("#description").text()).isEqualTo("Second tab.");
		assertThat(pia.page(page).select(".proposal-description").text()).isEqualTo("First tab.");
	}

	@Test
	void aProposerWithdrawsAndTheProposalCanNoLongerChange() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		String page = WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", "Tracing", "description", "About tracing.", "action", "submit")));

		HttpResponse<String> withdrawn = pia.submit(page, page + "/withdraw", Map.of());

		assertThat(withdrawn.statusCode()).isEqualTo(302);
		Document after = pia.page(page);
		assertThat(after.select(".proposal-facts").text()).contains("State Withdrawn");
		assertThat(after.select("form[action=" + page + "]")).isEmpty();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'mc-proposal' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("submitted", "withdrawn");
	}

	@Test
	void anotherUserAskingForAProposalByIdIsToldItDoesNotExist() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		String page = WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", "Tracing", "description", "About tracing.", "action", "submit")));
		WebClient bea = WebClient.browser(port).accepting("text/html").signedIn(STRANGER, PASSWORD);

		assertThat(bea.get(page).statusCode()).isEqualTo(404);
		assertThat(bea.postWithToken(page + "/withdraw", Map.of("version", "1")).statusCode()).isEqualTo(404);
		assertThat(bea.page("/account/proposals").select("table.proposals")).isEmpty();
	}

	@Test
	void aCoLeadInvitedByMailSignsInThroughTheLinkAcceptsAndIsListedAfterTheProposer() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		String page = WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", "Tracing", "description", "About tracing.", "action", "submit")));

		HttpResponse<String> invited = pia.submit(page, page + "/invitations", Map.of("email", CO_LEAD));

		assertThat(invited.statusCode()).isEqualTo(302);
		assertThat(pia.page(page).select("ul.invitations").text()).isEqualTo(CO_LEAD + ": invited");
		HttpResponse<String> twice = pia.submit(page, page + "/invitations", Map.of("email", CO_LEAD.toUpperCase()));
		assertThat(Jsoup.parse(twice.body()).select("#email_error").text())
			.isEqualTo(CO_LEAD.toUpperCase() + " is invited already; the link we mailed works for 14 days.");
		assertThat(count("SELECT COUNT(*) FROM mc_proposal_invitation")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT shown_text_body FROM mail_outbox WHERE purpose = 'mc-co-lead-invitation'")
			.query(String.class)
			.single()).as("organisers read the outbox, never the link").contains(MailPurpose.WITHHELD);
		String link = linkInLatestMailTo(CO_LEAD);
		assertThat(link).startsWith("/proposals/invitations/");
		WebClient carl = WebClient.browser(port).accepting("text/html");
		HttpResponse<String> anonymous = carl.get(link);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(anonymous)).endsWith("/login");
		assertThat(carl.signIn(CO_LEAD, PASSWORD)).as("back to the invitation after signing in").startsWith(link);
		assertThat(carl.page(link).select("h1").text()).isEqualTo("Co-lead invitation");

		HttpResponse<String> accepted = carl.submit(link, link, Map.of("action", "accept"));

		assertThat(Jsoup.parse(accepted.body()).select("h1").text()).isEqualTo("Welcome");
		assertThat(carl.page(page).select(".proposal-facts").text()).contains("Leads Pia Proposer, Carl Colead");
		assertThat(pia.page(page).select("ul.invitations").text()).isEqualTo(CO_LEAD + ": accepted");
		HttpResponse<String> again = carl.postWithToken(link, Map.of("action", "decline"));
		assertThat(Jsoup.parse(again.body()).select("h1").text()).as("answering twice changes nothing")
			.isEqualTo("Invitation accepted");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'mc-proposal' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("submitted", "co-lead-invited", "co-lead-accepted");
		assertThat(count(
				"SELECT COUNT(*) FROM mc_lead WHERE microconference_id IN (SELECT microconference_id FROM mc_proposal)"))
			.as("nobody leads before acceptance")
			.isZero();
	}

	@Test
	void aDeclinedInvitationListsNobodyAndAMalformedAddressIsToldBesideTheField() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		String page = WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", "Tracing", "description", "About tracing.", "action", "submit")));
		HttpResponse<String> malformed = pia.submit(page, page + "/invitations", Map.of("email", "not an address"));
		assertThat(Jsoup.parse(malformed.body()).select("#email_error").text())
			.isEqualTo("Enter an address such as jane@example.org.");
		pia.submit(page, page + "/invitations", Map.of("email", CO_LEAD));
		String link = linkInLatestMailTo(CO_LEAD);
		WebClient carl = signedIn(CO_LEAD);

		HttpResponse<String> declined = carl.submit(link, link, Map.of("action", "decline"));

		assertThat(Jsoup.parse(declined.body()).select("h1").text()).isEqualTo("Invitation declined");
		assertThat(carl.get(page).statusCode()).isEqualTo(404);
		assertThat(pia.page(page).select(".proposal-facts").text()).contains("Leads Pia Proposer")
			.doesNotContain("Carl");
		assertThat(carl.get("/proposals/invitations/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void theDatabaseKeepsOneOpenInvitationPerAddressAndAnExpiredOneMayBeSentAgain() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		String page = WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", "Tracing", "description", "About tracing.", "action", "submit")));
		pia.submit(page, page + "/invitations", Map.of("email", CO_LEAD));
		long proposal = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

		assertThatThrownBy(() -> jdbc
			.sql("""
					INSERT INTO mc_proposal_invitation (microconference_id, email, email_key, token_hash, created_at, expires_at)
					VALUES (?, ?, ?, 'second-click', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.params(proposal, CO_LEAD.toUpperCase(), CO_LEAD)
			.update()).as("a second click at the same moment leaves one invitation")
			.isInstanceOf(DuplicateKeyException.class);

		clock.set(START.plus(Duration.ofDays(15)));
		HttpResponse<String> again = pia.submit(page, page + "/invitations", Map.of("email", CO_LEAD));

		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(pia.page(page).select("ul.invitations li").eachText()).hasSize(2)
			.last()
			.isEqualTo(CO_LEAD + ": invited");
		assertThat(count("SELECT COUNT(*) FROM mc_proposal_invitation WHERE still_open IS TRUE")).isEqualTo(1);
	}

	@Test
	void aForwardedInvitationLinkDoesNotExistForAnyoneButTheInviteeAndMakesNobodyALead() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		String page = WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", "Tracing", "description", "About tracing.", "action", "submit")));
		pia.submit(page, page + "/invitations", Map.of("email", CO_LEAD));
		String link = linkInLatestMailTo(CO_LEAD);
		WebClient bea = signedIn(STRANGER);

		assertThat(bea.get(link).statusCode()).isEqualTo(404);
		assertThat(bea.postWithToken(link, Map.of("action", "accept")).statusCode()).isEqualTo(404);
		assertThat(pia.get(link).statusCode()).as("not even the inviter sees the invitee's page").isEqualTo(404);

		assertThat(pia.page(page).select("ul.invitations").text()).isEqualTo(CO_LEAD + ": invited");
		assertThat(pia.page(page).select(".proposal-facts").text()).contains("Leads Pia Proposer")
			.doesNotContain("Carl");
		assertThat(count("SELECT COUNT(*) FROM mc_proposal_lead")).isEqualTo(1);
		assertThat(signedIn(CO_LEAD).page(link).select("h1").text()).isEqualTo("Co-lead invitation");
	}

}
