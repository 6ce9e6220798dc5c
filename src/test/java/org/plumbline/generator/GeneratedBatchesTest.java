package org.plumbline.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plumbline.cfp.DecisionNotAllowedException;
import org.plumbline.cfp.GeneratedDecisions;
import org.plumbline.cfp.TopicRefusedException;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.registration.GeneratedRegistrations;
import org.plumbline.registration.GeneratedRegistrations.GeneratedRegistration;
import org.plumbline.registration.NotAnOrganiserException;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationRefusedException;
import org.plumbline.registration.RegistrationStatus;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.validation.InvalidFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The generator's batches refuse what the pages they stand for refuse, once for the whole
 * batch, and a refused batch writes nothing: a lead decides only the topics of their own
 * MC and only once, a ticket type's sale must be open, only an organiser marks payments,
 * and a payment is recorded once.
 */
@TestPropertySource(properties = "plumbline.test.database=generated-batches")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GeneratedBatchesTest extends RunningServerTest {

	private static final Instant TODAY = Instant.parse("2026-11-25T09:00:00Z");

	@Autowired
	SampleEvents samples;

	@Autowired
	EventCatalog events;

	@Autowired
	GeneratedDecisions decisions;

	@Autowired
	GeneratedRegistrations registrations;

	private Event event;

	GeneratedBatchesTest() {
		super(TODAY);
	}

	@BeforeAll
	void aGeneratedEvent() {
		clock.set(TODAY);
		samples.generate(Presets.named("lpc"), 3, "batches");
		event = events.findBySlug("batches").orElseThrow();
	}

	@Test
	void aLeadDecidesOnlyTheSubmittedTopicsOfTheirOwnCallAndARefusedBatchDecidesNone() {
		long mc = firstUndecidedMc();
		String call = jdbc.sql("SELECT slug FROM microconference WHERE id = ?").param(mc).query(String.class).single();
		long lead = accountOfLead(mc);
		List<Long> submitted = topics(mc, "SUBMITTED");
		long decidedElsewhere = jdbc.sql("""
				SELECT MIN(id) FROM topic WHERE event_id = ? AND state = 'CONFIRMED'""")
			.param(event.id())
			.query(Long.class)
			.single();
		long stranger = jdbc.sql("""
				SELECT MIN(a.id) FROM account a WHERE a.email LIKE '%@batches.invalid' AND NOT EXISTS
				(SELECT 1 FROM mc_lead l WHERE l.person_id = a.person_id) AND a.display_name <> 'Sam Organiser'""")
			.query(Long.class)
			.single();

		assertThatThrownBy(() -> decisions.decideAndAnnounce(event, call, stranger,
				Map.of(submitted.getFirst(), TopicState.ACCEPTED)))
			.isInstanceOf(DecisionNotAllowedException.class);
		assertThatThrownBy(() -> decisions.decideAndAnnounce(event, call, lead,
				Map.of(submitted.getFirst(), TopicState.ACCEPTED, decidedElsewhere, TopicState.REJECTED)))
			.as("a topic of another call")
			.isInstanceOf(DecisionNotAllowedException.class);
		assertThatThrownBy(() -> decisions.decideAndAnnounce(event, call, lead,
				Map.of(submitted.getFirst(), TopicState.CONFIRMED)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(topics(mc, "SUBMITTED")).isEqualTo(submitted);

		decisions.decideAndAnnounce(event, call, lead, Map.of(submitted.getFirst(), TopicState.ACCEPTED));
		assertThatThrownBy(() -> decisions.decideAndAnnounce(event, call, lead,
				Map.of(submitted.get(0), TopicState.REJECTED, submitted.get(1), TopicState.REJECTED)))
			.as("decided and announced already")
			.isInstanceOf(TopicRefusedException.class);
		assertThat(topics(mc, "ACCEPTED")).containsExactly(submitted.getFirst());
		assertThat(topics(mc, "SUBMITTED")).isEqualTo(submitted.subList(1, submitted.size()));
	}

	@Test
	void registrationsNeedATicketTypeOnSaleAndOnlyAnOrganiserMarksTheirPaymentsOnce() {
		long attendee = jdbc.sql("""
				SELECT MIN(a.id) FROM account a WHERE a.email LIKE '%@batches.invalid'
				AND a.email <> 'sam.organiser@batches.invalid'
				AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.account_id = a.id)""").query(Long.class).single();
		long organiser = jdbc.sql("SELECT id FROM account WHERE email = 'sam.organiser@batches.invalid'")
			.query(Long.class)
			.single();
		List<GeneratedRegistration> one = List.of(new GeneratedRegistration(attendee, TODAY));

		assertThatThrownBy(() -> registrations.registerAll(event, SampleEvents.SYSTEM_ACTOR, "", "NO-SUCH-CODE", one))
			.isInstanceOf(InvalidFields.class);
		assertThat(count("SELECT COUNT(*) FROM registration WHERE account_id = ?", attendee)).isZero();

		long virtual = jdbc.sql("SELECT id FROM ticket_type WHERE event_id = ? AND name = 'Virtual'")
			.param(event.id())
			.query(Long.class)
			.single();
		Registration registered = registrations
			.registerAll(event, SampleEvents.SYSTEM_ACTOR, Long.toString(virtual), "", one)
			.getFirst();
		assertThat(registered.status()).isEqualTo(RegistrationStatus.AWAITING_PAYMENT);

		assertThatThrownBy(() -> registrations.payAll(event, attendee, List.of(registered), "50.00"))
			.isInstanceOf(NotAnOrganiserException.class);
		Registration paid = registrations.payAll(event, organiser, List.of(registered), "50.00").getFirst();
		assertThat(paid.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThatThrownBy(() -> registrations.payAll(event, organiser, List.of(paid), "50.00"))
			.isInstanceOf(RegistrationRefusedException.class);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE subject_type = 'registration' AND subject_id = ?",
				Long.toString(registered.id())))
			.as("awaiting payment, then paid")
			.isEqualTo(2);
	}

	@Test
	void aBatchThatFailsOnItsLastRegistrationLeavesNoneOfItsPlacesArrivalsOrMail() {
		long inPerson = jdbc.sql("SELECT id FROM ticket_type WHERE event_id = ? AND name = 'In person'")
			.param(event.id())
			.query(Long.class)
			.single();
		long newcomer = jdbc.sql("""
				SELECT MIN(a.id) FROM account a WHERE a.email LIKE '%@batches.invalid'
				AND a.email <> 'sam.organiser@batches.invalid'
				AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.account_id = a.id)""").query(Long.class).single();
		long registeredAlready = jdbc.sql("""
				SELECT MIN(account_id) FROM registration WHERE event_id = ? AND active_account_id IS NOT NULL""")
			.param(event.id())
			.query(Long.class)
			.single();
		Map<String, Object> typeBefore = jdbc.sql("SELECT places_taken, arrivals FROM ticket_type WHERE id = ?")
			.param(inPerson)
			.query()
			.singleRow();
		long registrationsBefore = count("SELECT COUNT(*) FROM registration WHERE event_id = ?", event.id());
		long mailBefore = count("SELECT COUNT(*) FROM mail_outbox WHERE subject_type = ?", "registration");

		assertThatThrownBy(
				() -> registrations.registerAll(event, SampleEvents.SYSTEM_ACTOR, Long.toString(inPerson), "",
						List.of(new GeneratedRegistration(newcomer, TODAY),
								new GeneratedRegistration(registeredAlready, TODAY))))
			.isInstanceOf(DuplicateKeyException.class);

		assertThat(count("SELECT COUNT(*) FROM registration WHERE account_id = ?", newcomer)).isZero();
		assertThat(count("SELECT COUNT(*) FROM registration WHERE event_id = ?", event.id()))
			.isEqualTo(registrationsBefore);
		assertThat(jdbc.sql("SELECT places_taken, arrivals FROM ticket_type WHERE id = ?")
			.param(inPerson)
			.query()
			.singleRow()).as("places taken and arrivals as before").isEqualTo(typeBefore);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE subject_type = ?", "registration"))
			.isEqualTo(mailBefore);
	}

	private long firstUndecidedMc() {
		return jdbc.sql("""
				SELECT MIN(m.id) FROM microconference m WHERE m.event_id = ?
				AND NOT EXISTS (SELECT 1 FROM topic t WHERE t.microconference_id = m.id AND t.state <> 'SUBMITTED')""")
			.param(event.id())
			.query(Long.class)
			.single();
	}

	private long accountOfLead(long mc) {
		return jdbc.sql("""
				SELECT a.id FROM mc_lead l JOIN account a ON a.person_id = l.person_id
				WHERE l.microconference_id = ? ORDER BY l.position FETCH FIRST 1 ROWS ONLY""")
			.param(mc)
			.query(Long.class)
			.single();
	}

	private List<Long> topics(long mc, String state) {
		return jdbc.sql("SELECT id FROM topic WHERE microconference_id = ? AND state = ? ORDER BY id")
			.params(mc, state)
			.query(Long.class)
			.list();
	}

}
