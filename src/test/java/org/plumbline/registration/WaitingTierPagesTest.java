package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.event.NewEvent;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisers' page of the waiting list's tiers: the tiers in order with their rules
 * in words, renamed, moved, added and deleted, and people placed by hand by their
 * account's address with a reason. Bad input is told beside its field and changes nothing
 * (not even the defaults are saved), a stale form is told, two first changes at once save
 * the defaults once, anyone but an organiser gets 404, and the database refuses a bad row
 * by itself. {@link WaitingTierPagesPostgresTest} runs the same on PostgreSQL.
 */
class WaitingTierPagesTest extends WaitingTierWebTest {

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theManagePageAndTheTicketTypesLinkToThePageWhichListsTheDefaultTiersWithTheirRulesInWords() {
		WebClient olga = signedIn(ORGANISER);

		assertThat(olga.page("/manage/" + EVENT).select("a[href=" + TIERS + "]").text())
			.isEqualTo("Waiting list tiers");
		assertThat(olga.page(LIST).select("a[href=" + TIERS + "]")).hasSize(1);
		Document page = olga.page(TIERS);

		assertThat(page.select("table.waiting-tiers tbody tr").eachText()).containsExactly(
				"1 Rename Speakers of an accepted or confirmed topic, and leads of an accepted MC 0 Down Default",
				"2 Rename People with a submitted topic or MC proposal (not withdrawn) 0 Up Down Default",
				"3 Rename Everyone 0 Up Default");
		assertThat(page.select("table.waiting-tiers tbody input[name=name]").eachAttr("value"))
			.containsExactly("Speakers and MC leads", "Proposers", "Everyone else");
		assertThat(page.select("#tier option").eachText()).containsExactly("choose a tier", "1. Speakers and MC leads",
				"2. Proposers", "3. Everyone else");
	}

	@Test
	void anOrganiserRenamesAndMovesATierAndTheFirstChangeSavesTheDefaultsWithIt() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> renamed = olga.submit(TIERS, TIERS + "/3/name",
				Map.of("name", "Everyone else, first come"));
		HttpResponse<String> moved = olga.submit(TIERS, TIERS + "/3/move", Map.of("direction", "up"));

		assertThat(renamed.statusCode()).isEqualTo(302);
		assertThat(moved.statusCode()).isEqualTo(302);
		Document page = olga.page(TIERS);
		assertThat(page.select("[role=status]").text()).isEqualTo("Moved tier 3 up.");
		assertThat(page.select("table.waiting-tiers tbody input[name=name]").eachAttr("value"))
			.containsExactly("Speakers and MC leads", "Everyone else, first come", "Proposers");
		assertThat(count("SELECT COUNT(*) FROM waiting_tier WHERE event_id = ?", event.id())).isEqualTo(3);
		assertThat(tierActions()).containsExactly("waiting-tier-renamed", "waiting-tier-moved");
	}

	@Test
	void aBlankOrTakenNameIsToldBesideItsTierAndNothingIsSavedNotEvenTheDefaults() {
		WebClient olga = signedIn(ORGANISER);

		Document blank = Jsoup.parse(olga.submit(TIERS, TIERS + "/2/name", Map.of("name", "  ")).body());
		Document taken = Jsoup.parse(olga.submit(TIERS, TIERS + "/2/name", Map.of("name", "everyone ELSE")).body());
		Document added = Jsoup.parse(olga.submit(TIERS, TIERS, Map.of("name", "")).body());

		assertThat(blank.select("#name_2_error").text()).isEqualTo("This field is required.");
		assertThat(blank.select("#name_2").attr("aria-invalid")).isEqualTo("true");
		assertThat(blank.select(".form-error").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(taken.select("#name_2_error").text()).isEqualTo("Another tier is called everyone ELSE.");
		assertThat(taken.select("#name_2").attr("value")).isEqualTo("everyone ELSE");
		assertThat(added.select("#name_error").text()).isEqualTo("This field is required.");
		assertThat(count("SELECT COUNT(*) FROM waiting_tier_list WHERE event_id = ?", event.id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM waiting_tier WHERE event_id = ?", event.id())).isZero();
		assertThat(tierActions()).isEmpty();
	}

	@Test
	void aChangeFromAPageOpenedBeforeSomeoneElseChangedTheTiersIsToldAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> first = olga.formFields(TIERS, TIERS + "/1/name");
		Map<String, String> second = olga.formFields(TIERS, TIERS + "/2/name");
		Map<String, String> placing = olga.formFields(TIERS, TIERS + "/placements");
		first.put("name", "Presenters");
		second.put("name", "Submitters");
		placing.putAll(Map.of("email", STRANGER, "tier", "1", "reason", "Keynote"));

		assertThat(olga.post(TIERS + "/1/name", first).statusCode()).isEqualTo(302);
		Document staleRename = Jsoup.parse(olga.post(TIERS + "/2/name", second).body());
		Document stalePlacing = Jsoup.parse(olga.post(TIERS + "/placements", placing).body());

		assertThat(staleRename.select(".form-error").text()).startsWith(WaitingTiers.STALE);
		assertThat(staleRename.select("#name_2").attr("value")).isEqualTo("Proposers");
		assertThat(stalePlacing.select(".form-error").text()).startsWith(WaitingTiers.STALE);
		assertThat(stalePlacing.select("#reason").text()).as("kept as typed").isEqualTo("Keynote");
		assertThat(waitingTiers.list(event, organiserId).tiers()).extracting(WaitingTier::name)
			.containsExactly("Presenters", "Proposers", "Everyone else");
		assertThat(count("SELECT COUNT(*) FROM waiting_tier_placement")).isZero();
		assertThat(tierActions()).containsExactly("waiting-tier-renamed");
	}

	@Test
	void twoOrganisersFirstChangesAtOnceSaveTheDefaultsOnceAndTheSecondIsTold() throws Exception {
		LockWaits.Race<Boolean> race = LockWaits.race(jdbc, transactions, () -> {
			waitingTiers.rename(event, organiserId, 0, 1, "Presenters");
			return true;
		}, () -> {
			waitingTiers.rename(event, organiserId, 0, 2, "Submitters");
			return true;
		});

		assertThat(race.first()).isTrue();
		assertThat(race.secondFailure()).isInstanceOf(OptimisticLockingFailureException.class)
			.hasMessage(WaitingTiers.STALE);
		assertThat(waitingTiers.list(event, organiserId).tiers()).extracting(WaitingTier::name)
			.containsExactly("Presenters", "Proposers", "Everyone else");
		assertThat(count("SELECT COUNT(*) FROM waiting_tier WHERE event_id = ?", event.id())).isEqualTo(3);
	}

	@Test
	void anAddedTierComesLastItsRuleIsToldUnreachedThereAndItIsDeletedOnlyWhileNobodyIsPlacedInIt() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> added = olga.submit(TIERS, TIERS, Map.of("name", "Students", "rule", "PROPOSER"));
		Document unknownRule = Jsoup.parse(olga.submit(TIERS, TIERS, Map.of("name", "Other", "rule", "VIP")).body());
		olga.submit(TIERS, TIERS + "/placements", Map.of("email", BEN, "tier", "4", "reason", "Student volunteer"));
		Document refused = Jsoup.parse(olga.submit(TIERS, TIERS + "/4/delete", Map.of()).body());
		Document defaultRefused = Jsoup.parse(olga.postWithToken(TIERS + "/3/delete",
				Map.of("version", Integer.toString(waitingTiers.list(event, organiserId).version())))
			.body());

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(unknownRule.select("#rule_error").text()).isEqualTo("Choose a rule from the list.");
		assertThat(unknownRule.select("#name").attr("value")).isEqualTo("Other");
		Document page = olga.page(TIERS);
		assertThat(page.select("table.waiting-tiers tbody tr").get(3).text())
			.contains("People with a submitted topic or MC proposal (not withdrawn) (nobody reaches it by this rule");
		assertThat(page.select("table.waiting-tiers tbody tr").get(3).select("button").eachText()).contains("Delete");
		assertThat(page.select("table.waiting-tiers tbody tr").get(2).select("button").eachText())
			.doesNotContain("Delete");
		assertThat(refused.select(".form-error").text()).isEqualTo(
				"1 person is placed in Students by hand: place them elsewhere or remove their placements first.");
		assertThat(defaultRefused.select(".form-error").text()).startsWith("Everyone else is one of the three default");
		assertThat(tierName(benId)).isEqualTo("Students");

		olga.submit(TIERS, TIERS + "/placements/" + benId + "/remove", Map.of());
		HttpResponse<String> deleted = olga.submit(TIERS, TIERS + "/4/delete", Map.of());

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(waitingTiers.list(event, organiserId).tiers()).hasSize(3);
		assertThat(tierActions()).containsExactly("waiting-tier-added", "waiting-tier-placed",
				"waiting-tier-placement-removed", "waiting-tier-deleted");
	}

	@Test
	void anOrganiserPlacesAPersonByTheirAddressWithAReasonAndBadInputIsToldBesideItsField() {
		WebClient olga = signedIn(ORGANISER);

		Document nobody = Jsoup.parse(olga
			.submit(TIERS, TIERS + "/placements", Map.of("email", "nobody@tickets.test", "tier", "", "reason", ""))
			.body());
		HttpResponse<String> placed = olga.submit(TIERS, TIERS + "/placements",
				Map.of("email", "  Sam@Tickets.test ", "tier", "1", "reason", "Gives the keynote"));

		assertThat(nobody.select("#email_error").text()).isEqualTo("No account has this address.");
		assertThat(nobody.select("#tier_error").text()).isEqualTo("Choose a tier.");
		assertThat(nobody.select("#reason_error").text()).isEqualTo("This field is required.");
		assertThat(placed.statusCode()).isEqualTo(302);
		Document page = olga.page(TIERS);
		assertThat(page.select("table.waiting-tiers").get(1).select("tbody tr").eachText())
			.containsExactly("Sam Stranger (" + STRANGER
					+ ") Speakers and MC leads Gives the keynote Olga Organiser 2027-03-01 10:00 Europe/Berlin Remove");
		assertThat(tierName(strangerId)).isEqualTo("Speakers and MC leads");
		assertThat(jdbc.sql("SELECT reason FROM audit_entry WHERE action = 'waiting-tier-placed'")
			.query(String.class)
			.single()).isEqualTo("Gives the keynote");
	}

	@Test
	void anMcLeadOrAStrangerIsToldThePageDoesNotExistAndChangesNothing() {
		for (String email : List.of(LEAD, STRANGER)) {
			WebClient someone = signedIn(email);
			Map<String, String> version = Map.of("version", "0");
			assertThat(someone.get(TIERS).statusCode()).as(email).isEqualTo(404);
			assertThat(someone.postWithToken(TIERS, Map.of("version", "0", "name", "Mine")).statusCode()).as(email)
				.isEqualTo(404);
			assertThat(someone.postWithToken(TIERS + "/1/name", Map.of("version", "0", "name", "Mine")).statusCode())
				.as(email)
				.isEqualTo(404);
			assertThat(someone.postWithToken(TIERS + "/2/move", Map.of("version", "0", "direction", "up")).statusCode())
				.as(email)
				.isEqualTo(404);
			assertThat(someone.postWithToken(TIERS + "/1/delete", version).statusCode()).as(email).isEqualTo(404);
			assertThat(someone
				.postWithToken(TIERS + "/placements",
						Map.of("version", "0", "email", email, "tier", "1", "reason", "Me"))
				.statusCode()).as(email).isEqualTo(404);
			assertThat(someone.postWithToken(TIERS + "/placements/" + strangerId + "/remove", version).statusCode())
				.as(email)
				.isEqualTo(404);
			long id = count("SELECT id FROM account WHERE email = ?", email);
			assertThatThrownBy(() -> waitingTiers.list(event, id)).isInstanceOf(NotAnOrganiserException.class);
			assertThatThrownBy(() -> waitingTiers.rename(event, id, 0, 1, "Mine"))
				.isInstanceOf(NotAnOrganiserException.class);
			assertThatThrownBy(() -> waitingTiers.place(event, id, 0, new WaitingTiers.Placement(email, "1", "Me")))
				.isInstanceOf(NotAnOrganiserException.class);
		}
		assertThat(count("SELECT COUNT(*) FROM waiting_tier_list")).isZero();
		assertThat(tierActions()).isEmpty();
		assertThat(anonymous().get(TIERS).statusCode()).isEqualTo(302);
	}

	@Test
	void theDatabaseRefusesABadRowByItselfAndDeletingTheEventDeletesItsTiers() {
		jdbc.sql("DELETE FROM event WHERE slug = 'tiers_other'").update();
		waitingTiers.place(event, organiserId, 0, new WaitingTiers.Placement(STRANGER, "3", "Checked"));
		long tier = count("SELECT id FROM waiting_tier WHERE event_id = ? AND position = 1", event.id());
		OffsetDateTime now = OffsetDateTime.parse("2027-03-01T09:00:00Z");
		String insertTier = "INSERT INTO waiting_tier (event_id, name, position, standing_rule, is_default) VALUES (?, ?, ?, ?, ?)";
		List<Object[]> badTiers = List.of(new Object[] { " ", 7, null, false },
				new Object[] { "Twice", 1, null, false }, new Object[] { "Unknown", 8, "VIP", false },
				new Object[] { "Default", 9, null, true });
		for (Object[] row : badTiers) {
			assertThatThrownBy(() -> jdbc.sql(insertTier).params(event.id(), row[0], row[1], row[2], row[3]).update())
				.as("%s", row[0])
				.isInstanceOf(DataIntegrityViolationException.class);
		}
		String place = "INSERT INTO waiting_tier_placement (event_id, account_id, tier_id, placed_at, reason) VALUES (?, ?, ?, ?, ?)";
		assertThatThrownBy(() -> jdbc.sql(place).params(event.id(), strangerId, tier, now, "Again").update())
			.as("a second placement of one account")
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql(place).params(event.id(), leadId, tier, now, "").update()).as("no reason")
			.isInstanceOf(DataIntegrityViolationException.class);
		Event other = eventSetup
			.create(new NewEvent("tiers_other", "Other 2027", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2),
					ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(), List.of()));
		new AccountFixture(jdbc, people, passwords, PASSWORD).grant(other.id(), organiserId, EventRole.ORGANISER, null);
		waitingTiers.place(other, organiserId, 0, new WaitingTiers.Placement(LEAD, "2", "Checked"));
		assertThatThrownBy(() -> jdbc.sql(place).params(other.id(), strangerId, tier, now, "Elsewhere").update())
			.as("a tier of another event")
			.isInstanceOf(DataIntegrityViolationException.class);

		jdbc.sql("DELETE FROM event WHERE id = ?").param(other.id()).update();
		assertThat(count("SELECT COUNT(*) FROM waiting_tier WHERE event_id = ?", other.id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM waiting_tier_placement WHERE event_id = ?", other.id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM waiting_tier_placement WHERE event_id = ?", event.id())).isOne();
	}

}
