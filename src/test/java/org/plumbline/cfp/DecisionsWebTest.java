package org.plumbline.cfp;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.NewMicroconference;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link CfpWebTest}'s event with its calls open, a verified account for the kernel MC's
 * lead (Lena Lead), a second accepted MC ("tooling") led by Theo for the test's length,
 * and no mail or confirmations. Topics are submitted through {@link Topics}, as the form
 * does.
 */
abstract class DecisionsWebTest extends CfpWebTest {

	static final String KERNEL_LEAD = "lena@cfp.test";

	static final String TOOLING_LEAD = "theo@cfp.test";

	@Autowired
	Topics topics;

	@Autowired
	TopicDecisions decisions;

	long kernelLeadId;

	long toolingLeadId;

	@BeforeEach
	void callsOpenLeadsWithAccountsAndNoMail() {
		jdbc.sql("DELETE FROM topic_confirmation").update();
		jdbc.sql("DELETE FROM mail_outbox").update();
		openCalls();
		long lenaPerson = jdbc.sql("""
				SELECT l.person_id FROM mc_lead l JOIN microconference m ON m.id = l.microconference_id
				WHERE m.slug = 'kernel' AND m.event_id = ?""").param(event.id()).query(Long.class).single();
		kernelLeadId = accounts.account(KERNEL_LEAD, "Lena Lead", lenaPerson);
		if (microconferences.find(event.id(), "tooling").isEmpty()) {
			long theo = people.create("Theo Tooling", List.of("Theo Tooling"), null).id();
			microconferences.create(event.id(), new NewMicroconference(null, "tooling", "Tooling MC", McStatus.ACCEPTED,
					"About tools.", List.of(), List.of(), "MC leads", List.of(new NamedPerson(theo, "Theo Tooling"))));
		}
		long theoPerson = jdbc.sql("""
				SELECT l.person_id FROM mc_lead l JOIN microconference m ON m.id = l.microconference_id
				WHERE m.slug = 'tooling' AND m.event_id = ?""").param(event.id()).query(Long.class).single();
		toolingLeadId = accounts.account(TOOLING_LEAD, "Theo Tooling", theoPerson);
	}

	/**
	 * The event outlives the test class (the context is shared with the other web tests
	 * of calls, which know of one accepted MC): the second MC and its lead's account go.
	 */
	@AfterEach
	void withoutTheSecondMc() {
		jdbc.sql("DELETE FROM microconference WHERE slug = 'tooling' AND event_id = ?").param(event.id()).update();
		jdbc.sql("DELETE FROM account WHERE email_key = ?").param(TOOLING_LEAD).update();
	}

	/** A topic submitted to a call by a speaker, with an abstract and a duration. */
	Topic submitted(long speakerAccountId, String callSlug, String title, int minutes) {
		return topics.create(event, callSlug, speakerAccountId,
				new TopicText(title, "About " + title + ".", Integer.toString(minutes), ""),
				UUID.randomUUID().toString(), true);
	}

	/** Records a decision as the kernel MC's lead, from a page opened just now. */
	DecidableTopic decide(Topic topic, TopicState decision) {
		return decisions.record(kernelLeadId, topic.id(), seen(topic.id()), decision);
	}

	/** Records a decision as the kernel MC's lead and announces the kernel call. */
	void announced(Topic topic, TopicState decision) {
		decide(topic, decision);
		decisions.announce(kernelLeadId, event.id(), "kernel");
	}

	int version(long topicId) {
		return jdbc.sql("SELECT version FROM topic WHERE id = ?").param(topicId).query(Integer.class).single();
	}

	/** The versions a decider's page opened now shows of the topic. */
	DecisionVersions seen(long topicId) {
		return jdbc.sql("SELECT version, decision_version FROM topic WHERE id = ?")
			.param(topicId)
			.query((rs, row) -> new DecisionVersions(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	String state(long topicId) {
		return jdbc.sql("SELECT state || '/' || COALESCE(pending_state, '-') FROM topic WHERE id = ?")
			.param(topicId)
			.query(String.class)
			.single();
	}

}
