package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditLog;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.plumbline.cfp.NewPlainTrack;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A reviewer of a plain track (issue 9, point 3): organisers grant, revoke and invite one
 * on the team page, which lists the event's MCs and tracks; an invitation is accepted as
 * for an MC; the role covers that track and no MC; the database refuses a reviewer with
 * no scope or with two.
 */
class TrackReviewerTest extends AccountWebTest {

	static final String SLUG = "track_review_conf";

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup setup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	TopicCalls calls;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Rights rights;

	@Autowired
	AuditLog audit;

	Event event;

	AccountFixture accounts;

	long organiser;

	long tracing;

	long refereed;

	@BeforeEach
	void eventWithAnMcAPlainTrackAndOneOrganiser() {
		jdbc.sql("DELETE FROM role_invitation").update();
		accounts = new AccountFixture(jdbc, people, passwords);
		organiser = accounts.account("olga@example.org", "Olga Organiser");
		event = events.findBySlug(SLUG).orElseGet(() -> {
			Event created = setup.create(
					new NewEvent(SLUG, "Track Review Conference", LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 5),
							ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(), List.of()));
			long lead = people.create("Lena Lead", List.of("Lena Lead"), null).id();
			microconferences.create(created.id(), new NewMicroconference(null, "tracing", "Tracing", McStatus.ACCEPTED,
					"About tracing.", List.of(), List.of(), "MC leads", List.of(new NamedPerson(lead, "Lena Lead"))));
			calls.createPlainTrack(created, organiser, new NewPlainTrack("refereed", "Refereed", "45", "", ""));
			return created;
		});
		accounts.grant(event.id(), organiser, EventRole.ORGANISER, null);
		tracing = microconferences.find(event.id(), "tracing").orElseThrow().id();
		refereed = calls.find(event.id(), "refereed").orElseThrow().plainTrackId();
	}

	@Test
	void theTeamPageOffersTheEventsMicroconferencesAndItsPlainTracks() {
		Document page = signedIn("olga@example.org").page(teamPage());

		assertThat(page.select("#microconference optgroup[label=Microconferences] option"))
			.extracting(option -> option.attr("value") + "=" + option.text())
			.containsExactly("tracing=Tracing");
		assertThat(page.select("#microconference optgroup[label=Tracks] option"))
			.extracting(option -> option.attr("value") + "=" + option.text())
			.containsExactly("track:refereed=Refereed");
	}

	@Test
	void anOrganiserMakesAnAccountReviewerOfATrackWhichIsToldByMailAndAudited() {
		long ravi = accounts.account("ravi@example.org", "Ravi Reviewer");
		WebClient olga = signedIn("olga@example.org");

		assertThat(olga
			.submit(teamPage(), teamPage(),
					Map.of("email", "ravi@example.org", "role", "REVIEWER", "microconference", "track:refereed"))
			.statusCode()).isEqualTo(302);

		assertThat(rights.isTrackReviewer(ravi, event.id(), refereed)).isTrue();
		assertThat(olga.page(teamPage()).select("table.team").text()).contains("Ravi Reviewer")
			.contains("Reviewer of the track Refereed");
		assertThat(mailTo("ravi@example.org")).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject())
				.isEqualTo("You are now a reviewer of the track Refereed of Track Review Conference"));
		assertThat(audit.find(AuditQuery.ofEvent(event.id())))
			.filteredOn(entry -> entry.action().equals("role-granted"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.afterJson()).contains("\"track\":\"refereed\"")
				.contains("\"role\":\"reviewer\"")
				.doesNotContain("microconference"));

		Document again = Jsoup.parse(olga
			.submit(teamPage(), teamPage(),
					Map.of("email", "ravi@example.org", "role", "REVIEWER", "microconference", "track:refereed"))
			.body());
		assertThat(again.select("#email_error").text())
			.isEqualTo("ravi@example.org is already a reviewer of the track Refereed.");
	}

	@Test
	void aTrackReviewerReviewsNoMicroconferenceAndAnMcReviewerNoTrack() {
		long ravi = accounts.account("ravi@example.org", "Ravi Reviewer");
		long mira = accounts.account("mira@example.org", "Mira McReviewer");
		WebClient olga = signedIn("olga@example.org");

		olga.submit(teamPage(), teamPage(),
				Map.of("email", "ravi@example.org", "role", "REVIEWER", "microconference", "track:refereed"));
		olga.submit(teamPage(), teamPage(),
				Map.of("email", "mira@example.org", "role", "REVIEWER", "microconference", "tracing"));

		assertThat(rights.isTrackReviewer(ravi, event.id(), refereed)).isTrue();
		assertThat(rights.isReviewer(ravi, event.id(), tracing)).isFalse();
		assertThat(rights.isReviewer(ravi, event.id(), refereed)).isFalse();
		assertThat(rights.isOrganiser(ravi, event.id())).isFalse();
		assertThat(rights.isReviewer(mira, event.id(), tracing)).isTrue();
		assertThat(rights.isTrackReviewer(mira, event.id(), refereed)).isFalse();
		assertThat(rights.isTrackReviewer(mira, event.id(), tracing)).isFalse();
	}

	@Test
	void revokingATrackReviewerTakesTheRoleBackAndIsAudited() {
		long ravi = accounts.account("ravi@example.org", "Ravi Reviewer");
		WebClient olga = signedIn("olga@example.org");
		olga.submit(teamPage(), teamPage(),
				Map.of("email", "ravi@example.org", "role", "REVIEWER", "microconference", "track:refereed"));
		String revoke = olga.page(teamPage())
			.select("form:has(button[aria-label='Revoke the role of Ravi Reviewer'])")
			.attr("action");

		assertThat(olga.submit(teamPage(), revoke, Map.of()).statusCode()).isEqualTo(302);

		assertThat(rights.isTrackReviewer(ravi, event.id(), refereed)).isFalse();
		assertThat(olga.page(teamPage()).select("table.team").text()).doesNotContain("Ravi Reviewer");
		assertThat(audit.find(AuditQuery.ofEvent(event.id())))
			.filteredOn(entry -> entry.action().equals("role-revoked"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.beforeJson()).contains("\"track\":\"refereed\""));
	}

	@Test
	void anAddressWithoutAnAccountIsInvitedToReviewATrackSignsUpAndAccepts() {
		WebClient olga = signedIn("olga@example.org");
		olga.submit(teamPage(), teamPage(),
				Map.of("email", "nina@example.org", "role", "REVIEWER", "microconference", "track:refereed"));
		assertThat(olga.page(teamPage()).select(".invitations").text())
			.contains("nina@example.org: reviewer of the track Refereed");
		String invitation = linkInLatestMailTo("nina@example.org");

		WebClient nina = browser();
		nina.submit("/signup", "/signup",
				Map.of("name", "Nina New", "email", "nina@example.org", "password", "nina's password"));
		verify(nina, linkInLatestMailTo("nina@example.org"), "nina's password");
		nina.signIn("nina@example.org", "nina's password");
		assertThat(nina.page(invitation).text())
			.contains("You are invited to be a reviewer of the track Refereed of Track Review Conference");

		Document accepted = Jsoup.parse(nina.submit(invitation, "/invitation", Map.of()).body());

		assertThat(accepted.select("h1").text()).isEqualTo("Welcome");
		long ninaId = jdbc.sql("SELECT id FROM account WHERE email_key = 'nina@example.org'")
			.query(Long.class)
			.single();
		assertThat(rights.isTrackReviewer(ninaId, event.id(), refereed)).isTrue();
		assertThat(rights.isReviewer(ninaId, event.id(), tracing)).isFalse();
		assertThat(rights.pendingInvitations(event.id())).isEmpty();
		assertThat(audit.find(AuditQuery.ofEvent(event.id()))).extracting(AuditRecord::action)
			.contains("invited", "invitation-accepted");
	}

	@Test
	void twoClicksOnInvitingATrackReviewerLeaveOneInvitationAndOneMail() {
		WebClient olga = signedIn("olga@example.org");
		Map<String, String> invite = Map.of("email", "nina@example.org", "role", "REVIEWER", "microconference",
				"track:refereed");

		olga.submit(teamPage(), teamPage(), invite);
		olga.submit(teamPage(), teamPage(), invite);

		assertThat(rights.pendingInvitations(event.id())).singleElement()
			.satisfies(invitation -> assertThat(invitation.plainTrackId()).isEqualTo(refereed));
		assertThat(mailTo("nina@example.org")).hasSize(1);
	}

	@Test
	void aTrackOfAnotherEventOrNoneIsToldBesideTheFieldAndChangesNothing() {
		accounts.account("ravi@example.org", "Ravi Reviewer");
		WebClient olga = signedIn("olga@example.org");

		for (String unknown : List.of("track:no-such-track", "track:", "track:tracing", "refereed")) {
			Document refused = Jsoup
				.parse(olga
					.submit(teamPage(), teamPage(),
							Map.of("email", "ravi@example.org", "role", "REVIEWER", "microconference", unknown))
					.body());
			assertThat(refused.select("#microconference_error").text()).as(unknown)
				.isEqualTo("Choose the microconference or track the reviewer reviews.");
		}
		assertThat(rights.team(event.id())).hasSize(1);
	}

	@Test
	void theDatabaseRefusesAReviewerWithNoScopeOrWithBothAnMcAndATrack() {
		long ravi = accounts.account("ravi@example.org", "Ravi Reviewer");

		assertThatThrownBy(() -> insertRole(ravi, null, null, "event"))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertRole(ravi, tracing, refereed, "mc:" + tracing))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertRole(ravi, tracing, refereed, "track:" + refereed))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertRole(ravi, null, refereed, "mc:" + refereed))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertInvitation(null, null, "event"))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertInvitation(tracing, refereed, "track:" + refereed))
			.isInstanceOf(DataIntegrityViolationException.class);

		insertRole(ravi, null, refereed, "track:" + refereed);
		assertThat(rights.isTrackReviewer(ravi, event.id(), refereed)).isTrue();
	}

	private void insertRole(long account, Long microconference, Long plainTrack, String scopeKey) {
		jdbc.sql("""
				INSERT INTO event_role (event_id, account_id, role, microconference_id, plain_track_id, scope_key,
				    granted_at)
				VALUES (?, ?, 'REVIEWER', ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(event.id(), account, microconference, plainTrack, scopeKey)
			.update();
	}

	private void insertInvitation(Long microconference, Long plainTrack, String scopeKey) {
		jdbc.sql("""
				INSERT INTO role_invitation (event_id, email, email_key, role, microconference_id, plain_track_id,
				    scope_key, token_hash, created_at, expires_at)
				VALUES (?, 'nina@example.org', 'nina@example.org', 'REVIEWER', ?, ?, ?, ?, CURRENT_TIMESTAMP,
				    CURRENT_TIMESTAMP)""")
			.params(event.id(), microconference, plainTrack, scopeKey, "0".repeat(64))
			.update();
	}

	private WebClient signedIn(String email) {
		WebClient client = browser();
		assertThat(client.signIn(email, AccountFixture.PASSWORD)).isEqualTo("/");
		return client;
	}

	private static String teamPage() {
		return "/manage/" + SLUG + "/team";
	}

}
