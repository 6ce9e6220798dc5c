package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.Weight;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.WebClient;
import org.plumbline.validation.InvalidFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, point 2: organisers give each of the scheduler's constraints a level and a
 * weight for their event (0 switches it off, any can be made hard, the two that keep a
 * timetable possible stay fixed), reset them all to the defaults, and see every MC's
 * preferred times beside them. Refused input is told beside its field and saves nothing,
 * a form opened before another save is told, and anyone else gets 404.
 * {@link SchedulerWeightsPostgresTest} runs the same on PostgreSQL.
 */
class SchedulerWeightsTest extends EditorWebTest {

	static final String WEIGHTS = GRID + "/weights";

	@Autowired
	SchedulerWeights weights;

	@Autowired
	McTimePreferences preferences;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void noWeightsOrPreferencesSaved() {
		for (String table : List.of("schedule_constraint_weight", "schedule_constraint_weight_version")) {
			jdbc.sql("DELETE FROM " + table + " WHERE event_id = ?").param(fixture.event().id()).update();
		}
		for (String table : List.of("microconference_time_preference", "microconference_time_preference_version")) {
			jdbc.sql("DELETE FROM " + table
					+ " WHERE microconference_id IN (SELECT id FROM microconference WHERE event_id = ?)")
				.param(fixture.event().id())
				.update();
		}
	}

	@Test
	void withNothingSavedEveryConstraintHasItsDefaultAndThePageShowsThemWithWhatTheyCount() {
		Map<ScheduleConstraint, Weight> saved = weights.ofEvent(fixture.event().id());

		assertThat(saved).hasSize(ScheduleConstraint.values().length)
			.allSatisfy((constraint, weight) -> assertThat(weight).isEqualTo(constraint.defaultWeight()));
		Document page = signedIn(ORGANISER).page(WEIGHTS);
		assertThat(page.select("#level_PRESENTER_CLASH option[selected]").text()).isEqualTo("hard (default)");
		assertThat(page.select("#weight_PRESENTER_CLASH").val()).isEqualTo("1");
		assertThat(page.select("#PRESENTER_CLASH_description").text())
			.startsWith("A person presenting in two rooms at once");
		assertThat(page.select("#ROOM_DOUBLE_BOOKED select, #ROOM_DOUBLE_BOOKED input")).as("fixed").isEmpty();
		assertThat(page.select("#ROOM_DOUBLE_BOOKED td").eachText()).last().isEqualTo("fixed");
		assertThat(page.select("tbody th .field-hint")).hasSize(ScheduleConstraint.values().length);
	}

	@Test
	void eachConstraintSaysWhatItReadsOfThisEventAndThoseItCannotFillSaySoButStayEditable() {
		Document page = signedIn(ORGANISER).page(WEIGHTS);

		assertThat(page.select("#TALK_BLOCK_on_event").text())
			.isEqualTo("On this event: each session is a talk, and this is the cost of moving it from its block in "
					+ "the draft (1 per slot), so a proposal moves only what it must; 0 lets a proposal reshuffle the "
					+ "draft, hard forbids any move.");
		assertThat(page.select("#TALK_ROOM_on_event").text()).contains("moving it from its room in the draft");
		assertThat(page.select("#TRACK_BLOCK_on_event").text())
			.isEqualTo("On this event: each MC's leads' preferred times; a block they avoid costs 3, and when they "
					+ "marked some preferred, any other costs 1.");
		assertThat(page.select("#SIMILAR_TRACKS_IN_PARALLEL_on_event").text())
			.isEqualTo("On this event: two MCs are as similar as the number of people who marked both interesting, "
					+ "so two in the same block cost one for each of them, even in different halves of it.");
		for (ScheduleConstraint unused : List.of(ScheduleConstraint.TRACK_ROOM, ScheduleConstraint.TALK_ORDER,
				ScheduleConstraint.PRESENTER_LOCAL_TIME)) {
			assertThat(page.select("#" + unused.name() + "_on_event").text()).as(unused.title())
				.isEqualTo("Not used by this event's problem: only instance files set it.");
			assertThat(page.select("#" + SchedulerWeights.weightField(unused)).attr("type"))
				.as("its weight still goes into the exported instance")
				.isEqualTo("number");
		}
		assertThat(page.select("[id$=_on_event]")).hasSize(ScheduleConstraint.values().length)
			.filteredOn(hint -> hint.text().startsWith("Not used"))
			.hasSize(3);
	}

	@Test
	void aSavedLevelAndWeightComeBackAndAreAudited() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> form = weightsForm(olga);
		form.put("level_ATTENDEE_CLASH", "MEDIUM");
		form.put("weight_ATTENDEE_CLASH", "5");

		assertThat(olga.post(WEIGHTS, form).statusCode()).isEqualTo(302);

		assertThat(weights.ofEvent(fixture.event().id()))
			.containsEntry(ScheduleConstraint.ATTENDEE_CLASH, new Weight(ConflictLevel.MEDIUM, 5))
			.containsEntry(ScheduleConstraint.CHAIR_CLASH, ScheduleConstraint.CHAIR_CLASH.defaultWeight());
		Document page = olga.page(WEIGHTS);
		assertThat(page.select("#notice").text()).isEqualTo("Saved the scheduler's weights.");
		assertThat(page.select("#level_ATTENDEE_CLASH option[selected]").val()).isEqualTo("MEDIUM");
		assertThat(page.select("#weight_ATTENDEE_CLASH").val()).isEqualTo("5");
		assertThat(page.select("#ATTENDEE_CLASH th .field-hint")).as("no longer the default").isEmpty();
		assertThat(jdbc.sql("SELECT object_id FROM audit_entry WHERE action = 'scheduler-weight-set'")
			.query(String.class)
			.list()).containsExactly("ATTENDEE_CLASH");
	}

	@Test
	void aWeightOfZeroSwitchesAConstraintOffAndAnyCanBeMadeHard() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> form = weightsForm(olga);
		form.put("weight_ROOM_CAPACITY", "0");
		form.put("level_TALK_ORDER", "HARD");
		form.put("weight_TALK_ORDER", "3");

		assertThat(olga.post(WEIGHTS, form).statusCode()).isEqualTo(302);

		assertThat(weights.ofEvent(fixture.event().id()))
			.containsEntry(ScheduleConstraint.ROOM_CAPACITY, new Weight(ConflictLevel.SOFT, 0))
			.containsEntry(ScheduleConstraint.TALK_ORDER, new Weight(ConflictLevel.HARD, 3));
	}

	@Test
	void peoplesUnavailabilityIsWeighedHereHardForLeadsAndPresentersMediumForKeyAttendeesAndZeroSwitchesItOff() {
		WebClient olga = signedIn(ORGANISER);
		Document before = olga.page(WEIGHTS);
		Map<String, String> form = weightsForm(olga);
		form.put("weight_KEY_ATTENDEE_UNAVAILABLE", "0");

		assertThat(olga.post(WEIGHTS, form).statusCode()).isEqualTo(302);

		assertThat(before.select("#level_PERSON_UNAVAILABLE option[selected]").text()).isEqualTo("hard (default)");
		assertThat(before.select("#level_KEY_ATTENDEE_UNAVAILABLE option[selected]").text())
			.isEqualTo("medium (default)");
		assertThat(before.select("#PERSON_UNAVAILABLE_description").text())
			.startsWith("A lead or presenter needed while declared unavailable");
		assertThat(weights.ofEvent(fixture.event().id()))
			.containsEntry(ScheduleConstraint.KEY_ATTENDEE_UNAVAILABLE, new Weight(ConflictLevel.MEDIUM, 0))
			.containsEntry(ScheduleConstraint.PERSON_UNAVAILABLE, new Weight(ConflictLevel.HARD, 1));
	}

	@Test
	void aNegativeOrNonNumberWeightIsToldBesideItAndNothingIsSaved() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> form = weightsForm(olga);
		form.put("weight_ATTENDEE_CLASH", "-1");
		form.put("weight_CHAIR_CLASH", "lots");
		form.put("weight_TALK_ORDER", "1.5");
		form.put("level_ROOM_CAPACITY", "CRITICAL");
		form.put("weight_TRACK_ROOM", "7");

		Document refused = Jsoup.parse(olga.post(WEIGHTS, form).body());

		assertThat(refused.select("#weight_ATTENDEE_CLASH_error").text())
			.isEqualTo("A weight cannot be negative; 0 switches the constraint off.");
		assertThat(refused.select("#weight_CHAIR_CLASH_error").text())
			.isEqualTo("Give a whole number such as 1; 0 switches the constraint off.");
		assertThat(refused.select("#weight_TALK_ORDER_error").text())
			.isEqualTo("Give a whole number such as 1; 0 switches the constraint off.");
		assertThat(refused.select("#level_ROOM_CAPACITY_error").text()).isEqualTo("Choose hard, medium or soft.");
		assertThat(refused.select(".form-error").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(refused.select("#weight_CHAIR_CLASH").val()).as("kept as typed").isEqualTo("lots");
		assertThat(refused.select("#weight_TRACK_ROOM").val()).isEqualTo("7");
		assertThat(count("SELECT COUNT(*) FROM schedule_constraint_weight")).isZero();
		assertThat(weights.version(fixture.event().id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'scheduler-weight-set'")).isZero();
	}

	@Test
	void aConstraintThatKeepsTheTimetablePossibleCannotBeWeighted() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> form = weightsForm(olga);
		form.put("weight_ROOM_DOUBLE_BOOKED", "0");
		form.put("weight_TRACK_ROOM", "7");

		Document refused = Jsoup.parse(olga.post(WEIGHTS, form).body());

		assertThat(refused.select("#weight_ROOM_DOUBLE_BOOKED_error").text())
			.isEqualTo("This one keeps the timetable possible, so it stays as it is and cannot be weighted.");
		assertThat(count("SELECT COUNT(*) FROM schedule_constraint_weight")).isZero();
		assertThatThrownBy(() -> weights.save(organiserId, fixture.event(),
				Map.of(ScheduleConstraint.SESSION_MIXES_TRACKS, new WeightInput("SOFT", "1")), 0))
			.isInstanceOfSatisfying(InvalidFields.class,
					invalid -> assertThat(invalid.messages()).containsOnlyKeys("weight_SESSION_MIXES_TRACKS"));
		assertThat(weights.ofEvent(fixture.event().id())).containsEntry(ScheduleConstraint.ROOM_DOUBLE_BOOKED,
				ScheduleConstraint.ROOM_DOUBLE_BOOKED.defaultWeight());
	}

	@Test
	void aWeightsFormOpenedBeforeAnotherOrganiserSavedIsToldAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> opened = weightsForm(olga);
		Map<String, String> first = weightsForm(olga);
		first.put("weight_TRACK_ROOM", "4");
		assertThat(olga.post(WEIGHTS, first).statusCode()).isEqualTo(302);

		opened.put("weight_TALK_ROOM", "9");
		Document stale = Jsoup.parse(olga.post(WEIGHTS, opened).body());

		assertThat(stale.select(".form-error").text()).startsWith(SchedulerWeights.STALE);
		assertThat(stale.select("#weight_TALK_ROOM").val()).as("what the stale form chose").isEqualTo("9");
		assertThat(weights.ofEvent(fixture.event().id()))
			.containsEntry(ScheduleConstraint.TRACK_ROOM, new Weight(ConflictLevel.SOFT, 4))
			.containsEntry(ScheduleConstraint.TALK_ROOM, ScheduleConstraint.TALK_ROOM.defaultWeight());

		assertThat(olga.post(WEIGHTS, formOf(stale)).statusCode()).as("saved again over what is saved now")
			.isEqualTo(302);
		assertThat(weights.ofEvent(fixture.event().id()))
			.containsEntry(ScheduleConstraint.TALK_ROOM, new Weight(ConflictLevel.SOFT, 9))
			.containsEntry(ScheduleConstraint.TRACK_ROOM, ScheduleConstraint.TRACK_ROOM.defaultWeight());
	}

	@Test
	void twoOrganisersSavingTheSameVersionAtOnceOneIsSavedAndTheOtherTold() throws Exception {
		weights.save(organiserId, fixture.event(), Map.of(ScheduleConstraint.TRACK_ROOM, new WeightInput("SOFT", "2")),
				0);

		LockWaits.Race<Boolean> race = LockWaits.race(jdbc, transactions, () -> saved("TRACK_ROOM", "3"),
				() -> saved("TALK_ROOM", "4"));

		assertThat(race.first()).isTrue();
		assertThat(race.secondFailure()).isInstanceOf(OptimisticLockingFailureException.class)
			.hasMessage(SchedulerWeights.STALE);
		assertThat(weights.ofEvent(fixture.event().id()))
			.containsEntry(ScheduleConstraint.TRACK_ROOM, new Weight(ConflictLevel.SOFT, 3))
			.containsEntry(ScheduleConstraint.TALK_ROOM, ScheduleConstraint.TALK_ROOM.defaultWeight());
		assertThat(weights.version(fixture.event().id())).isEqualTo(2);
	}

	@Test
	void resetGivesEveryConstraintItsDefaultAgainAndAStaleResetChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> form = weightsForm(olga);
		form.put("weight_TRACK_ROOM", "4");
		form.put("level_CHAIR_CLASH", "SOFT");
		McTimePreferencesTest.followed(olga, olga.post(WEIGHTS, form));
		Map<String, String> resetForm = olga.formFields(WEIGHTS, WEIGHTS + "/reset");
		Map<String, String> again = weightsForm(olga);
		again.put("weight_TRACK_ROOM", "5");
		McTimePreferencesTest.followed(olga, olga.post(WEIGHTS, again));

		Document stale = McTimePreferencesTest.followed(olga, olga.post(WEIGHTS + "/reset", resetForm));
		assertThat(stale.select("#problem").text()).startsWith(SchedulerWeights.STALE);
		assertThat(weights.ofEvent(fixture.event().id())).containsEntry(ScheduleConstraint.TRACK_ROOM,
				new Weight(ConflictLevel.SOFT, 5));

		Document reset = McTimePreferencesTest.followed(olga,
				olga.post(WEIGHTS + "/reset", olga.formFields(WEIGHTS, WEIGHTS + "/reset")));

		assertThat(reset.select("#notice").text()).isEqualTo("Every constraint has its default weight again.");
		assertThat(weights.ofEvent(fixture.event().id()))
			.allSatisfy((constraint, weight) -> assertThat(weight).isEqualTo(constraint.defaultWeight()));
		assertThat(count("SELECT COUNT(*) FROM schedule_constraint_weight")).isZero();
		assertThat(reset.select("#weight_TRACK_ROOM").val()).isEqualTo("1");
	}

	@Test
	void aLeadOrAUserIsToldTheWeightsPageDoesNotExistAndChangesNothing() {
		for (String email : List.of(LEAD_KERNEL, USER)) {
			WebClient someone = signedIn(email);
			assertThat(someone.get(WEIGHTS).statusCode()).as(email).isEqualTo(404);
			assertThat(someone.postWithToken(WEIGHTS, Map.of("version", "0", "weight_TRACK_ROOM", "3")).statusCode())
				.as(email)
				.isEqualTo(404);
			assertThat(someone.postWithToken(WEIGHTS + "/reset", Map.of("version", "0")).statusCode()).as(email)
				.isEqualTo(404);
		}
		assertThatThrownBy(() -> weights.save(leadKernelId, fixture.event(),
				Map.of(ScheduleConstraint.TRACK_ROOM, new WeightInput("SOFT", "3")), 0))
			.isInstanceOf(TimetableNotFoundException.class);
		assertThat(count("SELECT COUNT(*) FROM schedule_constraint_weight")).isZero();
	}

	@Test
	void theWeightsPageShowsEveryMcsPreferredTimesAsTheSchedulerReadsThem() {
		preferences.set(leadKernelId, fixture.event(), fixture.mc("kernel").id(),
				Map.of(fixture.block("2027-10-29T10:00").id(), TimePreference.PREFERRED,
						fixture.block("2027-10-29T15:00").id(), TimePreference.AVOIDED),
				0);

		Document page = signedIn(ORGANISER).page(WEIGHTS);

		assertThat(page.select(".mc-preferences thead th").eachText()).hasSize(9)
			.startsWith("MC", "Fri Oct 29, Morning 10:00–13:30");
		assertThat(page.select(".mc-preferences tbody tr").eachText()).containsExactly(
				"Kernel MC Preferred Avoid fine fine fine fine fine fine",
				"Tools MC fine fine fine fine fine fine fine fine");
	}

	/** Saves one weight over version 1, as a form opened then would. */
	private boolean saved(String constraint, String weight) {
		weights.save(organiserId, fixture.event(),
				Map.of(ScheduleConstraint.valueOf(constraint), new WeightInput("SOFT", weight)), 1);
		return true;
	}

	/** The weights form as the page shows it, with each select's chosen option. */
	private static Map<String, String> weightsForm(WebClient client) {
		return formOf(client.page(WEIGHTS));
	}

	private static Map<String, String> formOf(Document page) {
		Map<String, String> fields = new HashMap<>();
		var form = page.selectFirst("form.weights-form");
		form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
		form.select("select")
			.forEach(select -> fields.put(select.attr("name"), select.select("option[selected]").attr("value")));
		return fields;
	}

}
