package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.LockWaits.Race;
import org.plumbline.cfp.domain.ConfirmationRepository;
import org.plumbline.cfp.domain.ConfirmationRepository.ReminderCandidate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A speaker of an accepted topic who has neither confirmed nor declined is reminded once,
 * the event's number of days after the announcement (7 unless set), even when two
 * instances run the job at once. The job is run by the test, on the test's clock.
 * {@link ConfirmationReminderPostgresTest} runs the same on PostgreSQL.
 */
class ConfirmationReminderTest extends DecisionsWebTest {

	@Autowired
	ConfirmationReminders reminders;

	@Autowired
	SpeakerAnswers answers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConfirmationRepository confirmations;

	@Test
	void anUnansweredSpeakerIsRemindedOnceSevenDaysAfterTheAnnouncement() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		announced(topic, TopicState.ACCEPTED);

		clock.set(START.plus(Duration.ofDays(7)).minusSeconds(1));
		assertThat(reminders.sendDue()).isZero();
		clock.set(START.plus(Duration.ofDays(7)));
		assertThat(reminders.sendDue()).isOne();
		clock.set(START.plus(Duration.ofDays(30)));
		assertThat(reminders.sendDue()).isZero();

		assertThat(reminderSubjects()).containsExactly(SPEAKER_A + " Please confirm: Page tables");
		assertThat(jdbc.sql("SELECT text_body FROM mail_outbox WHERE purpose = 'topic-confirmation-reminder'")
			.query(String.class)
			.single()).contains("/account/topics/" + topic.id());
	}

	@Test
	void theEventsOwnDelayDecidesWhenTheReminderGoesOut() {
		jdbc.sql("UPDATE topic_call_defaults SET reminder_days = 3 WHERE event_id = ?").param(event.id()).update();
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		announced(topic, TopicState.ACCEPTED);

		clock.set(START.plus(Duration.ofDays(3)).minusSeconds(1));
		assertThat(reminders.sendDue()).isZero();
		clock.set(START.plus(Duration.ofDays(3)));
		assertThat(reminders.sendDue()).isOne();
	}

	@Test
	void aSpeakerWhoAnsweredAndATopicNoLongerAcceptedAreNotReminded() {
		Topic confirmed = submitted(speakerAId, "kernel", "Page tables", 30);
		Topic rejected = submitted(speakerBId, "kernel", "Huge pages", 30);
		decide(confirmed, TopicState.ACCEPTED);
		decide(rejected, TopicState.REJECTED);
		decisions.announce(kernelLeadId, event.id(), "kernel");
		answers.answerAsSpeaker(speakerAId, confirmed.id(), true);

		clock.set(START.plus(Duration.ofDays(8)));

		assertThat(reminders.sendDue()).isZero();
		assertThat(reminderSubjects()).isEmpty();
	}

	@Test
	void aTopicCanceledAfterTheDueListWasReadIsNotClaimedForAReminder() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		announced(topic, TopicState.ACCEPTED);
		clock.set(START.plus(Duration.ofDays(8)));
		long person = jdbc.sql("SELECT person_id FROM topic_speaker WHERE topic_id = ?")
			.param(topic.id())
			.query(Long.class)
			.single();
		assertThat(confirmations.due(clock.instant())).extracting(ReminderCandidate::topicId)
			.containsExactly(topic.id());

		decisions.cancel(organiserId, topic.id(), version(topic.id()), "The room is gone.");

		assertThat(confirmations.claimReminder(topic.id(), person, clock.instant())).isFalse();
		assertThat(confirmations.due(clock.instant())).isEmpty();
		assertThat(reminders.sendDue()).isZero();
	}

	/**
	 * Two instances run the job at the same moment: the first claims the reminder and
	 * holds its transaction until the second waits on the claimed row, then commits; the
	 * second finds it claimed and sends nothing.
	 */
	@Test
	void twoRunsAtOnceSendOneReminder() throws Exception {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		announced(topic, TopicState.ACCEPTED);
		clock.set(START.plus(Duration.ofDays(8)));
		Race<Integer> race = LockWaits.race(jdbc, transactions, () -> reminders.sendDue(), () -> reminders.sendDue());

		assertThat(race.secondWaited()).as("the second run waits on the first's claim").isTrue();
		assertThat(race.first()).isOne();
		assertThat(race.secondFailure()).isNull();
		assertThat(race.second()).isZero();
		assertThat(reminderSubjects()).hasSize(1);
		assertThat(count("SELECT COUNT(*) FROM topic_confirmation WHERE reminder_sent_at IS NOT NULL")).isOne();
	}

	private List<String> reminderSubjects() {
		return jdbc.sql("""
				SELECT recipient || ' ' || mail_subject FROM mail_outbox WHERE purpose = 'topic-confirmation-reminder'
				ORDER BY id""").query(String.class).list();
	}

}
