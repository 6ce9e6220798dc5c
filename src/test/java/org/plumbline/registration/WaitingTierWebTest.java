package org.plumbline.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.plumbline.cfp.CallSettings;
import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.Topic;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.cfp.TopicState;
import org.plumbline.cfp.TopicText;
import org.plumbline.cfp.Topics;
import org.plumbline.microconference.McProposal;
import org.plumbline.microconference.McProposalDecisions;
import org.plumbline.microconference.McProposalText;
import org.plumbline.microconference.McProposals;
import org.plumbline.microconference.McProposer;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link TicketWebTest}'s event with its call for topics and its Call for
 * Microconferences open, and three more verified accounts: Ana and Ben, who submit
 * topics, and Pia, who proposes an MC. Each test starts with no saved tiers, hand
 * placements, topics or MC proposals in the event.
 */
abstract class WaitingTierWebTest extends TicketWebTest {

	static final String TIERS = "/manage/" + EVENT + "/registration/tiers";

	static final String ANA = "ana@tickets.test";

	static final String BEN = "ben@tickets.test";

	static final String PIA = "pia@tickets.test";

	@Autowired
	WaitingTiers waitingTiers;

	@Autowired
	TierStandings standings;

	@Autowired
	TopicCalls calls;

	@Autowired
	Topics topics;

	@Autowired
	TopicDecisions decisions;

	@Autowired
	McProposals proposals;

	@Autowired
	McProposalDecisions proposalDecisions;

	long leadId;

	long strangerId;

	long anaId;

	long benId;

	long piaId;

	@BeforeEach
	void callsOpenAndNoTiersTopicsOrProposals() {
		for (String table : List.of("waiting_tier_placement", "waiting_tier", "waiting_tier_list",
				"topic_call_defaults", "mc_call")) {
			jdbc.sql("DELETE FROM " + table + " WHERE event_id = ?").param(event.id()).update();
		}
		jdbc.sql("DELETE FROM topic WHERE event_id = ?").param(event.id()).update();
		jdbc.sql("DELETE FROM microconference WHERE event_id = ? AND slug LIKE 'proposal-%'")
			.param(event.id())
			.update();
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		leadId = count("SELECT id FROM account WHERE email = ?", LEAD);
		strangerId = count("SELECT id FROM account WHERE email = ?", STRANGER);
		anaId = accounts.account(ANA, "Ana Speaker");
		benId = accounts.account(BEN, "Ben Submitter");
		piaId = accounts.account(PIA, "Pia Proposer");
		calls.saveDefaults(event, organiserId, new CallSettings("2027-02-01T09:00", "2027-03-20T18:00", "30", 0));
		proposalDecisions.saveCall(event, Instant.parse("2027-02-01T08:00:00Z"), Instant.parse("2027-03-20T17:00:00Z"),
				0, organiserId);
	}

	/** A topic submitted to the kernel MC's call by the account. */
	Topic submitted(long accountId, String title) {
		return topics.create(event, "kernel", accountId, new TopicText(title, "About " + title + ".", "30", ""),
				UUID.randomUUID().toString(), true);
	}

	/** Records a decision on the topic as the organiser, not announcing it. */
	void recorded(Topic topic, TopicState decision) {
		DecisionVersions seen = jdbc.sql("SELECT version, decision_version FROM topic WHERE id = ?")
			.param(topic.id())
			.query((rs, row) -> new DecisionVersions(rs.getInt(1), rs.getInt(2)))
			.single();
		decisions.record(organiserId, topic.id(), seen, decision);
	}

	/** Announces the kernel call's recorded decisions. */
	void announced() {
		decisions.announce(organiserId, event.id(), "kernel");
	}

	/** An MC proposal the account submits, as its proposer. */
	McProposal proposedBy(long accountId, String email, String name) {
		long personId = count("SELECT person_id FROM account WHERE id = ?", accountId);
		return proposals.create(event, new McProposer(accountId, personId, name, email),
				new McProposalText("Proposed by " + name, "About it.", "", "", "", ""), UUID.randomUUID().toString(),
				true, "http://localhost");
	}

	/** The name of the tier each account stands in, by account. */
	Map<Long, String> tierNames(List<Long> accountIds) {
		Map<Long, String> names = new TreeMap<>();
		standings.tiersOf(event, accountIds).forEach((account, tier) -> names.put(account, tier.name()));
		return names;
	}

	String tierName(long accountId) {
		return standings.tierOf(event, accountId).name();
	}

	List<String> tierActions() {
		return jdbc.sql("SELECT action FROM audit_entry WHERE object_type LIKE 'waiting-tier%' ORDER BY id")
			.query(String.class)
			.list();
	}

}
