package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.AccountBackups;
import org.plumbline.account.AccountPersons;
import org.plumbline.account.PendingInvitation;
import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.account.Teams;
import org.plumbline.account.Teams.Invitation;
import org.plumbline.cfp.CoSpeakerInvitation;
import org.plumbline.cfp.CoSpeakers;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.microconference.McCoLeadInvitations;
import org.plumbline.microconference.McProposal.InvitationState;
import org.plumbline.microconference.McProposalInvitation;
import org.plumbline.microconference.McProposer;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.MicroconferenceBackups;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.schedule.AgendaFeedBackups;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.schedule.PersonalAgendas;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.token.OneTimeTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The invitations (to roles, to co-lead a proposed MC, to speak on a topic), open and
 * closed, and the personal agendas' calendar-feed addresses through an event data file
 * and back, into a site without their accounts: each under the SHA-256 of its link's
 * token, so that the link mailed or subscribed to before the export answers after the
 * restore as it did: an open invitation is accepted by it, an expired, withdrawn or
 * answered one is shown so, and a feed address opens the same owner's agenda. The file
 * holds no token.
 */
// Its accounts and persons outlive the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileInvitationBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final List<String> ADDRESSES = List.of("olga@invitations.test", "ada@invitations.test",
			"kim@invitations.test", "new@invitations.test", "colead@invitations.test", "cospeaker@invitations.test");

	private static final String FAR = "2099-01-01T00:00:00Z";

	private static final String PAST = "2026-01-01T00:00:00Z";

	private static final UUID TOPIC = UUID.fromString("00000000-0000-4000-8000-00000000a002");

	/** Talks of the released timetable, in the MC IOMMU and in the refereed track. */
	private static final UUID PAGE_TABLES = UUID.fromString("00000000-0000-4000-8000-00000000a001"),
			COMPILERS = UUID.fromString("00000000-0000-4000-8000-00000000a003");

	/** The tokens of the links, as mailed or subscribed to before the export. */
	private static final String ORGANISER_OPEN = token(), REVIEWER_EXPIRED = token(), ORGANISER_WITHDRAWN = token(),
			REVIEWER_ACCEPTED = token(), CO_LEAD_OPEN = token(), CO_LEAD_DECLINED = token(), CO_LEAD_CLOSED = token(),
			CO_SPEAKER_OPEN = token(), CO_SPEAKER_REVOKED = token(), OLGAS_FEED = token(), VISITORS_FEED = token(),
			VISITOR_ID = InterestMarker.newVisitorId();

	@Autowired
	PasswordEncoder passwords;

	private int roleInvitations;

	@Autowired
	AccountPersons accountPersons;

	@Autowired
	AccountBackups accountBackups;

	@Autowired
	MicroconferenceBackups microconferenceBackups;

	@Autowired
	TopicBackups topicBackups;

	@Autowired
	AgendaFeedBackups agendaFeedBackups;

	@Autowired
	Teams teams;

	@Autowired
	Rights rights;

	@Autowired
	McCoLeadInvitations coLeads;

	@Autowired
	CoSpeakers coSpeakers;

	@Autowired
	PersonalAgendas agendas;

	@Autowired
	InterestMarks interest;

	@BeforeEach
	void anEventWithInvitationsInEveryStateAndTwoFeedsOfMarkedAgendas() {
		removeEventAndAccounts(EVENT, ADDRESSES);
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		long event = event().id();
		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		long olga = accounts.account("olga@invitations.test", "Olga Organiser");
		long ada = accounts.account("ada@invitations.test", "Ada Proposer");
		long kim = accounts.account("kim@invitations.test", "Kim Reviewer");
		long iommu = id("SELECT id FROM microconference WHERE event_id = ? AND slug = 'iommu'", event);
		long refereed = id("SELECT id FROM plain_track WHERE event_id = ? AND slug = 'refereed'", event);
		roleInvitation(event, "new@invitations.test", "ORGANISER", null, null, ORGANISER_OPEN, olga, FAR);
		roleInvitation(event, "Late@Invitations.test", "REVIEWER", iommu, null, REVIEWER_EXPIRED, olga, PAST);
		roleInvitation(event, "old@invitations.test", "ORGANISER", null, null, ORGANISER_WITHDRAWN, null, FAR);
		jdbc.sql("UPDATE role_invitation SET revoked_at = ?, still_open = NULL WHERE token_hash = ?")
			.params(timestamp("2026-03-05T10:00:00Z"), OneTimeTokens.hash(ORGANISER_WITHDRAWN))
			.update();
		roleInvitation(event, "kim@invitations.test", "REVIEWER", null, refereed, REVIEWER_ACCEPTED, olga, FAR);
		jdbc.sql("UPDATE role_invitation SET accepted_at = ?, accepted_by = ?, still_open = NULL WHERE token_hash = ?")
			.params(timestamp("2026-03-06T10:00:00Z"), kim, OneTimeTokens.hash(REVIEWER_ACCEPTED))
			.update();
		long kvm = microconferences
			.create(event,
					new NewMicroconference(null, "proposal-kvm", "KVM", McStatus.PROPOSED, "Why KVM.", List.of(),
							List.of(), NewMicroconference.DEFAULT_LEADS_CAPTION, List.of()))
			.id();
		jdbc.sql("""
				INSERT INTO mc_proposal (microconference_id, event_id, proposed_by, submission_key, created_at,
				                         updated_at, submitted_at)
				VALUES (?, ?, ?, 'kvm', ?, ?, ?)""")
			.params(kvm, event, ada, timestamp("2026-02-01T08:00:00Z"), timestamp("2026-02-01T08:00:00Z"),
					timestamp("2026-02-01T08:00:00Z"))
			.update();
		coLeadInvitation(kvm, "colead@invitations.test", CO_LEAD_CLOSED, ada, "2026-02-02T08:00:00Z", PAST, null);
		coLeadInvitation(kvm, "colead@invitations.test", CO_LEAD_OPEN, ada, "2026-02-03T08:00:00Z", FAR, true);
		coLeadInvitation(kvm, "no@invitations.test", CO_LEAD_DECLINED, ada, "2026-02-03T09:00:00Z", FAR, null);
		jdbc.sql("""
				UPDATE mc_proposal_invitation SET answer = 'DECLINED', answered_at = ?, still_open = NULL
				WHERE token_hash = ?""")
			.params(timestamp("2026-02-04T08:00:00Z"), OneTimeTokens.hash(CO_LEAD_DECLINED))
			.update();
		long topic = topic(event, TOPIC);
		coSpeakerInvitation(topic, "cospeaker@invitations.test", CO_SPEAKER_OPEN, ada, FAR, null, null);
		coSpeakerInvitation(topic, "cospeaker@invitations.test", CO_SPEAKER_REVOKED, ada, FAR, "REVOKED", olga);
		feed(event, olga, null, OLGAS_FEED, "2026-03-01T08:00:00Z");
		feed(event, null, OneTimeTokens.hash(VISITOR_ID), VISITORS_FEED, "2026-03-02T08:00:00Z");
		InterestMarker visitor = InterestMarker.visitor(VISITOR_ID);
		interest.mark(event, visitor, InterestSubject.microconference(iommu));
		interest.mark(event, visitor, InterestSubject.talk(topic(event, COMPILERS)));
		interest.mark(event, InterestMarker.account(olga), InterestSubject.talk(topic(event, PAGE_TABLES)));
	}

	@AfterEach
	void removeEvent() {
		removeEventAndAccounts(EVENT, ADDRESSES);
	}

	@Test
	void intoASiteWithoutTheirAccountsTheInvitationsAndFeedsComeBackFieldByFieldAndTheirLinksAnswerAsBefore() {
		List<String> before = invitationsAndFeeds();
		List<String> visitorsAgenda = agenda(InterestMarker.visitor(VISITOR_ID));
		assertThat(visitorsAgenda).as("the visitor's marked MC's session and marked talk").hasSize(2);
		assertThat(visitorsAgenda.get(0)).contains("IOMMU");
		assertThat(visitorsAgenda.get(1)).contains("Compilers");
		List<String> olgasAgenda = agenda(InterestMarker.account(olga()));
		assertThat(olgasAgenda).singleElement().asString().contains("Page tables");
		ExportedEventFile exported = files.export(EVENT);
		String text = TestFiles.text(exported.json());
		assertThat(text).as("no token of a link nor the visitor's id")
			.doesNotContain(ORGANISER_OPEN, REVIEWER_EXPIRED, CO_LEAD_OPEN, CO_SPEAKER_OPEN, OLGAS_FEED, VISITOR_ID)
			.contains("\"tokenSha256\": \"" + OneTimeTokens.hash(ORGANISER_OPEN) + "\"",
					"\"visitorSha256\": \"" + OneTimeTokens.hash(VISITOR_ID) + "\"");
		removeEventAndAccounts(EVENT, ADDRESSES);
		long mailsBefore = mails();

		files.importFile(exported.json(), false);

		assertThat(invitationsAndFeeds()).isEqualTo(before).hasSize(11);
		assertThat(mails()).as("nobody is mailed").isEqualTo(mailsBefore);
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(text);
		assertThat(rights.pendingInvitations(event().id())).as("the organisers' list of pending invitations")
			.extracting(PendingInvitation::email)
			.containsExactly("new@invitations.test", "Late@Invitations.test");

		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		SignedInAccount invitee = signedIn(accounts.account("new@invitations.test", "New Organiser"));
		assertThat(teams.invitation(REVIEWER_EXPIRED)).map(Invitation::state).hasValue(Invitation.State.EXPIRED);
		assertThat(teams.accept(invitee, REVIEWER_EXPIRED)).map(Invitation::state).hasValue(Invitation.State.EXPIRED);
		assertThat(teams.accept(invitee, ORGANISER_WITHDRAWN)).map(Invitation::state)
			.hasValue(Invitation.State.WITHDRAWN);
		assertThat(teams.invitation(REVIEWER_ACCEPTED)).map(Invitation::state).hasValue(Invitation.State.ACCEPTED);
		assertThat(rights.isOrganiser(invitee.id(), event().id())).isFalse();
		assertThat(teams.accept(invitee, ORGANISER_OPEN)).map(Invitation::state).hasValue(Invitation.State.ACCEPTED);
		assertThat(rights.isOrganiser(invitee.id(), event().id())).as("the mailed link granted the role").isTrue();

		long colead = accounts.account("colead@invitations.test", "Colead");
		McProposer coLeadProposer = new McProposer(colead, accountPersons.verifiedPersonId(colead).orElseThrow(),
				"Colead", "colead@invitations.test");
		assertThat(coLeads.invitationFor(CO_LEAD_CLOSED, colead)).map(McProposalInvitation::state)
			.hasValue(InvitationState.EXPIRED);
		assertThat(coLeads.answer(CO_LEAD_OPEN, coLeadProposer, true)).map(McProposalInvitation::state)
			.hasValue(InvitationState.ACCEPTED);

		long cospeaker = accounts.account("cospeaker@invitations.test", "Cospeaker");
		assertThat(coSpeakers.forInvitee(cospeaker, CO_SPEAKER_OPEN)).map(CoSpeakerInvitation::state)
			.hasValue(CoSpeakerInvitation.State.OPEN);
		assertThat(coSpeakers.forInvitee(cospeaker, CO_SPEAKER_REVOKED)).map(CoSpeakerInvitation::state)
			.hasValue(CoSpeakerInvitation.State.REVOKED);

		long olga = olga();
		assertThat(agendas.feedOwner(event(), OLGAS_FEED)).hasValue(InterestMarker.account(olga));
		assertThat(agenda(InterestMarker.account(olga))).as("Olga's agenda, by her restored account")
			.isEqualTo(olgasAgenda);
		assertThat(agendas.feedOwner(event(), VISITORS_FEED)).hasValue(InterestMarker.visitor(VISITOR_ID));
		assertThat(agenda(InterestMarker.visitor(VISITOR_ID))).as("the visitor's agenda, as their feed shows it")
			.isEqualTo(visitorsAgenda);
	}

	@Test
	void aLinkHashThatIsNoSha256IsRefusedAtItsLineWithNothingWritten() {
		String exported = TestFiles.text(files.export(EVENT).json());
		String hash = "\"tokenSha256\": \"" + OneTimeTokens.hash(CO_LEAD_OPEN) + "\"";
		assertThat(exported).contains(hash);
		removeEventAndAccounts(EVENT, ADDRESSES);
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class, () -> files.importFile(
				exported.replace(hash, "\"tokenSha256\": \"" + CO_LEAD_OPEN + "\"").getBytes(StandardCharsets.UTF_8),
				false));

		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/coLeadInvitations/1/tokenSha256"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private Event event() {
		return catalog.findBySlug(EVENT).orElseThrow();
	}

	/**
	 * The marker's agenda as its calendar feed shows it: the rooms by name, not by the
	 * ids a restore gives them anew.
	 */
	private List<String> agenda(InterestMarker marker) {
		return agendas.of(event(), marker)
			.stream()
			.map(item -> String.join(" | ", item.guid().toString(), item.title(), item.trackTitle(), item.room().name(),
					item.startsAt() + "-" + item.endsAt(), item.wholeSession() ? "whole session" : "talk"))
			.toList();
	}

	private long olga() {
		return id("SELECT id FROM account WHERE email_key = ?", "olga@invitations.test");
	}

	private long topic(long event, UUID guid) {
		return jdbc.sql("SELECT id FROM topic WHERE event_id = ? AND guid = ?")
			.params(event, guid)
			.query(Long.class)
			.single();
	}

	private long id(String sql, Object parameter) {
		return jdbc.sql(sql).param(parameter).query(Long.class).single();
	}

	private SignedInAccount signedIn(long account) {
		return jdbc.sql("SELECT id, email, display_name FROM account WHERE id = ?")
			.param(account)
			.query((rs, row) -> new SignedInAccount(rs.getLong("id"), rs.getString("email"),
					rs.getString("display_name")))
			.single();
	}

	/** Made a minute after the one before, in the order of the calls. */
	private void roleInvitation(long event, String email, String role, Long mc, Long track, String token,
			Long invitedBy, String expiresAt) {
		roleInvitations++;
		String scope = mc != null ? "mc:" + mc : track != null ? "track:" + track : "event";
		jdbc.sql("""
				INSERT INTO role_invitation (event_id, email, email_key, role, microconference_id, plain_track_id,
				                             scope_key, token_hash, invited_by, created_at, expires_at)
				VALUES (?, ?, LOWER(?), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event, email, email, role, mc, track, scope, OneTimeTokens.hash(token), invitedBy,
					timestamp("2026-03-01T10:00:00Z").plusMinutes(roleInvitations), timestamp(expiresAt))
			.update();
	}

	private void coLeadInvitation(long mc, String email, String token, long invitedBy, String createdAt,
			String expiresAt, Boolean open) {
		jdbc.sql("""
				INSERT INTO mc_proposal_invitation (microconference_id, email, email_key, token_hash, invited_by,
				                                    created_at, expires_at, still_open)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mc, email, email, OneTimeTokens.hash(token), invitedBy, timestamp(createdAt), timestamp(expiresAt),
					open)
			.update();
	}

	private void coSpeakerInvitation(long topic, String email, String token, long invitedBy, String expiresAt,
			String outcome, Long closedBy) {
		jdbc.sql("""
				INSERT INTO co_speaker_invitation (topic_id, email, email_key, token_hash, invited_by, created_at,
				                                   expires_at, closed_at, outcome, answered_by, still_open)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(topic, email, email, OneTimeTokens.hash(token), invitedBy, timestamp("2026-03-01T10:00:00Z"),
					timestamp(expiresAt), outcome == null ? null : timestamp("2026-03-02T10:00:00Z"), outcome, closedBy,
					outcome == null ? Boolean.TRUE : null)
			.update();
	}

	private void feed(long event, Long account, String visitorHash, String token, String createdAt) {
		jdbc.sql("""
				INSERT INTO agenda_feed (event_id, account_id, visitor_hash, token_hash, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(event, account, visitorHash, OneTimeTokens.hash(token), timestamp(createdAt))
			.update();
	}

	/**
	 * The event's invitations and feeds as their features read them for a backup,
	 * accounts by address, MCs and tracks by slug, topics by GUID.
	 */
	private List<String> invitationsAndFeeds() {
		long event = event().id();
		return Stream
			.of(accountBackups.roleInvitations(event)
				.stream()
				.map(invitation -> invitation.email() + " " + invitation.role() + " "
						+ slug("microconference", invitation.microconferenceId()) + " "
						+ slug("plain_track", invitation.plainTrackId()) + " " + invitation.tokenSha256() + " by "
						+ address(invitation.invitedBy()) + " " + invitation.createdAt() + " until "
						+ invitation.expiresAt() + " accepted " + invitation.acceptedAt() + " by "
						+ address(invitation.acceptedBy()) + " revoked " + invitation.revokedAt()),
					microconferenceBackups.coLeadInvitations(event)
						.stream()
						.map(invitation -> slug("microconference", invitation.microconferenceId()) + " "
								+ invitation.email() + " " + invitation.tokenSha256() + " by "
								+ address(invitation.invitedBy()) + " " + invitation.createdAt() + " until "
								+ invitation.expiresAt() + " " + invitation.answer() + " by "
								+ address(invitation.answeredBy()) + " at " + invitation.answeredAt() + " closed "
								+ invitation.closedUnanswered()),
					topicBackups.coSpeakerInvitations(event)
						.stream()
						.map(invitation -> guid(invitation.topicId()) + " " + invitation.email() + " "
								+ invitation.tokenSha256() + " by " + address(invitation.invitedBy()) + " "
								+ invitation.createdAt() + " until " + invitation.expiresAt() + " "
								+ invitation.outcome() + " at " + invitation.closedAt() + " by "
								+ address(invitation.answeredBy())),
					agendaFeedBackups.feeds(event)
						.stream()
						.map(feed -> "feed of " + address(feed.accountId()) + " " + feed.visitorSha256() + " "
								+ feed.tokenSha256() + " " + feed.createdAt()))
			.flatMap(lines -> lines)
			.toList();
	}

	private String slug(String table, Long id) {
		return id == null ? "-"
				: jdbc.sql("SELECT slug FROM " + table + " WHERE id = ?").param(id).query(String.class).single();
	}

	private String guid(long topicId) {
		return jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(topicId).query(UUID.class).single().toString();
	}

	private String address(Long accountId) {
		return accountId == null ? "(none)"
				: jdbc.sql("SELECT email FROM account WHERE id = ?").param(accountId).query(String.class).single();
	}

	private static String token() {
		return OneTimeTokens.generate();
	}

}
