package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.AccountPersons;
import org.plumbline.microconference.BackedUpMcProposal;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.MicroconferenceBackups;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonSummary;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The Call for Microconferences' proposals through an event data file and back, into a
 * site without their accounts and leads-to-be: each proposal's MC in its state (a draft,
 * one proposed with a decision recorded and not announced, one announced accepted whose
 * proposer's account is gone, one announced rejected whose decider's account is gone),
 * its proposer, decision, instants, leads-to-be as written with their persons and
 * addresses, and the organisers' reviews. Their co-lead invitations:
 * {@link EventFileInvitationBackupTest}.
 */
// Its accounts and persons outlive the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileProposalBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final List<String> ADDRESSES = List.of("olga@proposals.test", "ben@proposals.test",
			"ada@proposals.test", "gone@proposals.test");

	private static final String KVM_SCORE = "\"score\": 2";

	@Autowired
	MicroconferenceBackups microconferenceBackups;

	private UUID coLeadGuid;

	@Autowired
	AccountPersons accountPersons;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void anEventWithProposalsInEveryState() {
		removeEventAndAccounts(EVENT, ADDRESSES);
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		long olga = accounts.account("olga@proposals.test", "Olga Organiser");
		long ben = accounts.account("ben@proposals.test", "Ben Organiser");
		long ada = accounts.account("ada@proposals.test", "Ada Proposer");
		long adaPerson = accountPersons.verifiedPersonId(ada).orElseThrow();
		PersonSummary coLead = directory.create("Joerg Colead", List.of("Joerg Colead"), null);
		coLeadGuid = coLead.guid();
		long joerg = coLead.id();
		long kvm = mc(event, "proposal-kvm", "KVM", McStatus.PROPOSED);
		proposal(kvm, event, ada, "ACCEPTED", olga, "2026-03-02T10:00:00Z", "2026-02-01T08:00:00Z", null);
		lead(kvm, 1, adaPerson, "Ada P.", "Ada@Proposals.test");
		lead(kvm, 2, joerg, "Jörg Colead", "joerg@elsewhere.test");
		review(kvm, olga, "Olga Organiser", 2, "Strong.\nKeep it.", "2026-03-01T09:00:00Z");
		review(kvm, ben, "Ben Organiser", -1, null, "2026-03-01T09:00:00Z");
		long rust = mc(event, "proposal-rust", "Rust", McStatus.DRAFT);
		proposal(rust, event, ada, null, null, null, null, null);
		lead(rust, 1, adaPerson, "Ada Proposer", "ada@proposals.test");
		long iommu = jdbc.sql("SELECT id FROM microconference WHERE event_id = ? AND slug = 'iommu'")
			.param(event)
			.query(Long.class)
			.single();
		proposal(iommu, event, null, "ACCEPTED", olga, "2026-03-03T10:00:00Z", "2026-02-03T08:00:00Z",
				"2026-03-04T12:00:00Z");
		lead(iommu, 1, joerg, "Joerg Colead", "joerg@elsewhere.test");
		review(iommu, ben, "Ben (then)", 1, "Fine.", "2026-02-20T09:00:00Z");
		long ebpf = mc(event, "proposal-ebpf", "eBPF", McStatus.REJECTED);
		proposal(ebpf, event, ada, "REJECTED", null, "2026-03-03T11:00:00Z", "2026-02-04T08:00:00Z",
				"2026-03-04T12:00:00Z");
		lead(ebpf, 1, adaPerson, "Ada Proposer", "ada@proposals.test");
	}

	@AfterEach
	void removeEvent() {
		removeEventAndAccounts(EVENT, ADDRESSES);
	}

	@Test
	void intoASiteWithoutTheirAccountsAndLeadsTheProposalsComeBackFieldByField() {
		List<String> before = proposals();
		ExportedEventFile exported = files.export(EVENT);
		removeEventAndAccounts(EVENT, ADDRESSES);
		removeUnreferencedPersons();
		assertThat(directory.findByGuid(coLeadGuid)).as("a site that never held the co-lead").isEmpty();

		files.importFile(exported.json(), false);

		assertThat(proposals()).isEqualTo(before)
			.containsExactly(
					"iommu ACCEPTED by (none) created 2026-02-03T08:00:00Z submitted 2026-02-03T08:00:00Z "
							+ "decision ACCEPTED by olga@proposals.test at 2026-03-03T10:00:00Z "
							+ "announced 2026-03-04T12:00:00Z leads [Joerg Colead (Joerg Colead) joerg@elsewhere.test] "
							+ "reviews [ben@proposals.test as Ben (then) +1 [Fine.] at 2026-02-20T09:00:00Z]",
					"proposal-kvm PROPOSED by ada@proposals.test created 2026-02-01T08:00:00Z "
							+ "submitted 2026-02-01T08:00:00Z decision ACCEPTED by olga@proposals.test at "
							+ "2026-03-02T10:00:00Z announced null leads [Ada P. (Ada Proposer) Ada@Proposals.test, "
							+ "Jörg Colead (Joerg Colead) joerg@elsewhere.test] reviews [ben@proposals.test as Ben "
							+ "Organiser -1 [null] at 2026-03-01T09:00:00Z, olga@proposals.test as Olga Organiser +2 "
							+ "[Strong.\nKeep it.] at 2026-03-01T09:00:00Z]",
					"proposal-rust DRAFT by ada@proposals.test created 2026-01-20T08:00:00Z submitted null "
							+ "decision null by (none) at null announced null leads [Ada Proposer (Ada Proposer) "
							+ "ada@proposals.test] reviews []",
					"proposal-ebpf REJECTED by ada@proposals.test created 2026-02-04T08:00:00Z "
							+ "submitted 2026-02-04T08:00:00Z decision REJECTED by (none) at 2026-03-03T11:00:00Z "
							+ "announced 2026-03-04T12:00:00Z leads [Ada Proposer (Ada Proposer) ada@proposals.test] "
							+ "reviews []");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void aFileWithoutProposalsImportsWithNoneAndAScoreOutOfRangeIsRefusedWithNothingWritten() {
		String exported = TestFiles.text(files.export(EVENT).json());
		assertThat(exported).contains(KVM_SCORE);
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		assertThat(proposals()).as("a file of before the proposals were carried").isEmpty();
		removeEvent();
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class, () -> files
			.importFile(exported.replace(KVM_SCORE, "\"score\": 3").getBytes(StandardCharsets.UTF_8), false));

		assertThat(refused.problems()).singleElement()
			.satisfies(
					problem -> assertThat(problem.pointer()).isEqualTo("/microconferenceProposals/1/reviews/1/score"))
			.satisfies(problem -> assertThat(problem.message()).isEqualTo("must have a maximum value of 2"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private long mc(long event, String slug, String title, McStatus status) {
		return microconferences
			.create(event,
					new NewMicroconference(null, slug, title, status, "Why " + title + ".", List.of(), List.of(),
							NewMicroconference.DEFAULT_LEADS_CAPTION, List.of()))
			.id();
	}

	/** A proposal created a month before it was submitted, drafts never submitted. */
	private void proposal(long mc, long event, Long proposer, String decision, Long decider, String decidedAt,
			String submittedAt, String announcedAt) {
		String created = submittedAt == null ? "2026-01-20T08:00:00Z" : submittedAt;
		jdbc.sql("""
				INSERT INTO mc_proposal (microconference_id, event_id, proposed_by, submission_key, pending_status,
				                         decided_by, decided_at, created_at, updated_at, submitted_at, announced_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mc, event, proposer, "key-" + mc, decision, decider,
					decidedAt == null ? null : timestamp(decidedAt), timestamp(created), timestamp(created),
					submittedAt == null ? null : timestamp(submittedAt),
					announcedAt == null ? null : timestamp(announcedAt))
			.update();
	}

	private void lead(long mc, int position, long person, String name, String email) {
		jdbc.sql("""
				INSERT INTO mc_proposal_lead (microconference_id, position, person_id, name_as_written, email)
				VALUES (?, ?, ?, ?, ?)""").params(mc, position, person, name, email).update();
	}

	private void review(long mc, long reviewer, String name, int score, String comment, String at) {
		jdbc.sql("""
				INSERT INTO mc_proposal_review (microconference_id, reviewer_id, reviewer_name, score, comment,
				                                updated_at)
				VALUES (?, ?, ?, ?, ?, ?)""").params(mc, reviewer, name, score, comment, timestamp(at)).update();
	}

	/**
	 * The event's proposals as microconference/ reads them for a backup, MCs by slug and
	 * state, accounts by address, leads by their name as written, their person's name and
	 * address.
	 */
	private List<String> proposals() {
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		Map<Long, Microconference> mcs = new HashMap<>();
		microconferences.forEvent(event).forEach(mc -> mcs.put(mc.id(), mc));
		List<BackedUpMcProposal> proposals = microconferenceBackups.proposals(event);
		Map<Long, PersonSummary> persons = directory.findAll(proposals.stream()
			.flatMap(proposal -> proposal.leads().stream())
			.map(BackedUpMcProposal.Lead::personId)
			.toList());
		return proposals.stream().map(proposal -> {
			Microconference mc = mcs.get(proposal.microconferenceId());
			return mc.slug() + " " + mc.status() + " by " + address(proposal.proposedBy()) + " created "
					+ proposal.createdAt() + " submitted " + proposal.submittedAt() + " decision "
					+ proposal.pendingDecision() + " by " + address(proposal.decidedBy()) + " at "
					+ proposal.decidedAt() + " announced " + proposal.announcedAt() + " leads "
					+ proposal.leads()
						.stream()
						.map(lead -> lead.nameAsWritten() + " (" + persons.get(lead.personId()).displayName() + ") "
								+ lead.email())
						.toList()
					+ " reviews "
					+ proposal.reviews()
						.stream()
						.map(review -> address(review.reviewerId()) + " as " + review.reviewerName() + " "
								+ (review.score() > 0 ? "+" : "") + review.score() + " [" + review.comment() + "] at "
								+ review.updatedAt())
						.toList();
		}).toList();
	}

	private String address(Long accountId) {
		return accountId == null ? "(none)"
				: jdbc.sql("SELECT email FROM account WHERE id = ?").param(accountId).query(String.class).single();
	}

}
