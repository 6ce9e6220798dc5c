package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.Teams;
import org.plumbline.audit.AuditLog;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
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
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.LockWaits.Race;
import org.plumbline.testsupport.WebClient;
import org.plumbline.validation.InvalidFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event's team page: organisers grant roles at once to accounts and invite other
 * addresses, who sign up and accept; revoking; the last organiser stays; who else gets
 * 404; every change in the audit log.
 */
class TeamTest extends AccountWebTest {

	static final String SLUG = "team_conf";

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup setup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Rights rights;

	@Autowired
	AuditLog audit;

	@Autowired
	Teams teams;

	@Autowired
	TransactionTemplate transactions;

	Event event;

	AccountFixture accounts;

	long organiser;

	@BeforeEach
	void eventWithOneOrganiser() {
		jdbc.sql("DELETE FROM role_invitation").update();
		event = events.findBySlug(SLUG).orElseGet(() -> {
			Event created = setup
				.create(new NewEvent(SLUG, "Team Conference", LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 5),
						ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(), List.of()));
			long lead = people.create("Lena Lead", List.of("Lena Lead"), null).id();
			microconferences.create(created.id(), new NewMicroconference(null, "tracing", "Tracing", McStatus.ACCEPTED,
					"About tracing.", List.of(), List.of(), "MC leads", List.of(new NamedPerson(lead, "Lena Lead"))));
			microconferences.create(created.id(), new NewMicroconference(null, "proposed-mc", "Proposed MC",
					McStatus.PROPOSED, "Not decided yet.", List.of(), List.of(), "MC leads", List.of()));
			return created;
		});
		accounts = new AccountFixture(jdbc, people, passwords);
		organiser = accounts.account("olga@example.org", "Olga Organiser");
		accounts.grant(event.id(), organiser, EventRole.ORGANISER, null);
	}

	@Test
	void anOrganiserGrantsARoleToAnAccountAtOnceAndItsHolderIsToldByMail() {
		long ravi = accounts.account("ravi@example.org", "Ravi Reviewer");
		WebClient olga = signedIn("olga@example.org");

		HttpResponse<String> added = olga.submit(teamPage(), teamPage(),
				Map.of("email", "RAVI@example.org", "role", "REVIEWER", "microconference", "tracing"));

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(olga.page(teamPage()).select("[role=status]").text()).contains("The role is granted");
		long tracing = microconferences.find(event.id(), "tracing").orElseThrow().id();
		assertThat(rights.isReviewer(ravi, event.id(), tracing)).isTrue();
		assertThat(olga.page(teamPage()).select("table.team").text()).contains("Ravi Reviewer")
			.contains("Reviewer of Tracing");
		assertThat(mailTo("ravi@example.org")).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject())
				.isEqualTo("You are now a reviewer of the Tracing microconference of Team Conference"));
		assertThat(audit.find(AuditQuery.ofEvent(event.id()))).extracting(AuditRecord::action).contains("role-granted");

		Document again = Jsoup.parse(olga.submit(teamPage(), teamPage(),
				Map.of("email", "ravi@example.org", "role", "REVIEWER", "microconference", "tracing"))
			.body());
		assertThat(again.select("#email_error").text())
			.isEqualTo("ravi@example.org is already a reviewer of the Tracing microconference.");
	}

	@Test
	void anAddressWithoutAnAccountIsInvitedSignsUpAndAccepts() {
		WebClient olga = signedIn("olga@example.org");
		olga.submit(teamPage(), teamPage(), Map.of("email", "nina@example.org", "role", "ORGANISER"));
		assertThat(olga.page(teamPage()).select(".invitations").text()).contains("nina@example.org: organiser");
		String invitation = linkInLatestMailTo("nina@example.org");
		assertThat(invitation).startsWith("/invitation?token=");

		WebClient nina = browser();
		HttpResponse<String> firstVisit = nina.get(invitation);
		assertThat(firstVisit.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		nina.submit("/signup", "/signup",
				Map.of("name", "Nina New", "email", "nina@example.org", "password", "nina's password"));
		verify(nina, linkInLatestMailTo("nina@example.org"), "nina's password");
		assertThat(nina.signIn("nina@example.org", "nina's password")).startsWith("/invitation?token=");
		Document page = nina.page(invitation);
		assertThat(page.text()).contains("You are invited to be an organiser of the event of Team Conference");

		Document accepted = Jsoup.parse(nina.submit(invitation, "/invitation", Map.of()).body());

		assertThat(accepted.select("h1").text()).isEqualTo("Welcome");
		long ninaId = jdbc.sql("SELECT id FROM account WHERE email_key = 'nina@example.org'")
			.query(Long.class)
			.single();
		assertThat(rights.isOrganiser(ninaId, event.id())).isTrue();
		assertThat(nina.get(teamPage()).statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(nina.postWithToken("/invitation", Map.of("token", token(invitation))).body())
			.select("h1")
			.text()).isEqualTo("Invitation accepted");
		assertThat(rights.pendingInvitations(event.id())).isEmpty();
	}

	@Test
	void aWithdrawnInvitationNoLongerWorks() {
		WebClient olga = signedIn("olga@example.org");
		olga.submit(teamPage(), teamPage(), Map.of("email", "nina@example.org", "role", "ORGANISER"));
		String invitation = linkInLatestMailTo("nina@example.org");
		String withdraw = olga.page(teamPage()).select(".invitations form").attr("action");

		assertThat(olga.submit(teamPage(), withdraw, Map.of()).statusCode()).isEqualTo(302);

		long nina = accounts.account("nina@example.org", "Nina New");
		WebClient ninaBrowser = signedIn("nina@example.org");
		assertThat(ninaBrowser.page(invitation).select("h1").text()).isEqualTo("This invitation is no longer open");
		assertThat(Jsoup.parse(ninaBrowser.postWithToken("/invitation", Map.of("token", token(invitation))).body())
			.select("h1")
			.text()).isEqualTo("This invitation is no longer open");
		assertThat(rights.isOrganiser(nina, event.id())).isFalse();
	}

	@Test
	void revokingARoleWorksButTheLastOrganiserStays() {
		long ravi = accounts.account("ravi@example.org", "Ravi Reviewer");
		accounts.grant(event.id(), ravi, EventRole.ORGANISER, null);
		WebClient olga = signedIn("olga@example.org");
		String revokeRavi = olga.page(teamPage())
			.select("form:has(button[aria-label='Revoke the role of Ravi Reviewer'])")
			.attr("action");

		assertThat(olga.submit(teamPage(), revokeRavi, Map.of()).statusCode()).isEqualTo(302);
		assertThat(rights.isOrganiser(ravi, event.id())).isFalse();

		String revokeOlga = olga.page(teamPage())
			.select("form:has(button[aria-label='Revoke the role of Olga Organiser'])")
			.attr("action");
		Document refused = Jsoup.parse(olga.submit(teamPage(), revokeOlga, Map.of()).body());
		assertThat(refused.select("[role=alert]").text())
			.isEqualTo("Olga Organiser is the only organiser of this event; make someone else organiser first.");
		assertThat(rights.isOrganiser(organiser, event.id())).isTrue();
	}

	@Test
	void theTeamPageIsNotFoundForAnyoneButOrganisersAndAdmins() {
		accounts.account("ursula@example.org", "Ursula User");

		assertThat(signedIn("ursula@example.org").get(teamPage()).statusCode()).isEqualTo(404);
		assertThat(browser().get(teamPage()).statusCode()).isEqualTo(302);
		WebClient admin = browser();
		admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		assertThat(admin.get(teamPage()).statusCode()).isEqualTo(200);
		assertThat(admin.page("/admin").select("a[href=/manage/" + SLUG + "/team]")).isNotEmpty();
	}

	@Test
	void anMcNotYetAcceptedIsNoReviewerScope() {
		WebClient olga = signedIn("olga@example.org");
		accounts.account("ravi@example.org", "Ravi Reviewer");

		assertThat(olga.page(teamPage()).select("select[name=microconference] option").eachAttr("value"))
			.contains("tracing")
			.doesNotContain("proposed-mc");
		Document refused = Jsoup
			.parse(olga
				.submit(teamPage(), teamPage(),
						Map.of("email", "ravi@example.org", "role", "REVIEWER", "microconference", "proposed-mc"))
				.body());

		assertThat(refused.select("#microconference_error").text())
			.isEqualTo("Choose the microconference or track the reviewer reviews.");
		assertThat(rights.team(event.id())).hasSize(1);
	}

	@Test
	void badInputOnTheTeamFormIsToldFieldByFieldAndChangesNothing() {
		WebClient olga = signedIn("olga@example.org");

		Document refused = Jsoup.parse(olga.submit(teamPage(), teamPage(),
				Map.of("email", "not an address", "role", "REVIEWER", "microconference", "no-such-mc"))
			.body());

		assertThat(refused.select("#email_error").text()).contains("not an email address");
		assertThat(refused.select("#microconference_error").text())
			.isEqualTo("Choose the microconference or track the reviewer reviews.");
		assertThat(rights.team(event.id())).hasSize(1);
		assertThat(rights.pendingInvitations(event.id())).isEmpty();
	}

	@Test
	void invitingTheSameAddressTwiceInAMinuteMailsOnceAndAnswersTheSame() {
		WebClient olga = signedIn("olga@example.org");
		Map<String, String> invite = Map.of("email", "nina@example.org", "role", "ORGANISER");

		olga.submit(teamPage(), teamPage(), invite);
		olga.submit(teamPage(), teamPage(), Map.of("email", "Nina@Example.org", "role", "ORGANISER"));

		assertThat(olga.page(teamPage()).select("[role=status]").text()).contains("we have mailed an invitation");
		assertThat(rights.pendingInvitations(event.id())).hasSize(1);
		assertThat(mailTo("nina@example.org")).hasSize(1);

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		olga.submit(teamPage(), teamPage(), invite);

		assertThat(rights.pendingInvitations(event.id())).hasSize(1);
		assertThat(mailTo("nina@example.org")).hasSize(2);
	}

	@Test
	void twoOrganisersInvitingTheSameAddressAtOnceLeaveOneInvitationAndOneMail() throws Exception {
		SignedInAccount olga = new SignedInAccount(organiser, "olga@example.org", "Olga Organiser");
		SignedInAccount oscar = secondOrganiser();

		Race<Boolean> race = LockWaits.race(jdbc, transactions,
				() -> teams.grantOrInvite(olga, event, "nina@example.org", "REVIEWER", "tracing"),
				() -> teams.grantOrInvite(oscar, event, "NINA@example.org", "REVIEWER", "tracing"));

		assertThat(race.first()).isFalse();
		assertThat(race.second()).isFalse();
		assertThat(rights.pendingInvitations(event.id())).singleElement()
			.satisfies(invitation -> assertThat(invitation.email()).isEqualTo("nina@example.org"));
		assertThat(mailTo("nina@example.org")).hasSize(1);
		assertThat(audit.find(AuditQuery.ofEvent(event.id()))).extracting(AuditRecord::action)
			.containsOnlyOnce("invited");
	}

	@Test
	void twoOrganisersGrantingTheSameRoleAtOnceGrantItOnceAndTheSecondIsToldItIsHeld() throws Exception {
		long ravi = accounts.account("ravi@example.org", "Ravi Reviewer");
		SignedInAccount olga = new SignedInAccount(organiser, "olga@example.org", "Olga Organiser");
		SignedInAccount oscar = secondOrganiser();

		Race<Boolean> race = LockWaits.race(jdbc, transactions,
				() -> teams.grantOrInvite(olga, event, "ravi@example.org", "ORGANISER", null),
				() -> teams.grantOrInvite(oscar, event, "Ravi@example.org", "ORGANISER", null));

		assertThat(race.first()).isTrue();
		assertThat(race.secondFailure()).isInstanceOf(InvalidFields.class)
			.satisfies(refused -> assertThat(((InvalidFields) refused).messages()).containsEntry("email",
					"ravi@example.org is already an organiser of the event."));
		assertThat(rights.team(event.id())).filteredOn(grant -> grant.accountId() == ravi).hasSize(1);
		assertThat(mailTo("ravi@example.org")).hasSize(1);
	}

	private SignedInAccount secondOrganiser() {
		long oscar = accounts.account("oscar@example.org", "Oscar Organiser");
		accounts.grant(event.id(), oscar, EventRole.ORGANISER, null);
		return new SignedInAccount(oscar, "oscar@example.org", "Oscar Organiser");
	}

	private WebClient signedIn(String email) {
		WebClient client = browser();
		assertThat(client.signIn(email, AccountFixture.PASSWORD)).isEqualTo("/");
		return client;
	}

	private static String token(String invitationLink) {
		return invitationLink.substring(invitationLink.indexOf("token=") + "token=".length());
	}

	private static String teamPage() {
		return "/manage/" + SLUG + "/team";
	}

}
