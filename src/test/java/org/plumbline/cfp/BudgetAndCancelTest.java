package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;
import org.plumbline.validation.InvalidFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A call's budget of minutes (the event's 180 unless set, or the call's own) is used by
 * its accepted and confirmed topics; a decline or a cancellation frees minutes, and the
 * first wait-listed topic that fits is offered. Organisers cancel accepted or confirmed
 * topics with a reason. {@link BudgetAndCancelPostgresTest} runs the same on PostgreSQL.
 */
class BudgetAndCancelTest extends DecisionsWebTest {

	@Autowired
	SpeakerAnswers answers;

	@Test
	void acceptedAndConfirmedTopicsUseTheEventsDefaultBudgetOf180Minutes() {
		Topic accepted = submitted(speakerAId, "kernel", "Page tables", 45);
		Topic confirmed = submitted(speakerBId, "kernel", "Huge pages", 30);
		Topic waitlisted = submitted(speakerAId, "kernel", "Folios", 45);
		Topic rejected = submitted(speakerBId, "kernel", "Swap", 45);
		submitted(speakerAId, "kernel", "Undecided", 45);
		decide(accepted, TopicState.ACCEPTED);
		decide(confirmed, TopicState.ACCEPTED);
		decide(waitlisted, TopicState.WAITLISTED);
		decide(rejected, TopicState.REJECTED);
		assertThat(decisions.budget(event.id(), "kernel")).isEqualTo(new MinutesBudget(180, 0, 75, Optional.empty()));

		decisions.announce(kernelLeadId, event.id(), "kernel");
		answers.answerAsSpeaker(speakerBId, confirmed.id(), true);

		MinutesBudget budget = decisions.budget(event.id(), "kernel");
		assertThat(budget.totalMinutes()).isEqualTo(180);
		assertThat(budget.usedMinutes()).isEqualTo(75);
		assertThat(budget.freeMinutes()).isEqualTo(105);
		assertThat(budget.firstWaitlistedThatFits()).map(offer -> offer.topic().title()).contains("Folios");
	}

	@Test
	void aCancellationOrADeclineFreesMinutesAndTheFirstWaitListedTopicThatFitsIsOffered() {
		jdbc.sql("INSERT INTO mc_topic_call (microconference_id, minutes_budget) SELECT id, 60 FROM microconference "
				+ "WHERE slug = 'kernel' AND event_id = ?")
			.param(event.id())
			.update();
		Topic first = submitted(speakerAId, "kernel", "Page tables", 30);
		Topic second = submitted(speakerBId, "kernel", "Huge pages", 30);
		clock.set(clock.instant().plusSeconds(60));
		Topic longWait = submitted(speakerAId, "kernel", "Folios", 45);
		clock.set(clock.instant().plusSeconds(60));
		Topic shortWait = submitted(speakerBId, "kernel", "Swap", 30);
		decide(first, TopicState.ACCEPTED);
		decide(second, TopicState.ACCEPTED);
		decide(longWait, TopicState.WAITLISTED);
		decide(shortWait, TopicState.WAITLISTED);
		decisions.announce(kernelLeadId, event.id(), "kernel");
		assertThat(decisions.budget(event.id(), "kernel")).isEqualTo(new MinutesBudget(60, 60, 0, Optional.empty()));

		decisions.cancel(organiserId, first.id(), version(first.id()), "The speaker cannot travel.");

		MinutesBudget afterCancel = decisions.budget(event.id(), "kernel");
		assertThat(afterCancel.usedMinutes()).isEqualTo(30);
		assertThat(afterCancel.firstWaitlistedThatFits()).map(offer -> offer.topic().title()).contains("Swap");

		answers.answerAsSpeaker(speakerBId, second.id(), false);

		MinutesBudget afterDecline = decisions.budget(event.id(), "kernel");
		assertThat(afterDecline.usedMinutes()).isZero();
		assertThat(afterDecline.firstWaitlistedThatFits()).map(offer -> offer.topic().title()).contains("Folios");
	}

	@Test
	void aPlainTrackUsesItsOwnBudget() {
		calls.createPlainTrack(event, organiserId, new NewPlainTrack("refereed", "Refereed Track", "45", "", ""));
		jdbc.sql("UPDATE plain_track SET minutes_budget = 90 WHERE slug = 'refereed'").update();
		Topic topic = submitted(speakerAId, "refereed", "A refereed talk", 45);
		decisions.record(organiserId, topic.id(), seen(topic.id()), TopicState.ACCEPTED);
		decisions.announce(organiserId, event.id(), "refereed");

		assertThat(decisions.budget(event.id(), "refereed")).isEqualTo(new MinutesBudget(90, 45, 0, Optional.empty()));
	}

	@Test
	void anOrganiserCancelsAnAcceptedOrConfirmedTopicWithAReasonTheAuditLogKeeps() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		announced(topic, TopicState.ACCEPTED);

		Topic canceled = decisions.cancel(organiserId, topic.id(), version(topic.id()), "  Double booked. ");

		assertThat(canceled.state()).isEqualTo(TopicState.CANCELED);
		assertThat(jdbc.sql("SELECT reason FROM audit_entry WHERE action = 'canceled'").query(String.class).single())
			.isEqualTo("Double booked.");
		assertThat(jdbc.sql("SELECT cancel_reason FROM topic").query(String.class).single())
			.isEqualTo("Double booked.");
	}

	@Test
	void aCancellationIsRefusedForALeadAnUndecidedTopicAMissingReasonAndAStaleVersion() {
		Topic submitted = submitted(speakerAId, "kernel", "Undecided", 30);
		Topic accepted = submitted(speakerBId, "kernel", "Page tables", 30);
		announced(accepted, TopicState.ACCEPTED);

		assertThatThrownBy(() -> decisions.cancel(kernelLeadId, accepted.id(), version(accepted.id()), "Why not"))
			.isInstanceOf(DecisionNotAllowedException.class);
		assertThatThrownBy(() -> decisions.cancel(organiserId, submitted.id(), version(submitted.id()), "Why not"))
			.isInstanceOf(TopicRefusedException.class);
		assertThatThrownBy(() -> decisions.cancel(organiserId, accepted.id(), version(accepted.id()), " "))
			.isInstanceOf(InvalidFields.class);
		assertThatThrownBy(() -> decisions.cancel(organiserId, accepted.id(), version(accepted.id()) - 1, "Why"))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(state(accepted.id())).isEqualTo("ACCEPTED/-");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'canceled'")).isZero();
	}

	@Test
	void anOrganiserConflictedWithATopicNeitherSeesNorCancelsIt() {
		Topic own = submitted(organiserId, "kernel", "Olga's own", 30);
		Topic marked = submitted(speakerAId, "kernel", "Ana's", 30);
		announced(own, TopicState.ACCEPTED);
		announced(marked, TopicState.ACCEPTED);
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_by, marked_at)
				SELECT ?, ?, person_id, 'Same employer', ?, CURRENT_TIMESTAMP FROM account WHERE id = ?""")
			.params(event.id(), organiserId, organiserId, speakerAId)
			.update();
		try {
			WebClient olga = signedIn(ORGANISER);
			for (Topic topic : List.of(own, marked)) {
				String page = "/manage/" + EVENT + "/topics/" + topic.id() + "/cancel";

				assertThat(olga.get(page).statusCode()).isEqualTo(404);
				assertThat(olga.postWithToken(page, Map.of("reason", "Mine.", "version", "" + version(topic.id())))
					.statusCode()).isEqualTo(404);
				assertThatThrownBy(() -> decisions.cancel(organiserId, topic.id(), version(topic.id()), "Mine."))
					.isInstanceOf(DecisionNotAllowedException.class);
				assertThat(state(topic.id())).isEqualTo("ACCEPTED/-");
			}
		}
		finally {
			jdbc.sql("DELETE FROM conflict_mark").update();
		}
	}

	@Test
	void theCancelPageAsksForAReasonAndIsNotFoundForALead() {
		Topic topic = submitted(speakerAId, "kernel", "Page tables", 30);
		announced(topic, TopicState.ACCEPTED);
		String page = "/manage/" + EVENT + "/topics/" + topic.id() + "/cancel";
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> blank = olga.submit(page, page, Map.of("reason", ""));

		assertThat(Jsoup.parse(blank.body()).select("#reason_error").text()).isEqualTo("This field is required.");
		assertThat(state(topic.id())).isEqualTo("ACCEPTED/-");

		HttpResponse<String> canceled = olga.submit(page, page, Map.of("reason", "Double booked."));

		assertThat(canceled.statusCode()).isEqualTo(302);
		Document after = olga.page(page);
		assertThat(after.select(".topic-facts").text()).contains("State Canceled");
		assertThat(after.select("form[action=" + page + "]")).isEmpty();
		assertThat(WebClient.browser(port).signedIn(KERNEL_LEAD, PASSWORD).get(page).statusCode()).isEqualTo(404);
		assertThat(WebClient.browser(port).signedIn(SPEAKER_A, PASSWORD).get(page).statusCode()).isEqualTo(404);
	}

	@Test
	void organisersSetTheEventsBudgetAndReminderAndAnMcsOwnBudgetOnTheCallsPage() {
		String page = "/manage/" + EVENT + "/calls";
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> defaults = olga.formFields(page, page);
		defaults.put("minutesBudget", "120");
		defaults.put("reminderDays", "3");
		assertThat(olga.post(page, defaults).statusCode()).isEqualTo(302);
		Map<String, String> kernel = olga.formFields(page, page + "/kernel");
		kernel.put("minutesBudget", "90");
		assertThat(olga.post(page + "/kernel", kernel).statusCode()).isEqualTo(302);

		assertThat(decisions.budget(event.id(), "kernel").totalMinutes()).isEqualTo(90);
		assertThat(decisions.budget(event.id(), "tooling").totalMinutes()).isEqualTo(120);
		assertThat(count("SELECT reminder_days FROM topic_call_defaults WHERE event_id = ?", event.id())).isEqualTo(3);
		Document shown = olga.page(page);
		assertThat(shown.select("#defaults_minutesBudget").val()).isEqualTo("120");
		assertThat(shown.select("#defaults_reminderDays").val()).isEqualTo("3");
		assertThat(shown.select("#call_kernel_minutesBudget").val()).isEqualTo("90");
		assertThat(shown.select("#call_kernel .call-budget").text()).isEqualTo("Budget: 0 of 90 min used.");
		assertThat(jdbc.sql("SELECT after_json FROM audit_entry WHERE object_type = 'topic-call'")
			.query(String.class)
			.single()).contains("\"minutesBudget\":90");

		kernel = olga.formFields(page, page + "/kernel");
		kernel.put("minutesBudget", "");
		olga.post(page + "/kernel", kernel);
		assertThat(decisions.budget(event.id(), "kernel").totalMinutes()).isEqualTo(120);
	}

	@Test
	void aBudgetOrReminderThatIsNoPositiveNumberIsToldBesideItsFieldAndSavesNothing() {
		String page = "/manage/" + EVENT + "/calls";
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> defaults = olga.formFields(page, page);
		defaults.put("minutesBudget", "lots");
		defaults.put("reminderDays", "0");

		Document refused = Jsoup.parse(olga.post(page, defaults).body());

		assertThat(refused.select("#defaults_minutesBudget_error").text())
			.isEqualTo("Give a whole number of minutes from 1 to 10000.");
		assertThat(refused.select("#defaults_reminderDays_error").text())
			.isEqualTo("Give a whole number of days from 1 to 365.");
		assertThat(refused.select("#defaults_minutesBudget").val()).isEqualTo("lots");
		assertThat(decisions.budgets(event.id()).defaultMinutes()).isEqualTo(180);
		assertThat(decisions.budgets(event.id()).reminderDays()).isEqualTo(7);
	}

}
