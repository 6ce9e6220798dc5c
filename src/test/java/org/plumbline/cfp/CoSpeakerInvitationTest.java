package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;
import org.plumbline.token.OneTimeTokens;

/**
 * A speaker invites a co-speaker by email; the invitee follows the mailed link, signed in
 * with that address, and accepts or declines by a button. Only the invitee sees the
 * invitation; the inviter sees it pending and may revoke it; the link expires; the limits
 * hold. {@link CoSpeakerInvitationPostgresTest} runs the same on PostgreSQL.
 */
class CoSpeakerInvitationTest extends CfpWebTest {

	static final String FORM = "/" + EVENT + "/calls/kernel/topics/new";

	@Test
	void theInviteeFollowsTheMailedLinkAcceptsAndMayThenEditTheTopic() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topic = submittedTopic(ana);

		HttpResponse<String> invited = invite(ana, topic, "Ben@CFP.test");

		assertThat(invited.statusCode()).isEqualTo(302);
		Document page = ana.page(topic);
		assertThat(page.select("[role=status]").text()).startsWith("Invited Ben@CFP.test");
		assertThat(page.select("table.co-speaker-invitations tbody td:first-child").eachText())
			.containsExactly("Ben@CFP.test");
		String link = linkInLatestMailTo("Ben@CFP.test");
		assertThat(link).matches("/account/co-speaker-invitations/[A-Za-z0-9_-]{43}");
		assertThat(count("SELECT COUNT(*) FROM co_speaker_invitation WHERE token_hash = ?",
				OneTimeTokens.hash(link.substring(link.lastIndexOf('/') + 1))))
			.isEqualTo(1);

		WebClient ben = signedIn(SPEAKER_B);
		Document invitation = ben.page(link);
		assertThat(invitation.select(".topic-facts").text()).contains("Topic Page tables")
			.contains("Speakers Ana Speaker");
		assertThat(count("SELECT COUNT(*) FROM topic_speaker")).as("opening the link changes nothing").isEqualTo(1);
		HttpResponse<String> accepted = ben.submit(link, link + "/accept", Map.of());

		assertThat(WebClient.location(accepted)).isEqualTo(topic);
		assertThat(ben.page(topic).select(".topic-facts").text()).contains("Speakers Ana Speaker, Ben Speaker");
		assertThat(ben.page("/account/topics").select("table.topics tbody tr").eachText())
			.containsExactly("Page tables Kernel MC Submitted");
		assertThat(ben.submit(topic, topic, Map.of("title", "Page tables, by two", "action", "save")).statusCode())
			.isEqualTo(302);
		assertThat(ana.page(topic).select("table.co-speaker-invitations")).isEmpty();
		assertThat(ben.page(link).select("p").text()).contains("You accepted this invitation");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'co-speaker-invitation' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("invited", "accepted");
	}

	@Test
	void onlyTheAccountOfTheInvitedAddressSeesTheInvitationAndAnyoneElseIsToldItDoesNotExist() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topic = submittedTopic(ana);
		invite(ana, topic, SPEAKER_B);
		String link = linkInLatestMailTo(SPEAKER_B);
		WebClient olga = signedIn(ORGANISER);

		assertThat(olga.get(link).statusCode()).isEqualTo(404);
		assertThat(olga.postWithToken(link + "/accept", Map.of()).statusCode()).isEqualTo(404);
		assertThat(ana.get(link).statusCode()).isEqualTo(404);
		assertThat(signedIn(SPEAKER_B).get(link.substring(0, link.length() - 1) + "x").statusCode()).isEqualTo(404);
		assertThat(olga.postWithToken(topic + "/co-speakers", Map.of("email", "olga@cfp.test")).statusCode())
			.isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM topic_speaker")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM co_speaker_invitation")).isEqualTo(1);
	}

	@Test
	void someoneNotSignedInIsSentToSignInAndBroughtBackToTheLink() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		invite(ana, submittedTopic(ana), "cara@cfp.test");
		String link = linkInLatestMailTo("cara@cfp.test");
		WebClient cara = WebClient.browser(port);

		HttpResponse<String> anonymous = cara.get(link);

		assertThat(WebClient.location(anonymous)).endsWith("/login");
		assertThat(cara.page("/login").select("a[href=/signup]")).isNotEmpty();
		accounts.account("cara@cfp.test", "Cara Coder");
		assertThat(cara.signIn("cara@cfp.test", PASSWORD)).startsWith(link);
		assertThat(cara.page(link).select("form[action=" + link + "/accept]")).hasSize(1);
	}

	@Test
	void declinedRevokedAndExpiredInvitationsAddNobody() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topic = submittedTopic(ana);
		WebClient ben = signedIn(SPEAKER_B);

		invite(ana, topic, SPEAKER_B);
		String declined = linkInLatestMailTo(SPEAKER_B);
		Document afterDecline = Jsoup.parse(ben.submit(declined, declined + "/decline", Map.of()).body());
		assertThat(afterDecline.select("p").text()).contains("You declined this invitation.");

		invite(ana, topic, SPEAKER_B);
		String revoked = linkInLatestMailTo(SPEAKER_B);
		Map<String, String> acceptForm = ben.formFields(revoked, revoked + "/accept");
		long invitation = count("SELECT id FROM co_speaker_invitation WHERE outcome IS NULL");
		assertThat(ana.submit(topic, topic + "/co-speakers/" + invitation + "/revoke", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(Jsoup.parse(ben.post(revoked + "/accept", acceptForm).body()).select("p").text())
			.contains("This invitation was revoked.");

		invite(ana, topic, SPEAKER_B);
		String expired = linkInLatestMailTo(SPEAKER_B);
		Map<String, String> lateAccept = ben.formFields(expired, expired + "/accept");
		clock.set(START.plus(Duration.ofDays(14)));
		assertThat(ben.page(expired).select("p").text()).contains("This invitation has expired.");
		assertThat(Jsoup.parse(ben.post(expired + "/accept", lateAccept).body()).select("p").text())
			.contains("This invitation has expired.");

		assertThat(count("SELECT COUNT(*) FROM topic_speaker")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'co-speaker-invitation' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("invited", "declined", "invited", "revoked", "invited");
	}

	@Test
	void aSecondOpenInvitationASpeakerAMalformedAddressAndAnEleventhSpeakerAreToldBesideTheField() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topic = submittedTopic(ana);
		invite(ana, topic, SPEAKER_B);

		assertThat(inviteError(ana, topic, "BEN@cfp.test"))
			.isEqualTo("BEN@cfp.test has an open invitation to this topic already; revoke it to send a new one.");
		assertThat(inviteError(ana, topic, SPEAKER_A)).isEqualTo(SPEAKER_A + " is a speaker of this topic already.");
		assertThat(inviteError(ana, topic, "not an address")).startsWith("This is not an email address");
		for (int i = 2; i <= 9; i++) {
			invite(ana, topic, "guest" + i + "@cfp.test");
		}
		assertThat(inviteError(ana, topic, "guest10@cfp.test")).isEqualTo(
				"A topic has at most 10 speakers, counting open invitations; revoke one to invite someone else.");
		assertThat(count("SELECT COUNT(*) FROM co_speaker_invitation")).isEqualTo(9);
	}

	@Test
	void afterTheDeadlineNobodyIsInvitedAndAnOpenInvitationCannotBeAccepted() {
		openCalls();
		clock.set(berlin("2027-01-25T09:00"));
		WebClient ana = signedIn(SPEAKER_A);
		String topic = submittedTopic(ana);
		invite(ana, topic, SPEAKER_B);
		String link = linkInLatestMailTo(SPEAKER_B);
		WebClient ben = signedIn(SPEAKER_B);
		Map<String, String> acceptForm = ben.formFields(link, link + "/accept");
		Map<String, String> inviteForm = ana.formFields(topic, topic + "/co-speakers");

		clock.set(berlin("2027-02-01T18:00"));
		inviteForm.put("email", "cara@cfp.test");
		HttpResponse<String> refusedInvite = ana.post(topic + "/co-speakers", inviteForm);
		HttpResponse<String> refusedAccept = ben.post(link + "/accept", acceptForm);

		String closed = "The call for topics of Kernel MC closed on 2027-02-01 18:00 Europe/Berlin; "
				+ "topics can no longer be saved, edited or withdrawn.";
		assertThat(Jsoup.parse(refusedInvite.body()).select("[role=alert]").text()).isEqualTo(closed);
		assertThat(Jsoup.parse(refusedAccept.body()).select("[role=alert]").text()).isEqualTo(closed);
		assertThat(count("SELECT COUNT(*) FROM co_speaker_invitation")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM topic_speaker")).isEqualTo(1);
	}

	private String submittedTopic(WebClient speaker) {
		return WebClient.location(speaker.submit(FORM, FORM, Map.of("title", "Page tables", "abstractText",
				"About page tables.", "durationMinutes", "30", "action", "submit")));
	}

	private HttpResponse<String> invite(WebClient speaker, String topic, String email) {
		return speaker.submit(topic, topic + "/co-speakers", Map.of("email", email));
	}

	private String inviteError(WebClient speaker, String topic, String email) {
		return Jsoup.parse(invite(speaker, topic, email).body()).select("#email_error").text();
	}

}
