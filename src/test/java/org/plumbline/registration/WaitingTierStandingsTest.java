package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.plumbline.cfp.Topic;
import org.plumbline.cfp.TopicState;
import org.plumbline.cfp.TopicText;
import org.plumbline.testsupport.StatementCounting;
import org.springframework.context.annotation.Import;

/**
 * Which tier each person waits in (issue 13, point 5): the defaults of an event that
 * never saved its tiers, the standing each rule reads from the announced states of topics
 * and MCs (never a decision recorded but not announced), a person moving up when their
 * topic's acceptance is announced, the order of a waiting list by tier then arrival, and
 * a hand placement before any rule. {@link WaitingTierStandingsPostgresTest} runs the
 * same on PostgreSQL.
 */
@Import(StatementCounting.class)
class WaitingTierStandingsTest extends WaitingTierWebTest {

	static final String SPEAKERS = StandingRule.SPEAKER_OR_LEAD.defaultTierName();

	static final String PROPOSERS = StandingRule.PROPOSER.defaultTierName();

	static final String EVERYONE = StandingRule.EVERYONE.defaultTierName();

	@Test
	void anEventThatNeverSavedItsTiersHasTheThreeDefaultsWithoutAnyRow() {
		WaitingTierList list = waitingTiers.list(event, organiserId);

		assertThat(list.version()).isZero();
		assertThat(list.tiers()).extracting(WaitingTier::number, WaitingTier::name, WaitingTier::rule)
			.containsExactly(tuple(1, "Speakers and MC leads", StandingRule.SPEAKER_OR_LEAD),
					tuple(2, "Proposers", StandingRule.PROPOSER), tuple(3, "Everyone else", StandingRule.EVERYONE));
		assertThat(list.tiers()).allMatch(WaitingTier::isDefault);
		assertThat(count("SELECT COUNT(*) FROM waiting_tier WHERE event_id = ?", event.id())).isZero();
	}

	@Test
	void speakersOfAnnouncedAcceptancesAndMcLeadsComeFirstSubmittersAndProposersNextEveryoneElseLast() {
		Topic accepted = submitted(anaId, "Page tables");
		Topic acceptedQuietly = submitted(benId, "Huge pages");
		recorded(accepted, TopicState.ACCEPTED);
		announced();
		recorded(acceptedQuietly, TopicState.ACCEPTED);
		proposedBy(piaId, PIA, "Pia Proposer");

		assertThat(tierNames(List.of(leadId, anaId, benId, piaId, strangerId))).containsOnly(entry(leadId, SPEAKERS),
				entry(anaId, SPEAKERS), entry(benId, PROPOSERS), entry(piaId, PROPOSERS), entry(strangerId, EVERYONE));
	}

	@Test
	void aConfirmedTopicKeepsItsSpeakerFirstAndADraftOrAWithdrawnTopicCountsForNothing() {
		Topic confirmed = submitted(anaId, "Page tables");
		recorded(confirmed, TopicState.ACCEPTED);
		announced();
		jdbc.sql("UPDATE topic SET state = 'CONFIRMED' WHERE id = ?").param(confirmed.id()).update();
		Topic withdrawn = submitted(benId, "Huge pages");
		jdbc.sql("UPDATE topic SET state = 'WITHDRAWN' WHERE id = ?").param(withdrawn.id()).update();
		topics.create(event, "kernel", piaId, new TopicText("Draft", "", "", ""), UUID.randomUUID().toString(), false);

		assertThat(tierName(anaId)).isEqualTo(SPEAKERS);
		assertThat(tierName(benId)).isEqualTo(EVERYONE);
		assertThat(tierName(piaId)).isEqualTo(EVERYONE);
	}

	@Test
	void aRejectedSubmitterStillHasASubmittedTopicAndAnUnverifiedAccountCountsForNothing() {
		Topic rejected = submitted(benId, "Huge pages");
		recorded(rejected, TopicState.REJECTED);
		announced();
		OffsetDateTime now = OffsetDateTime.parse("2027-03-01T09:00:00Z");
		jdbc.sql("""
				INSERT INTO account (email, email_key, password_hash, display_name, created_at)
				VALUES ('new@tickets.test', 'new@tickets.test', 'x', 'New Person', ?)""").param(now).update();
		long unverified = count("SELECT id FROM account WHERE email_key = 'new@tickets.test'");

		assertThat(tierName(benId)).isEqualTo(PROPOSERS);
		assertThat(tierName(unverified)).isEqualTo(EVERYONE);
		assertThat(standings.tiersOf(event, List.of(unverified, -1L))).containsOnlyKeys(unverified);
		jdbc.sql("DELETE FROM account WHERE id = ?").param(unverified).update();
	}

	@Test
	void announcingATopicsAcceptanceMovesItsSpeakerFromTheSecondTierToTheFirst() {
		Topic topic = submitted(benId, "Huge pages");
		assertThat(standings.tierOf(event, benId).number()).isEqualTo(2);

		recorded(topic, TopicState.ACCEPTED);
		assertThat(standings.tierOf(event, benId).number()).as("recorded, not announced").isEqualTo(2);

		announced();
		assertThat(standings.tierOf(event, benId).number()).isEqualTo(1);
		assertThat(tierName(benId)).isEqualTo(SPEAKERS);
	}

	@Test
	void theWaitingListOrdersByTierThenArrivalAndReorderingTheTiersChangesWhoComesFirst() {
		submitted(benId, "Huge pages");
		List<Long> byArrival = List.of(strangerId, benId, leadId);

		assertThat(standings.inLine(event, byArrival)).containsExactly(leadId, benId, strangerId);

		waitingTiers.move(event, organiserId, 0, 2, true);

		// Lena leads an MC that was never a proposal: she meets the first rule only
		assertThat(standings.inLine(event, byArrival)).containsExactly(benId, leadId, strangerId);
		waitingTiers.move(event, organiserId, 1, 3, true);
		waitingTiers.move(event, organiserId, 2, 2, true);
		assertThat(waitingTiers.list(event, organiserId).tiers()).extracting(WaitingTier::name)
			.containsExactly(EVERYONE, PROPOSERS, SPEAKERS);
		assertThat(standings.inLine(event, byArrival)).as("everyone in one tier: by arrival")
			.containsExactly(strangerId, benId, leadId);
	}

	@Test
	void aHandPlacementWinsOverEveryRuleAndIsAuditedWithItsReason() {
		waitingTiers.add(event, organiserId, 0, "Sponsors", "");
		waitingTiers.move(event, organiserId, 1, 4, true);
		waitingTiers.move(event, organiserId, 2, 3, true);

		waitingTiers.place(event, organiserId, 3,
				new WaitingTiers.Placement(STRANGER.toUpperCase(), "2", "Gold sponsor"));
		waitingTiers.place(event, organiserId, 4, new WaitingTiers.Placement(LEAD, "4", "Asked to wait"));

		assertThat(waitingTiers.list(event, organiserId).tiers()).extracting(WaitingTier::name)
			.containsExactly(SPEAKERS, "Sponsors", PROPOSERS, EVERYONE);
		assertThat(tierName(strangerId)).isEqualTo("Sponsors");
		assertThat(tierName(leadId)).as("a lead placed lower").isEqualTo(EVERYONE);
		assertThat(standings.inLine(event, List.of(leadId, anaId, strangerId))).containsExactly(strangerId, leadId,
				anaId);
		assertThat(jdbc.sql("""
				SELECT action || ' ' || object_id || ' ' || reason FROM audit_entry
				WHERE action = 'waiting-tier-placed' ORDER BY id""").query(String.class).list()).containsExactly(
				"waiting-tier-placed " + strangerId + " Gold sponsor",
				"waiting-tier-placed " + leadId + " Asked to wait");
		assertThat(waitingTiers.placements(event, organiserId))
			.extracting(HandPlacement::accountEmail, HandPlacement::tierName, HandPlacement::reason,
					HandPlacement::placedBy)
			.containsExactlyInAnyOrder(tuple(STRANGER, "Sponsors", "Gold sponsor", "Olga Organiser"),
					tuple(LEAD, EVERYONE, "Asked to wait", "Olga Organiser"));

		waitingTiers.removePlacement(event, organiserId, 5, leadId);
		assertThat(tierName(leadId)).isEqualTo(SPEAKERS);
		assertThat(tierActions()).endsWith("waiting-tier-placed", "waiting-tier-placed",
				"waiting-tier-placement-removed");
	}

	@Test
	void theTiersOfHundredsOfAccountsCostAsManyQueriesAsThoseOfOne() {
		submitted(benId, "Huge pages");
		waitingTiers.place(event, organiserId, 0, new WaitingTiers.Placement(ANA, "1", "Keynote"));
		List<Long> many = new ArrayList<>(LongStream.rangeClosed(1, 500).boxed().toList());
		many.addAll(List.of(leadId, benId, strangerId, anaId));

		int forOne = StatementCounting.statementsOf(() -> standings.tiersOf(event, List.of(benId)));
		Map<Long, WaitingTier> tiers = new HashMap<>();
		int forHundreds = StatementCounting.statementsOf(() -> {
			tiers.putAll(standings.tiersOf(event, many));
			return tiers;
		});

		assertThat(forHundreds).isEqualTo(forOne).isEqualTo(7);
		assertThat(tiers.get(leadId).number()).isEqualTo(1);
		assertThat(tiers.get(benId).number()).isEqualTo(2);
		assertThat(tiers.get(strangerId).number()).isEqualTo(3);
		assertThat(tiers.get(anaId).number()).isEqualTo(1);
		assertThat(standings.tiersOf(event, List.of())).isEmpty();
		assertThatThrownBy(() -> standings.tierOf(event, -1)).isInstanceOf(IllegalArgumentException.class);
	}

}
