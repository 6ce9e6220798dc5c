package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.CallSettings;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.importer.EventFiles;
import org.plumbline.microconference.McCoLeadInvitations;
import org.plumbline.microconference.McProposer;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.LockWaits.Race;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisers set the Call for Microconferences' window, score each proposal once
 * (editable), see every review with the mean and the count, record decisions quietly and
 * announce them: the proposers learn nothing before, and an accepted MC is then public
 * with its leads, who hold the MC-lead right at once.
 * {@link ProposalDecisionPostgresTest} runs the same on PostgreSQL.
 */
class ProposalDecisionTest extends CallForMcWebTest {

	static final String LIST = "/manage/" + EVENT + "/proposals";

	@Autowired
	TopicCalls topicCalls;

	@Autowired
	EventFiles eventFiles;

	@Autowired
	McCoLeadInvitations invitations;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theWindowIsEnteredInTheEventsZoneMustCloseAfterItOpensAndAStaleFormIsTold() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> first = olga.formFields(LIST, LIST + "/window");
		Map<String, String> second = olga.formFields(LIST, LIST + "/window");
		first.putAll(Map.of("opensAt", "2027-02-01T09:00", "closesAt", "2027-01-31T09:00"));

		HttpResponse<String> backwards = olga.post(LIST + "/window", first);

		assertThat(Jsoup.parse(backwards.body()).select("#closesAt_error").text())
			.isEqualTo("The call must close after it opens.");
		assertThat(count("SELECT COUNT(*) FROM mc_call")).isZero();
		first.put("closesAt", "2027-03-01T17:00");
		assertThat(olga.post(LIST + "/window", first).statusCode()).isEqualTo(302);
		assertThat(olga.page(LIST).select("main").text())
			.contains("Open from 2027-02-01 09:00 EST to 2027-03-01 17:00 EST.");
		assertThat(jdbc.sql("SELECT opens_at FROM mc_call").query(java.time.OffsetDateTime.class).single().toInstant())
			.isEqualTo(newYork("2027-02-01T09:00"));

		second.putAll(Map.of("opensAt", "2027-01-01T09:00", "closesAt", "2027-01-02T09:00"));
		HttpResponse<String> stale = olga.post(LIST + "/window", second);

		assertThat(Jsoup.parse(stale.body()).select("[role=alert]").text())
			.startsWith("The call's dates were changed elsewhere since you opened this page.");
		assertThat(jdbc.sql("SELECT closes_at FROM mc_call").query(java.time.OffsetDateTime.class).single().toInstant())
			.isEqualTo(newYork("2027-03-01T17:00"));
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'mc-call'")).isEqualTo(1);
	}

	@Test
	void eachOrganiserScoresOnceAndEditsTheirReviewAndProposersNeverSeeTheScores() {
		openCall();
		String proposal = propose("Tracing");
		String manage = LIST + "/" + proposal.substring(proposal.lastIndexOf('/') + 1);
		WebClient olga = signedIn(ORGANISER);
		WebClient otto = signedIn(OTHER_ORGANISER);

		HttpResponse<String> outOfRange = olga.submit(manage, manage + "/review", Map.of("score", "3"));
		assertThat(Jsoup.parse(outOfRange.body()).select("#score_error").text())
			.isEqualTo("Choose a score from -2 to +2.");
		olga.submit(manage, manage + "/review", Map.of("score", "2", "comment", "Much needed."));
		otto.submit(manage, manage + "/review", Map.of("score", "-1", "comment", "Overlaps BPF."));
		olga.submit(manage, manage + "/review", Map.of("score", "1", "comment", "Needed, on second thought."));

		Document page = olga.page(manage);
		assertThat(page.select(".proposal-mean").text()).isEqualTo("2 reviews, mean +0.00");
		assertThat(page.select("table.reviews tbody tr").eachText()).containsExactlyInAnyOrder(
				"Olga Organiser +1 Needed, on second thought.", "Otto Organiser -1 Overlaps BPF.");
		assertThat(page.select("input[name=score][checked]").val()).isEqualTo("1");
		assertThat(olga.page(LIST).select("table.proposals tbody tr").eachText())
			.containsExactly("Tracing Pia Proposer 2 +0.00 Proposed");
		assertThat(count("SELECT COUNT(*) FROM mc_proposal_review")).isEqualTo(2);
		String proposerPage = signedIn(PROPOSER).get(proposal).body();
		assertThat(proposerPage).doesNotContain("Overlaps BPF").doesNotContain("Much needed").doesNotContain("+1");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'mc-proposal' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("submitted", "review-saved", "review-saved", "review-saved");
	}

	@Test
	void aRecordedDecisionIsQuietUntilAnnouncedThenTheAcceptedMcIsPublicWithItsLeadsInOrder() {
		openCall();
		topicCalls.saveDefaults(event, organiserId, new CallSettings("2027-03-01T09:00", "2027-04-01T17:00", "30",
				topicCalls.defaults(event.id()).version()));
		String accepted = propose("Tracing");
		inviteAndAccept(accepted);
		String rejected = propose("Rust");
		WebClient olga = signedIn(ORGANISER);
		String acceptedManage = LIST + "/" + id(accepted);
		String rejectedManage = LIST + "/" + id(rejected);

		olga.submit(acceptedManage, acceptedManage + "/decision", Map.of("decision", "ACCEPTED"));
		olga.submit(rejectedManage, rejectedManage + "/decision", Map.of("decision", "REJECTED"));

		assertThat(olga.page(LIST).select("table.proposals tbody tr").eachText()).containsExactly(
				"Rust Pia Proposer 0 – Proposed Not accepted",
				"Tracing Pia Proposer, Carl Colead 0 – Proposed Accepted");
		WebClient pia = signedIn(PROPOSER);
		assertThat(pia.page(accepted).select(".proposal-facts").text()).contains("State Proposed");
		WebClient anonymous = WebClient.browser(port).accepting("text/html");
		assertThat(anonymous.page("/" + EVENT + "/microconferences").select("h2.mc-title")).isEmpty();
		assertThat(mailTo(CO_LEAD)).extracting(CallForMcWebTest::subject)
			.containsExactly("Co-lead \"Tracing\" at Proposals Conference 2027?");

		HttpResponse<String> announced = olga.submit(LIST, LIST + "/announce", Map.of());

		assertThat(announced.statusCode()).isEqualTo(302);
		Document list = anonymous.page("/" + EVENT + "/microconferences");
		assertThat(list.select("h2.mc-title").eachText()).containsExactly("Tracing");
		assertThat(list.select(".mc-leads").text()).isEqualTo("MC leads: Pia Proposer, Carl Colead");
		assertThat(anonymous.page("/" + EVENT + "/microconferences/tracing").select("h1").text()).isEqualTo("Tracing");
		assertThat(anonymous.page("/" + EVENT + "/calls").select("main").text()).contains("Tracing");
		assertThat(jdbc
			.sql("SELECT name_as_written FROM mc_lead"
					+ " WHERE microconference_id IN (SELECT microconference_id FROM mc_proposal) ORDER BY position")
			.query(String.class)
			.list()).containsExactly("Pia Proposer", "Carl Colead");
		assertThat(signedIn(CO_LEAD).get("/manage/" + EVENT + "/microconferences/tracing/edit").statusCode())
			.as("a lead may edit the MC's text at once")
			.isEqualTo(200);
		assertThat(pia.page(rejected).select(".proposal-facts").text()).contains("State Not accepted");
		List<MimeMessage> toPia = mailTo(PROPOSER);
		assertThat(toPia).extracting(CallForMcWebTest::subject).contains("Accepted: Tracing", "Not accepted: Rust");
		assertThat(mailTo(CO_LEAD)).extracting(CallForMcWebTest::subject).contains("Accepted: Tracing");
		assertThat(text(toPia.stream().filter(m -> subject(m).equals("Accepted: Tracing")).findFirst().orElseThrow()))
			.contains("/" + EVENT + "/microconferences/tracing");
		assertThat(jdbc.sql("""
				SELECT action FROM audit_entry WHERE object_type = 'mc-proposal' AND action LIKE 'decision-%'
				ORDER BY id""").query(String.class).list()).containsExactly("decision-recorded", "decision-recorded",
				"decision-announced", "decision-announced");

		HttpResponse<String> late = olga.submit(acceptedManage, acceptedManage + "/review", Map.of("score", "2"));
		assertThat(late.statusCode()).as("reviews stay open after the decision").isEqualTo(302);
		assertThat(olga.page(acceptedManage).select("form[action=" + acceptedManage + "/decision]")).isEmpty();
	}

	@Test
	void oneProposalsDecisionIsAnnouncedAloneAndANonOrganiserCannotScoreOrDecide() {
		openCall();
		String first = propose("Tracing");
		String second = propose("Rust");
		WebClient olga = signedIn(ORGANISER);
		String firstManage = LIST + "/" + id(first);
		String secondManage = LIST + "/" + id(second);
		olga.submit(firstManage, firstManage + "/decision", Map.of("decision", "REJECTED"));
		olga.submit(secondManage, secondManage + "/decision", Map.of("decision", "ACCEPTED"));
		WebClient pia = signedIn(PROPOSER);
		assertThat(pia.postWithToken(firstManage + "/decision", Map.of("decision", "ACCEPTED")).statusCode())
			.isEqualTo(404);
		assertThat(pia.postWithToken(firstManage + "/review", Map.of("score", "2")).statusCode()).isEqualTo(404);

		olga.submit(firstManage, firstManage + "/announce", Map.of());

		assertThat(pia.page(first).select(".proposal-facts").text()).contains("State Not accepted");
		assertThat(pia.page(second).select(".proposal-facts").text()).contains("State Proposed");
		assertThat(count("SELECT COUNT(*) FROM mc_proposal_review")).isZero();
		assertThat(count("SELECT COUNT(*) FROM mc_proposal WHERE pending_status = 'ACCEPTED'")).isEqualTo(1);
	}

	@Test
	void aDecisionFromAPageOpenedBeforeAnotherOrganisersIsToldAndOverwritesNothing() {
		openCall();
		String manage = LIST + "/" + id(propose("Tracing"));
		WebClient olga = signedIn(ORGANISER);
		WebClient otto = signedIn(OTHER_ORGANISER);
		Map<String, String> ottosForm = otto.formFields(manage, manage + "/decision");
		olga.submit(manage, manage + "/decision", Map.of("decision", "ACCEPTED"));
		ottosForm.put("decision", "REJECTED");

		HttpResponse<String> stale = otto.post(manage + "/decision", ottosForm);

		assertThat(Jsoup.parse(stale.body()).select("[role=alert]").text())
			.startsWith("Another organiser changed the decision since you opened this page.");
		assertThat(Jsoup.parse(stale.body()).select(".proposal-facts").text()).contains("Pending decision Accepted");
		assertThat(jdbc.sql("SELECT pending_status FROM mc_proposal").query(String.class).single())
			.isEqualTo("ACCEPTED");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'decision-recorded'")).isEqualTo(1);
		assertThat(otto.submit(manage, manage + "/decision", Map.of("decision", "REJECTED")).statusCode())
			.as("decided again from the page as it is now")
			.isEqualTo(302);
		assertThat(jdbc.sql("SELECT pending_status FROM mc_proposal").query(String.class).single())
			.isEqualTo("REJECTED");
	}

	@Test
	void anOrganiserWhoProposesOrWouldLeadAProposalNeitherSeesNorScoresNorDecidesIt() {
		openCall();
		WebClient olga = signedIn(ORGANISER);
		String own = WebClient.location(
				olga.submit(FORM, FORM, Map.of("title", "Olga's MC", "description", "About it.", "action", "submit")));
		String coLed = propose("Tracing");
		signedIn(PROPOSER).submit(coLed, coLed + "/invitations", Map.of("email", OTHER_ORGANISER));
		String link = linkInLatestMailTo(OTHER_ORGANISER);
		WebClient otto = signedIn(OTHER_ORGANISER);
		otto.submit(link, link, Map.of("action", "accept"));
		String ownManage = LIST + "/" + id(own);
		String coLedManage = LIST + "/" + id(coLed);

		assertThat(olga.get(ownManage).statusCode()).isEqualTo(404);
		assertThat(olga.postWithToken(ownManage + "/review", Map.of("score", "+2")).statusCode()).isEqualTo(404);
		assertThat(olga.postWithToken(ownManage + "/decision", Map.of("decision", "ACCEPTED", "decisionVersion", "0"))
			.statusCode()).isEqualTo(404);
		assertThat(otto.get(coLedManage).statusCode()).isEqualTo(404);
		assertThat(otto.postWithToken(coLedManage + "/review", Map.of("score", "2")).statusCode()).isEqualTo(404);
		assertThat(olga.page(LIST).select("table.proposals tbody tr").eachText())
			.containsExactly("Tracing Pia Proposer, Otto Organiser 0 – Proposed");
		assertThat(otto.page(LIST).select("table.proposals tbody tr").eachText())
			.containsExactly("Olga's MC Olga Organiser 0 – Proposed");
		assertThat(count("SELECT COUNT(*) FROM mc_proposal_review")).isZero();
		assertThat(count("SELECT COUNT(*) FROM mc_proposal WHERE pending_status IS NOT NULL")).isZero();

		HttpResponse<String> plus = otto.submit(ownManage, ownManage + "/review", Map.of("score", "+2"));

		assertThat(plus.statusCode()).as("\"+2\" is read as the best score").isEqualTo(302);
		assertThat(count("SELECT score FROM mc_proposal_review")).isEqualTo(2);
		assertThatThrownBy(() -> decisions.review(event.id(), Long.parseLong(id(own)),
				accounts.account(STRANGER, "Bea Stranger"), "Bea", "1", "", null))
			.as("the service asks who it is, not only the page")
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anOrganiserWhoProposedAnMcLeavesTheAnnouncementOfItsDecisionToAnother() {
		openCall();
		WebClient olga = signedIn(ORGANISER);
		String own = WebClient.location(
				olga.submit(FORM, FORM, Map.of("title", "Olga's MC", "description", "About it.", "action", "submit")));
		String ownManage = LIST + "/" + id(own);
		WebClient otto = signedIn(OTHER_ORGANISER);
		otto.submit(ownManage, ownManage + "/decision", Map.of("decision", "ACCEPTED"));

		olga.submit(LIST, LIST + "/announce", Map.of());

		assertThat(olga.page(own).select(".proposal-facts").text()).contains("State Proposed");
		assertThat(olga.postWithToken(ownManage + "/announce", Map.of()).statusCode()).isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM mc_proposal WHERE pending_status = 'ACCEPTED' AND announced_at IS NULL"))
			.as("the decision still waits")
			.isEqualTo(1);

		otto.submit(LIST, LIST + "/announce", Map.of());

		assertThat(olga.page(own).select(".proposal-facts").text()).contains("State Accepted");
	}

	@Test
	void twoOrganisersAnnouncingTwoMcsOfOneTitleAtOnceGiveThemTwoSlugsAndMailEachOnce() throws Exception {
		openCall();
		String first = propose("Tracing");
		String second = propose("Tracing");
		WebClient olga = signedIn(ORGANISER);
		for (String proposal : List.of(first, second)) {
			String manage = LIST + "/" + id(proposal);
			olga.submit(manage, manage + "/decision", Map.of("decision", "ACCEPTED"));
		}
		long ottoId = accounts.account(OTHER_ORGANISER, "Otto Organiser");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> announcements = List.of(
					threads.submit(() -> announceWhenStarted(start, Long.parseLong(id(first)), organiserId)),
					threads.submit(() -> announceWhenStarted(start, Long.parseLong(id(second)), ottoId)));
			start.countDown();
			assertThat(announcements.get(0).get(30, TimeUnit.SECONDS) + announcements.get(1).get(30, TimeUnit.SECONDS))
				.isEqualTo(2);
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(jdbc
			.sql("SELECT slug FROM microconference WHERE status = 'ACCEPTED'"
					+ " AND id IN (SELECT microconference_id FROM mc_proposal) ORDER BY slug")
			.query(String.class)
			.list()).containsExactly("tracing", "tracing-2");
		assertThat(mailTo(PROPOSER)).extracting(CallForMcWebTest::subject)
			.filteredOn(subject -> subject.startsWith("Accepted"))
			.hasSize(2);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'decision-announced'")).isEqualTo(2);
	}

	private int announceWhenStarted(CountDownLatch start, long proposalId, long organiserId)
			throws InterruptedException {
		start.await();
		return decisions.announce(event, proposalId, organiserId, "http://localhost");
	}

	@Test
	void aCoLeadAcceptingWhileTheAcceptanceIsAnnouncedIsNeitherALeadToBeNorAMissingLead() throws Exception {
		openCall();
		String proposal = propose("Tracing");
		signedIn(PROPOSER).submit(proposal, proposal + "/invitations", Map.of("email", CO_LEAD));
		String token = linkInLatestMailTo(CO_LEAD).substring("/proposals/invitations/".length());
		String manage = LIST + "/" + id(proposal);
		signedIn(ORGANISER).submit(manage, manage + "/decision", Map.of("decision", "ACCEPTED"));
		long carl = accounts.account(CO_LEAD, "Carl Colead");
		McProposer invitee = new McProposer(carl, count("SELECT person_id FROM account WHERE id = ?", carl),
				"Carl Colead", CO_LEAD);

		Race<Object> race = LockWaits.race(jdbc, transactions,
				() -> decisions.announce(event, Long.parseLong(id(proposal)), organiserId, "http://localhost"),
				() -> invitations.answer(token, invitee, true));

		assertThat(race.secondFailure()).isNull();
		assertThat(race.secondWaited()).as("the answer waits for the announcement").isTrue();
		List<String> leadsToBe = jdbc.sql("SELECT name_as_written FROM mc_proposal_lead ORDER BY position")
			.query(String.class)
			.list();
		assertThat(jdbc
			.sql("SELECT name_as_written FROM mc_lead"
					+ " WHERE microconference_id IN (SELECT microconference_id FROM mc_proposal) ORDER BY position")
			.query(String.class)
			.list()).as("the leads are the leads-to-be the announcement saw")
			.isEqualTo(leadsToBe)
			.containsExactly("Pia Proposer");
	}

	@Test
	void twoClicksAcceptingOneCoLeadInvitationAtOnceListTheCoLeadOnce() throws Exception {
		openCall();
		String proposal = propose("Tracing");
		signedIn(PROPOSER).submit(proposal, proposal + "/invitations", Map.of("email", CO_LEAD));
		String link = linkInLatestMailTo(CO_LEAD);
		WebClient carl = signedIn(CO_LEAD);
		Map<String, String> form = carl.formFields(link, link);
		form.put("action", "accept");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> clicks = List.of(1, 2).stream().map(n -> threads.submit(() -> {
				start.await();
				return carl.post(link, form).statusCode();
			})).toList();
			start.countDown();
			assertThat(clicks.get(0).get(30, TimeUnit.SECONDS)).isLessThan(400);
			assertThat(clicks.get(1).get(30, TimeUnit.SECONDS)).isLessThan(400);
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(
				jdbc.sql("SELECT name_as_written FROM mc_proposal_lead ORDER BY position").query(String.class).list())
			.containsExactly("Pia Proposer", "Carl Colead");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'co-lead-accepted'")).isEqualTo(1);
	}

	@Test
	void anAcceptedMcDoesNotTakeThePlainTrackSlugWhoseCallWouldBecomeUnreachable() {
		jdbc.sql(
				"INSERT INTO plain_track (event_id, slug, name, durations) VALUES (?, 'scheduling', 'Scheduling', '45')")
			.param(event.id())
			.update();
		try {
			openCall();
			String manage = LIST + "/" + id(propose("Scheduling"));
			WebClient olga = signedIn(ORGANISER);
			olga.submit(manage, manage + "/decision", Map.of("decision", "ACCEPTED"));

			olga.submit(manage, manage + "/announce", Map.of());

			assertThat(jdbc.sql("SELECT slug FROM microconference WHERE title = 'Scheduling'")
				.query(String.class)
				.single()).isEqualTo("scheduling-2");
			assertThat(WebClient.browser(port)
				.accepting("text/html")
				.page("/" + EVENT + "/microconferences/scheduling-2")
				.select("h1")
				.text()).isEqualTo("Scheduling");
		}
		finally {
			jdbc.sql("DELETE FROM plain_track WHERE event_id = ?").param(event.id()).update();
		}
	}

	@Test
	void theMcTextEditorHoldsAnAcceptedMcButNoOpenProposalWhileTheEventsDataFileBacksUpEveryProposal() {
		openCall();
		String accepted = LIST + "/" + id(propose("Tracing"));
		String rejected = LIST + "/" + id(propose("Rust"));
		propose("Still proposed");
		WebClient olga = signedIn(ORGANISER);
		olga.submit(accepted, accepted + "/decision", Map.of("decision", "ACCEPTED"));
		olga.submit(rejected, rejected + "/decision", Map.of("decision", "REJECTED"));
		olga.submit(LIST, LIST + "/announce", Map.of());

		String file = new String(eventFiles.export(EVENT).json(), java.nio.charset.StandardCharsets.UTF_8);

		String proposedSlug = jdbc.sql("SELECT slug FROM microconference WHERE title = 'Still proposed'")
			.query(String.class)
			.single();
		assertThat(olga.get("/manage/" + EVENT + "/microconferences/" + proposedSlug + "/edit").statusCode())
			.as("a proposal's text is its proposers' until accepted")
			.isEqualTo(404);
		assertThat(file).as("a backup for the site's admins, restored as it was")
			.contains("\"tracing\"", "Rust", "\"status\": \"REJECTED\"", "Still proposed",
					"\"slug\": \"" + proposedSlug + "\"", "\"microconferenceProposals\"");
	}

	@Test
	void anAcceptedProposalsTypedKeyAttendeesBecomePersonsAndANameSeenElsewhereIsOnlySuggestedAsTheSame() {
		openCall();
		long seedsRostedt = people.create("Steven Rostedt", List.of("Steven Rostedt"), null).id();
		WebClient pia = signedIn(PROPOSER);
		String proposal = WebClient
			.location(pia.submit(FORM, FORM, Map.of("title", "Tracing", "description", "About tracing.", "keyAttendees",
					"- Steven Rostedt, Tracing maintainer\n- Pia Proposer\n- Jörg Rödel, IOMMU", "action", "submit")));
		WebClient olga = signedIn(ORGANISER);
		String manage = LIST + "/" + id(proposal);
		olga.submit(manage, manage + "/decision", Map.of("decision", "ACCEPTED"));

		olga.submit(LIST, LIST + "/announce", Map.of());

		Document page = WebClient.browser(port).accepting("text/html").page("/" + EVENT + "/microconferences/tracing");
		assertThat(page.select("main h2").eachText()).contains("Key attendees:");
		assertThat(page.select("main li").eachText()).contains("Steven Rostedt, Tracing maintainer", "Pia Proposer",
				"Jörg Rödel, IOMMU");
		assertThat(jdbc
			.sql("SELECT name_as_written FROM mc_key_attendee"
					+ " WHERE microconference_id IN (SELECT microconference_id FROM mc_proposal) ORDER BY position")
			.query(String.class)
			.list()).containsExactly("Steven Rostedt", "Pia Proposer", "Jörg Rödel");
		long piasPerson = jdbc
			.sql("SELECT person_id FROM mc_lead"
					+ " WHERE microconference_id IN (SELECT microconference_id FROM mc_proposal) ORDER BY position")
			.query(Long.class)
			.list()
			.getFirst();
		List<Long> personIds = jdbc
			.sql("SELECT person_id FROM mc_key_attendee"
					+ " WHERE microconference_id IN (SELECT microconference_id FROM mc_proposal) ORDER BY position")
			.query(Long.class)
			.list();
		assertThat(personIds.get(1)).as("the proposer listed as a key attendee is the lead's person")
			.isEqualTo(piasPerson);
		assertThat(personIds.get(0)).as("a name seen elsewhere is a new person until an organiser merges")
			.isNotEqualTo(seedsRostedt);
		assertThat(count("SELECT COUNT(*) FROM duplicate_suggestion WHERE (first_person_id = " + seedsRostedt
				+ " AND second_person_id = " + personIds.get(0) + ")"))
			.isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'created-as-key-attendee'")).isEqualTo(2);
		assertThat(olga.page(manage).select(".proposal-section").text()).as("the proposal still reads as typed")
			.contains("Steven Rostedt, Tracing maintainer", "Jörg Rödel, IOMMU");
	}

	private String propose(String title) {
		WebClient pia = signedIn(PROPOSER);
		return WebClient.location(pia.submit(FORM, FORM,
				Map.of("title", title, "description", "About " + title + ".", "action", "submit")));
	}

	private void inviteAndAccept(String proposal) {
		signedIn(PROPOSER).submit(proposal, proposal + "/invitations", Map.of("email", CO_LEAD));
		String link = linkInLatestMailTo(CO_LEAD);
		signedIn(CO_LEAD).submit(link, link, Map.of("action", "accept"));
	}

	private static String id(String proposalPage) {
		return proposalPage.substring(proposalPage.lastIndexOf('/') + 1);
	}

}
