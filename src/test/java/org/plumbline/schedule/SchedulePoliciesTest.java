package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Organisers set what each kind of timetable conflict does (issue 11, point 3); the
 * conflicts carry it, ignored ones are left out, a stale or malformed form is told and
 * changes nothing, and anyone else gets 404. {@link SchedulePoliciesPostgresTest} runs
 * the same on PostgreSQL.
 */
class SchedulePoliciesTest extends ScheduleWebTest {

	static final String POLICIES = "/manage/" + EVENT + "/schedule/policies";

	@Autowired
	SchedulePolicies policies;

	@Test
	void withoutAChoiceAHardClashBlocksReleaseAndAKeyAttendeesClashWarns() {
		// Both MCs in Room 1 on Saturday: the room is used twice, and Kurt is a key
		// attendee of both.
		assertThat(conflicts.policed(event.id(), bothInRoom1OnSaturday()))
			.extracting(PolicedConflict::kind, PolicedConflict::policy, PolicedConflict::words)
			.containsExactly(
					tuple(ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES, RulePolicy.WARN,
							"Kurt Key: Kernel MC (Room 1) and Tools MC (Room 1), Sat 10:00–13:30"),
					tuple(ConflictKind.ROOM_USED_TWICE, RulePolicy.BLOCK_RELEASE,
							"Room 1: Kernel MC and Tools MC, Sat 10:00–13:30"));

		Document page = signedIn(ORGANISER).page(POLICIES);
		assertThat(page.select("#policy_PERSON_IN_TWO_PLACES option[selected]").text())
			.isEqualTo("Block release (warn while editing) (default)");
		assertThat(page.select("#policy_ROOM_TOO_SMALL option[selected]").text()).isEqualTo("Warn (default)");
	}

	@Test
	void anOrganisersChoiceIsWhatTheConflictsCarryAndAnIgnoredKindIsLeftOut() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> form = form(olga);
		form.put("policy_KEY_ATTENDEE_IN_TWO_PLACES", "BLOCK_CHANGE");
		form.put("policy_ROOM_USED_TWICE", "IGNORE");

		HttpResponse<String> saved = olga.post(POLICIES, form);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(conflicts.policed(event.id(), bothInRoom1OnSaturday()))
			.extracting(PolicedConflict::kind, PolicedConflict::blocksChange, PolicedConflict::blocksRelease)
			.containsExactly(tuple(ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES, true, true));
		assertThat(policies.of(event.id()).of(ConflictKind.PERSON_IN_TWO_PLACES)).isEqualTo(RulePolicy.BLOCK_RELEASE);
		assertThat(olga.page(POLICIES).select("#policy_ROOM_USED_TWICE option[selected]").text()).isEqualTo("Ignore");
		assertThat(jdbc.sql("SELECT object_id FROM audit_entry WHERE action = 'schedule-policy-set' ORDER BY object_id")
			.query(String.class)
			.list()).containsExactly("KEY_ATTENDEE_IN_TWO_PLACES", "ROOM_USED_TWICE");
	}

	@Test
	void aPolicyThatIsNoneOfTheChoicesIsToldBesideItAndNothingIsSaved() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> form = form(olga);
		form.put("policy_ROOM_USED_TWICE", "IGNORE");
		form.put("policy_UNAVAILABLE", "SOMETIMES");

		Document refused = Jsoup.parse(olga.post(POLICIES, form).body());

		assertThat(refused.select("#policy_UNAVAILABLE_error").text())
			.isEqualTo("Choose one of: block the change, block release, warn, ignore.");
		assertThat(refused.select("#policy_ROOM_USED_TWICE option[selected]").text()).isEqualTo("Ignore");
		assertThat(count("SELECT COUNT(*) FROM schedule_rule_policy")).isZero();
	}

	@Test
	void aFormOpenedBeforeAnotherOrganiserSavedIsToldAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> opened = form(olga);
		Map<String, String> first = form(olga);
		first.put("policy_ROOM_USED_TWICE", "IGNORE");
		assertThat(olga.post(POLICIES, first).statusCode()).isEqualTo(302);

		opened.put("policy_ROOM_USED_TWICE", "BLOCK_CHANGE");
		opened.put("policy_OUTSIDE_THE_EVENT", "WARN");
		Document stale = Jsoup.parse(olga.post(POLICIES, opened).body());

		assertThat(stale.select(".form-error").text()).startsWith(SchedulePolicies.STALE);
		assertThat(stale.select("#policy_ROOM_USED_TWICE option[selected]").text()).isEqualTo("Block the change");
		assertThat(policies.of(event.id()).of(ConflictKind.ROOM_USED_TWICE)).isEqualTo(RulePolicy.IGNORE);
		assertThat(policies.of(event.id()).of(ConflictKind.OUTSIDE_THE_EVENT)).isEqualTo(RulePolicy.BLOCK_RELEASE);
		assertThat(olga.post(POLICIES, formOf(stale)).statusCode()).as("saved again over what is saved now")
			.isEqualTo(302);
		assertThat(policies.of(event.id()).of(ConflictKind.ROOM_USED_TWICE)).isEqualTo(RulePolicy.BLOCK_CHANGE);
	}

	@Test
	void aRoomTooSmallForItsInterestCanOnlyWarnOrBeIgnoredSinceAnyoneCanMarkInterest() {
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(POLICIES).select("#policy_ROOM_TOO_SMALL option").eachAttr("value"))
			.containsExactly("WARN", "IGNORE");

		for (String blocking : List.of("BLOCK_CHANGE", "BLOCK_RELEASE")) {
			Map<String, String> form = form(olga);
			form.put("policy_ROOM_TOO_SMALL", blocking);
			form.put("policy_ROOM_USED_TWICE", "IGNORE");

			Document refused = Jsoup.parse(olga.post(POLICIES, form).body());

			assertThat(refused.select("#policy_ROOM_TOO_SMALL_error").text()).as(blocking)
				.isEqualTo("Anyone can mark interest, so a room too small for it can only warn or be ignored.");
			assertThat(count("SELECT COUNT(*) FROM schedule_rule_policy")).as(blocking).isZero();
		}
		Map<String, String> ignored = form(olga);
		ignored.put("policy_ROOM_TOO_SMALL", "IGNORE");
		assertThat(olga.post(POLICIES, ignored).statusCode()).isEqualTo(302);
		assertThat(policies.of(event.id()).of(ConflictKind.ROOM_TOO_SMALL)).isEqualTo(RulePolicy.IGNORE);

		jdbc.sql("UPDATE schedule_rule_policy SET policy = 'BLOCK_CHANGE' WHERE rule = 'ROOM_TOO_SMALL'").update();
		assertThat(policies.of(event.id()).of(ConflictKind.ROOM_TOO_SMALL)).as("a row saved before this rule")
			.isEqualTo(RulePolicy.WARN);
	}

	@Test
	void anMcLeadOrAStrangerIsToldThePageDoesNotExistAndChangesNothing() {
		for (String email : List.of(LEAD_KERNEL, STRANGER)) {
			WebClient someone = signedIn(email);
			assertThat(someone.get(POLICIES).statusCode()).as(email).isEqualTo(404);
			assertThat(someone
				.postWithToken(POLICIES, Map.of("policy_ROOM_USED_TWICE", "IGNORE", "version_ROOM_USED_TWICE", "0"))
				.statusCode()).as(email).isEqualTo(404);
			long id = accountId(email);
			assertThatThrownBy(() -> policies.save(event, id,
					List.of(new PolicyInput(ConflictKind.ROOM_USED_TWICE, "IGNORE", 0)), new ReleaseSetting(true, 0)))
				.as("the service, asked directly by %s", email)
				.isInstanceOf(TimetableNotFoundException.class);
		}
		assertThat(count("SELECT COUNT(*) FROM schedule_rule_policy")).isZero();
	}

	@Test
	void theReleaseSettingIsOffUntilTickedIsAuditedAndAStaleFormIsToldAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		Map<String, String> opened = form(olga);
		assertThat(opened).doesNotContainKey("release_accepted_talks");
		assertThat(policies.releaseSetting(event.id())).isEqualTo(new ReleaseSetting(false, 0));

		Map<String, String> ticked = form(olga);
		ticked.put("release_accepted_talks", "true");
		assertThat(olga.post(POLICIES, ticked).statusCode()).isEqualTo(302);

		assertThat(olga.page(POLICIES).select("#release_accepted_talks").hasAttr("checked")).isTrue();
		assertThat(policies.releaseSetting(event.id())).isEqualTo(new ReleaseSetting(true, 1));
		assertThat(jdbc.sql("SELECT object_id FROM audit_entry WHERE action = 'schedule-setting-set'")
			.query(String.class)
			.list()).containsExactly("release-accepted-talks");

		opened.put("policy_ROOM_USED_TWICE", "IGNORE");
		Document stale = Jsoup.parse(olga.post(POLICIES, opened).body());

		assertThat(stale.select(".form-error").text()).startsWith(SchedulePolicies.STALE);
		assertThat(stale.select("#release_accepted_talks").hasAttr("checked")).as("as the stale form sent it")
			.isFalse();
		assertThat(policies.releaseSetting(event.id())).isEqualTo(new ReleaseSetting(true, 1));
		assertThat(policies.of(event.id()).of(ConflictKind.ROOM_USED_TWICE)).as("all or nothing")
			.isEqualTo(RulePolicy.BLOCK_RELEASE);

		assertThat(olga.post(POLICIES, formOf(stale)).statusCode()).as("saved again over what is saved now")
			.isEqualTo(302);
		assertThat(policies.releaseSetting(event.id())).isEqualTo(new ReleaseSetting(false, 2));
	}

	private List<Placement> bothInRoom1OnSaturday() {
		return List.of(new Placement(kernelId, room1.id(), saturday.id()),
				new Placement(toolsId, room1.id(), saturday.id()));
	}

	/** The form as the page shows it, with each select's chosen option. */
	private static Map<String, String> form(WebClient client) {
		return formOf(client.page(POLICIES));
	}

	/** The fields a browser would send: a checkbox only when it is ticked. */
	static Map<String, String> formOf(Document page) {
		Map<String, String> fields = new HashMap<>();
		var form = page.selectFirst("form.policies-form");
		form.select("input[name]:not([type=checkbox]), input[type=checkbox][checked]")
			.forEach(input -> fields.put(input.attr("name"), input.attr("value")));
		form.select("select")
			.forEach(select -> fields.put(select.attr("name"), select.select("option[selected]").attr("value")));
		return fields;
	}

}
