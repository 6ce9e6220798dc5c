package org.plumbline.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.account.SignedInAccount;
import org.plumbline.registration.McPasses;
import org.plumbline.registration.Registration;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.LockWaits.Race;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, points 3, 7 and 8: registered attendees give feedback on a talk from the
 * moment it starts and edit it; before then, unregistered, with a rating out of range, a
 * comment too long or from a stale page they are told and nothing changes.
 * {@link FeedbackPostgresTest} runs the same on PostgreSQL.
 */
class FeedbackTest extends FeedbackWebTest {

	private static final String PIA = "pia@feedback.test";

	@Autowired
	McPasses passes;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void beforeTheTalkStartsTheFormSaysWhenItOpensAndAPostSavesNothing() {
		clock.set(KERNEL_TALK_STARTS.minusSeconds(1));
		WebClient anna = signedIn(ANNA);

		Document page = anna.page(formPath(kernelTalk));
		HttpResponse<String> posted = anna.postWithToken(formPath(kernelTalk), Map.of("rating", "4", "version", ""));

		assertThat(page.select("#feedback-closed").text())
			.isEqualTo("Feedback on this talk opens when it starts, at 2027-10-29 10:00 Europe/Berlin.");
		assertThat(page.select("form[action=" + formPath(kernelTalk) + "]")).isEmpty();
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(posted.body()).select(".form-error").text()).isEqualTo(
				"Feedback on this talk opens when it starts, at 2027-10-29 10:00 Europe/Berlin. Nothing was saved.");
		assertThat(count("SELECT COUNT(*) FROM talk_feedback")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'talk-feedback'")).isZero();
	}

	@Test
	void someoneNotRegisteredOrAwaitingPaymentIsToldWhyAndSavesNothing() {
		clock.set(KERNEL_TALK_STARTS);

		Document ned = Jsoup.parse(signedIn(NED)
			.postWithToken(formPath(kernelTalk), Map.of("rating", "4", "comment", "Fine", "version", ""))
			.body());
		Document paul = signedIn(PAUL).page(formPath(kernelTalk));
		HttpResponse<String> paulPosts = signedIn(PAUL).postWithToken(formPath(kernelTalk),
				Map.of("rating", "4", "version", ""));

		assertThat(ned.select(".form-error").text()).isEqualTo(
				"Only attendees registered for Schedule Conference 2027 give feedback on its talks, and you are not registered. Nothing was saved.");
		assertThat(paul.select("#feedback-closed").text()).isEqualTo(
				"Only attendees registered for Schedule Conference 2027 give feedback on its talks; your registration is awaiting payment, so it does not count yet.");
		assertThat(paul.select("a[href=/sched_conf/register]").text()).isEqualTo("Your registration");
		assertThat(paulPosts.statusCode()).isEqualTo(200);
		assertThat(count("SELECT COUNT(*) FROM talk_feedback")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'talk-feedback'")).isZero();
	}

	@Test
	void aRegisteredAttendeeGivesFeedbackTheMomentTheTalkStartsAndEditsItKeepingOneRow() {
		clock.set(KERNEL_TALK_STARTS);
		WebClient anna = signedIn(ANNA);
		assertThat(
				anna.page("/" + ScheduleFixture.EVENT + "/talks/" + kernelTalk).select(".talk-feedback a").attr("href"))
			.isEqualTo(formPath(kernelTalk));

		HttpResponse<String> given = anna.submit(formPath(kernelTalk), formPath(kernelTalk),
				Map.of("rating", "4", "comment", "Clear and useful.\r\nMore demos, please."));
		clock.set(KERNEL_TALK_STARTS.plusSeconds(3600));
		Document page = anna.page(WebClient.location(given));
		HttpResponse<String> edited = anna.submit(formPath(kernelTalk), formPath(kernelTalk),
				Map.of("rating", "5", "comment", ""));

		assertThat(given.statusCode()).isEqualTo(302);
		assertThat(page.select(".form-notice").text())
			.isEqualTo("Thank you: your feedback is saved. You may change it here.");
		assertThat(page.select("#saved-rating").text()).isEqualTo("4 of 5");
		assertThat(page.select("input[name=rating][checked]").attr("value")).isEqualTo("4");
		assertThat(page.select("textarea[name=comment]").text()).isEqualTo("Clear and useful.\nMore demos, please.");
		assertThat(page.select("input[name=version]").attr("value")).isEqualTo("0");
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT rating, comment, version FROM talk_feedback")
			.query((rs, row) -> rs.getInt(1) + "/" + rs.getString(2) + "/" + rs.getInt(3))
			.single()).isEqualTo("5/null/1");
		assertThat(jdbc.sql(
				"SELECT action, before_json, after_json FROM audit_entry WHERE object_type = 'talk-feedback' ORDER BY id")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.list()).hasSize(2)
			.allSatisfy(entry -> assertThat(entry).doesNotContain("demos"))
			.satisfiesExactly(
					first -> assertThat(first).startsWith("feedback-given null")
						.contains("\"rating\":4", "\"commentLength\":37"),
					second -> assertThat(second).startsWith("feedback-edited")
						.contains("\"rating\":4", "\"rating\":5", "\"commentLength\":0"));
	}

	@Test
	void anAttendeeRegisteredWithAnMcPassGivesFeedback() {
		long pia = accounts.account(PIA, "Pia Pass");
		passes.assign(fixture.event(), "kernel", new SignedInAccount(accountId(LENA), LENA, "Lena Lead"), PIA);
		Registration registration = passes.use(fixture.event(), new SignedInAccount(pia, PIA, "Pia Pass"));
		clock.set(KERNEL_TALK_STARTS);

		HttpResponse<String> given = signedIn(PIA).submit(formPath(kernelTalk), formPath(kernelTalk),
				Map.of("rating", "5"));

		assertThat(registration.byPass()).isTrue();
		assertThat(given.statusCode()).isEqualTo(302);
		assertThat(count("SELECT COUNT(*) FROM talk_feedback WHERE account_id = ?", pia)).isEqualTo(1);
	}

	@Test
	void aRatingOutOfRangeOrACommentTooLongIsToldBesideItsFieldAndSavesNothing() {
		clock.set(KERNEL_TALK_STARTS);
		WebClient anna = signedIn(ANNA);

		for (String rating : new String[] { "0", "6", "four", "" }) {
			Document page = Jsoup.parse(
					anna.submit(formPath(kernelTalk), formPath(kernelTalk), Map.of("rating", rating, "comment", "Kept"))
						.body());
			assertThat(page.select("#rating_error").text()).as(rating).isEqualTo("Choose a rating from 1 to 5.");
			assertThat(page.select("textarea[name=comment]").text()).isEqualTo("Kept");
		}
		Document tooLong = Jsoup.parse(anna
			.submit(formPath(kernelTalk), formPath(kernelTalk), Map.of("rating", "3", "comment", "x".repeat(4001)))
			.body());

		assertThat(tooLong.select("#comment_error").text()).isEqualTo("At most 4000 characters fit; this has 4001.");
		assertThat(tooLong.select("input[name=rating][checked]").attr("value")).isEqualTo("3");
		assertThat(count("SELECT COUNT(*) FROM talk_feedback")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'talk-feedback'")).isZero();
	}

	@Test
	void aFormOpenedBeforeAnotherWindowSavedIsToldAndKeepsWhatWasTypedWithoutOverwriting() {
		clock.set(KERNEL_TALK_STARTS);
		WebClient anna = signedIn(ANNA);
		Map<String, String> firstWindow = anna.formFields(formPath(kernelTalk), formPath(kernelTalk));
		feedback.give(fixture.event(), kernelTalk.toString(), accountId(ANNA), "2", "From the other window", null);

		firstWindow.putAll(Map.of("rating", "5", "comment", "From the first window"));
		Document told = Jsoup.parse(anna.post(formPath(kernelTalk), firstWindow).body());
		Map<String, String> secondTry = anna.formFields(formPath(kernelTalk), formPath(kernelTalk));
		feedback.give(fixture.event(), kernelTalk.toString(), accountId(ANNA), "3", "Edited elsewhere", 0);
		secondTry.put("rating", "1");
		Document toldAgain = Jsoup.parse(anna.post(formPath(kernelTalk), secondTry).body());

		assertThat(told.select(".form-error").text()).startsWith(
				"Your feedback on this talk changed since you opened the page (in another window?); nothing was saved.");
		assertThat(told.select("#saved-comment").text()).isEqualTo("From the other window");
		assertThat(told.select("textarea[name=comment]").text()).isEqualTo("From the first window");
		assertThat(told.select("input[name=version]").attr("value")).isEqualTo("0");
		assertThat(toldAgain.select(".form-error").text()).startsWith("Your feedback on this talk changed");
		assertThat(jdbc.sql("SELECT rating || ' ' || comment FROM talk_feedback").query(String.class).single())
			.isEqualTo("3 Edited elsewhere");
	}

	@Test
	void twoFirstSavesOfOneAttendeeAtOnceKeepTheFirstAndTellTheSecond() throws Exception {
		clock.set(KERNEL_TALK_STARTS);
		long anna = accountId(ANNA);

		Race<Feedback> race = LockWaits.race(jdbc, new TransactionTemplate(transactions),
				() -> feedback.give(fixture.event(), kernelTalk.toString(), anna, "4", "First window", null),
				() -> feedback.give(fixture.event(), kernelTalk.toString(), anna, "1", "Second window", null));

		assertThat(race.first().rating()).isEqualTo(4);
		assertThat(race.secondFailure()).isInstanceOf(OptimisticLockingFailureException.class)
			.hasMessage(TalkFeedback.STALE);
		assertThat(jdbc.sql("SELECT rating || ' ' || comment FROM talk_feedback").query(String.class).single())
			.isEqualTo("4 First window");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'talk-feedback'")).isEqualTo(1);
	}

	@Test
	void aTalkThatTheReleasedTimetableLacksHasNoFeedbackPages() {
		WebClient olga = signedIn(OLGA);

		for (String talk : new String[] { UUID.randomUUID().toString(), "not-a-guid" }) {
			assertThat(olga.get("/" + ScheduleFixture.EVENT + "/talks/" + talk + "/feedback").statusCode()).as(talk)
				.isEqualTo(404);
			assertThat(olga.get("/" + ScheduleFixture.EVENT + "/talks/" + talk + "/feedback/received").statusCode())
				.as(talk)
				.isEqualTo(404);
		}
		assertThat(olga.get("/no_such_event/talks/" + kernelTalk + "/feedback").statusCode()).isEqualTo(404);
	}

}
