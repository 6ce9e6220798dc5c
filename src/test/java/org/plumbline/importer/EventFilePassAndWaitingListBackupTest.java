package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.AccountPersons;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.registration.BackedUpPasses;
import org.plumbline.registration.BackedUpWaitingList;
import org.plumbline.registration.McPasses;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.registration.Registrations;
import org.plumbline.registration.WaitingList;
import org.plumbline.registration.WaitingTiers;
import org.plumbline.registration.WaitingTiers.Placement;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An event's MC passes, the registrations made with them and its waiting-list tiers
 * through its event data file and back: the passes given, used and revoked with the
 * number each MC has left, and the tiers, their order and the people placed by hand, so
 * the line waits in the same order; nobody is mailed.
 */
// Its accounts and persons outlive the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFilePassAndWaitingListBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final List<String> ADDRESSES = List.of("ann@pass.test", "bob@pass.test", "cy@pass.test",
			"eve@pass.test", "lead@pass.test", "org@pass.test");

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AccountPersons accountPersons;

	@Autowired
	RegistrationBackups registrationBackups;

	@Autowired
	Registrations registrations;

	@Autowired
	WaitingList waitingList;

	@Autowired
	WaitingTiers waitingTiers;

	@Autowired
	McPasses mcPasses;

	@BeforeEach
	void anEventWithPassesAndTiers() {
		removeEventAndAccounts();
		files.importFile(TestFiles.importer("ticket-types.json"), false);
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		Map<String, Long> ids = ADDRESSES.stream()
			.collect(Collectors.toMap(address -> address, address -> accounts.account(address, address)));
		long organiser = ids.get("org@pass.test");
		accounts.grant(event.id(), organiser, EventRole.ORGANISER, null);
		long iommu = microconference("iommu");
		long tracing = microconference("tracing");
		jdbc.sql("INSERT INTO mc_pass_quota (microconference_id, event_id, passes) VALUES (?, ?, 3)")
			.params(iommu, event.id())
			.update();
		jdbc.sql("INSERT INTO mc_pass_quota (microconference_id, event_id) VALUES (?, ?)")
			.params(tracing, event.id())
			.update();
		long lead = ids.get("lead@pass.test");
		long annsPass = pass(iommu, "MC pass: IOMMU", "Ann@pass.test", lead, "2026-01-02T10:00:00Z", null);
		pass(iommu, "MC pass: IOMMU", "guest@pass.test", lead, "2026-01-03T10:00:00Z", null);
		pass(tracing, "MC pass: Tracing", "old@pass.test", null, "2026-01-04T10:00:00Z", "2026-01-05T10:00:00Z");
		long bobsPass = pass(tracing, "MC pass: Tracing", "bob@pass.test", lead, "2026-01-05T10:00:00Z", null);
		pass(iommu, "MC pass: IOMMU", "old@pass.test", lead, "2026-01-06T10:00:00Z", null);
		jdbc.sql("UPDATE mc_pass SET used_at = ? WHERE id = ?")
			.params(timestamp("2026-01-07T10:00:00Z"), annsPass)
			.update();
		register("pass_id", annsPass, ids.get("ann@pass.test"), "ANN1", 0, "REGISTERED");
		register("pass_id", bobsPass, ids.get("bob@pass.test"), "BOB0", 0, "CANCELLED");
		long inPerson = ticketTypeId(EVENT, "In person");
		register("ticket_type_id", inPerson, ids.get("cy@pass.test"), "CY1", 1, "WAITING");
		register("ticket_type_id", inPerson, ids.get("bob@pass.test"), "BOB1", 2, "WAITING");
		register("ticket_type_id", inPerson, ids.get("eve@pass.test"), "EVE1", 3, "WAITING");
		jdbc.sql("UPDATE ticket_type SET arrivals = 3 WHERE id = ?").param(inPerson).update();
		// through the organisers' own page: a tier moved first, and a gap where one was
		// deleted
		waitingTiers.add(event, organiser, 0, "Volunteers", "");
		waitingTiers.add(event, organiser, 1, "Temporary", "");
		waitingTiers.add(event, organiser, 2, "Press", "PROPOSER");
		for (int number = 4, version = 3; number > 1; number--, version++) {
			waitingTiers.move(event, organiser, version, number, true);
		}
		waitingTiers.delete(event, organiser, 6, 5);
		waitingTiers.place(event, organiser, 7, new Placement("eve@pass.test", "1", "Runs the registration desk"));
		waitingTiers.place(event, organiser, 8, new Placement("cy@pass.test", "5", "Asked to wait"));
	}

	@AfterEach
	void removeEventAndAccounts() {
		removeEventAndAccounts(EVENT, ADDRESSES);
	}

	@Test
	void intoASiteWithoutItsAccountsThePassesAndTheWaitingLineComeBackAsTheyWere() {
		List<String> passesBefore = passesAsOrganisersSeeThem();
		List<String> storedPassesBefore = passesAsStored();
		List<String> lineBefore = waitingLineAndPassRegistrations();
		List<String> tiersBefore = tiersAsStored();
		List<String> placementsBefore = placementsAsOrganisersSeeThem();
		ExportedEventFile exported = files.export(EVENT);
		long mails = mails();
		removeEventAndAccounts();

		files.importFile(exported.json(), false);

		assertThat(passesAsOrganisersSeeThem()).isEqualTo(passesBefore)
			.containsExactly(
					"iommu quota 3 own true left 0 used 1: ann@pass.test used by ann@pass.test, "
							+ "guest@pass.test unused, old@pass.test unused",
					"tracing quota 2 own false left 1 used 0: bob@pass.test unused by bob@pass.test");
		assertThat(passesAsStored()).isEqualTo(storedPassesBefore)
			.contains("tracing MC pass: Tracing old@pass.test by null at 2026-01-04T10:00:00Z used null "
					+ "revoked 2026-01-05T10:00:00Z");
		assertThat(waitingLineAndPassRegistrations()).isEqualTo(lineBefore)
			.containsExactly("ANN1 ann@pass.test pass iommu ann@pass.test REGISTERED ended null",
					"BOB0 bob@pass.test pass tracing bob@pass.test CANCELLED ended 2026-01-09T10:00:00Z",
					"BOB1 bob@pass.test line 2 in Everyone else", "CY1 cy@pass.test line 3 in Press",
					"EVE1 eve@pass.test line 1 in Volunteers");
		assertThat(tiersAsStored()).isEqualTo(tiersBefore)
			.containsExactly("1 Volunteers null default false", "2 Speakers and MC leads SPEAKER_OR_LEAD default true",
					"3 Proposers PROPOSER default true", "4 Everyone else EVERYONE default true",
					"6 Press PROPOSER default false");
		assertThat(placementsAsOrganisersSeeThem()).isEqualTo(placementsBefore).hasSize(2);
		assertThat(mails()).as("a restore mails nobody").isEqualTo(mails);
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void anEventWithPassesAndTiersIsReplacedByItsOwnFileWithoutAsking() {
		ExportedEventFile exported = files.export(EVENT);
		List<String> lineBefore = waitingLineAndPassRegistrations();

		files.importFile(exported.json(), true);

		assertThat(waitingLineAndPassRegistrations()).isEqualTo(lineBefore);
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	/** Each MC's passes on the organisers' page: quota, those left and used, holders. */
	private List<String> passesAsOrganisersSeeThem() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		return mcPasses.ofEvent(event, account("org@pass.test"))
			.stream()
			.map(list -> list.microconference().slug() + " quota " + list.quota() + " own " + list.ownQuota() + " left "
					+ list.left() + " used " + list.used() + ": "
					+ list.passes()
						.stream()
						.map(pass -> pass.email().toLowerCase() + (pass.used() ? " used" : " unused")
								+ (pass.holderAccountId() == null ? "" : " by " + email(pass.holderAccountId())))
						.collect(Collectors.joining(", ")))
			.toList();
	}

	/** Every pass as stored, revoked ones included, with its MC and lead by name. */
	private List<String> passesAsStored() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		BackedUpPasses stored = registrationBackups.passes(event.id());
		return stored.passes()
			.stream()
			.map(pass -> slug(pass.microconferenceId()) + " " + pass.label() + " " + pass.email() + " by "
					+ (pass.assignedBy() == null ? null : email(pass.assignedBy())) + " at " + pass.assignedAt()
					+ " used " + pass.usedAt() + " revoked " + pass.revokedAt())
			.toList();
	}

	/**
	 * Every registration: one made with a pass by its pass's MC and address, one that
	 * waits by its place in the line and the tier it stands in.
	 */
	private List<String> waitingLineAndPassRegistrations() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		Map<Long, BackedUpPasses.Pass> passes = registrationBackups.passes(event.id())
			.passes()
			.stream()
			.collect(Collectors.toMap(BackedUpPasses.Pass::id, pass -> pass));
		return registrationBackups.registrations(event.id()).stream().map(registration -> {
			String head = registration.reference() + " " + email(registration.accountId());
			if (registration.passId() != null) {
				BackedUpPasses.Pass pass = passes.get(registration.passId());
				return head + " pass " + slug(pass.microconferenceId()) + " " + pass.email().toLowerCase() + " "
						+ registration.status() + " ended " + registration.endedAt();
			}
			var waiting = registrations.mine(event, registration.accountId()).orElseThrow();
			return head + " line " + waitingList.position(event, waiting) + " in "
					+ waitingList.tier(event, waiting).name();
		}).sorted().toList();
	}

	/** The saved tiers with their stored places, which may have gaps. */
	private List<String> tiersAsStored() {
		BackedUpWaitingList list = registrationBackups.waitingList(catalog.findBySlug(EVENT).orElseThrow().id())
			.orElseThrow();
		return list.tiers()
			.stream()
			.map(tier -> tier.position() + " " + tier.name() + " " + tier.standingRule() + " default "
					+ tier.isDefault())
			.toList();
	}

	private List<String> placementsAsOrganisersSeeThem() {
		return waitingTiers.placements(catalog.findBySlug(EVENT).orElseThrow(), account("org@pass.test"))
			.stream()
			.map(placement -> placement.accountEmail() + " in " + placement.tierName() + " by " + placement.placedBy()
					+ " at " + placement.placedAt() + ": " + placement.reason())
			.toList();
	}

	private long pass(long mc, String label, String email, Long lead, String assignedAt, String revokedAt) {
		String key = email.toLowerCase();
		jdbc.sql("""
				INSERT INTO mc_pass (event_id, microconference_id, label, email, email_key, live_email_key,
				                     assigned_by, assigned_at, revoked_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(catalog.findBySlug(EVENT).orElseThrow().id(), mc, label, email, key, revokedAt == null ? key : null,
					lead, timestamp(assignedAt), revokedAt == null ? null : timestamp(revokedAt))
			.update();
		return jdbc.sql("SELECT MAX(id) FROM mc_pass").query(Long.class).single();
	}

	/**
	 * A registration as the registration feature stores one, for a ticket type or with a
	 * pass ({@code column} names which).
	 */
	private void register(String column, long typeOrPass, long account, String reference, long arrival, String status) {
		boolean ended = status.equals("CANCELLED");
		boolean pass = column.equals("pass_id");
		jdbc.sql("""
				INSERT INTO registration (event_id, %s, account_id, active_account_id, reference, arrival, status,
				    price_minor, currency, joined_line, ended_at, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(column))
			.params(catalog.findBySlug(EVENT).orElseThrow().id(), typeOrPass, account, ended ? null : account,
					reference, arrival, status, pass ? 0 : 25000, pass ? null : "EUR", !pass,
					ended ? timestamp("2026-01-09T10:00:00Z") : null, timestamp("2026-01-08T10:00:00Z"),
					timestamp("2026-01-08T11:00:00Z"))
			.update();
	}

	private long microconference(String slug) {
		return jdbc
			.sql("SELECT m.id FROM microconference m JOIN event e ON e.id = m.event_id "
					+ "WHERE e.slug = ? AND m.slug = ?")
			.params(EVENT, slug)
			.query(Long.class)
			.single();
	}

	private String slug(long microconferenceId) {
		return jdbc.sql("SELECT slug FROM microconference WHERE id = ?")
			.param(microconferenceId)
			.query(String.class)
			.single();
	}

	private long account(String email) {
		return accountPersons.accountOf(email).orElseThrow().id();
	}

	private String email(long accountId) {
		return accountPersons.summaries(List.of(accountId)).get(accountId).email();
	}

}
