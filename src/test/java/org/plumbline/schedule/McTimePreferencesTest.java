package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, point 3: an MC's leads, and the organisers, say which time blocks they prefer
 * or would rather avoid for the MC, on the MC's page, until the event has ended; a lead
 * of another MC gets 404, a block of another event is refused, and a form opened before
 * another save is told. {@link McTimePreferencesPostgresTest} runs the same on
 * PostgreSQL.
 */
class McTimePreferencesTest extends EditorWebTest {

	static final String KERNEL_PREFERENCES = KERNEL_PAGE + "/preferences";

	@Autowired
	McTimePreferences preferences;

	@Autowired
	EventSetup eventSetup;

	@Autowired
	EventCatalog events;

	@Autowired
	TransactionTemplate transactions;

	long kernelId;

	long fridayMorning;

	long fridayAfternoon;

	@BeforeEach
	void noPreferencesSaved() {
		for (String table : List.of("microconference_time_preference", "microconference_time_preference_version")) {
			jdbc.sql("DELETE FROM " + table
					+ " WHERE microconference_id IN (SELECT id FROM microconference WHERE event_id = ?)")
				.param(fixture.event().id())
				.update();
		}
		kernelId = fixture.mc("kernel").id();
		fridayMorning = fixture.block("2027-10-29T10:00").id();
		fridayAfternoon = fixture.block("2027-10-29T15:00").id();
	}

	@Test
	void aLeadSetsTheirOwnMcsPreferredTimesAndTheyAreAudited() {
		WebClient lena = signedIn(LEAD_KERNEL);
		Document page = lena.page(KERNEL_PAGE);
		assertThat(page.select(".preferred-times tbody th").eachText()).hasSize(8)
			.startsWith("Fri Oct 29, Morning 10:00–13:30", "Fri Oct 29, Afternoon 15:00–18:30");
		assertThat(page.select(".preferred-times input[checked]").eachAttr("value")).containsOnly("FINE");

		HttpResponse<String> saved = lena.submit(KERNEL_PAGE, KERNEL_PREFERENCES,
				Map.of("time_" + fridayMorning, "PREFERRED", "time_" + fridayAfternoon, "AVOIDED"));

		page = followed(lena, saved);
		assertThat(page.select("#notice").text()).isEqualTo("Saved the preferred times of Kernel MC.");
		assertThat(page.select("#time_" + fridayMorning + "_PREFERRED").hasAttr("checked")).isTrue();
		assertThat(page.select("#time_" + fridayAfternoon + "_AVOIDED").hasAttr("checked")).isTrue();
		assertThat(preferences.ofEvent(fixture.event().id())).containsOnlyKeys(kernelId)
			.containsEntry(kernelId,
					Map.of(fridayMorning, TimePreference.PREFERRED, fridayAfternoon, TimePreference.AVOIDED));
		assertThat(jdbc.sql("SELECT object_id FROM audit_entry WHERE action = 'time-preferences-set'")
			.query(String.class)
			.list()).containsExactly(Long.toString(kernelId));
	}

	@Test
	void anOrganiserChangesAnMcsPreferredTimesAndFineClearsOne() {
		preferences.set(leadKernelId, fixture.event(), kernelId, Map.of(fridayMorning, TimePreference.AVOIDED), 0);
		WebClient olga = signedIn(ORGANISER);

		olga.submit(KERNEL_PAGE, KERNEL_PREFERENCES,
				Map.of("time_" + fridayMorning, "FINE", "time_" + fridayAfternoon, "PREFERRED"));

		assertThat(preferences.ofEvent(fixture.event().id())).containsEntry(kernelId,
				Map.of(fridayAfternoon, TimePreference.PREFERRED));
		assertThat(preferences.version(kernelId)).isEqualTo(2);
	}

	@Test
	void aLeadOfAnotherMcIsToldThePageDoesNotExistAndChangesNothing() {
		WebClient tom = signedIn(LEAD_TOOLS);

		assertThat(tom
			.postWithToken(KERNEL_PREFERENCES, Map.of("preferences_version", "0", "time_" + fridayMorning, "AVOIDED"))
			.statusCode()).isEqualTo(404);
		long tomId = count("SELECT id FROM account WHERE email = ?", LEAD_TOOLS);
		assertThatThrownBy(() -> preferences.set(tomId, fixture.event(), kernelId,
				Map.of(fridayMorning, TimePreference.AVOIDED), 0))
			.isInstanceOf(TimetableNotFoundException.class);
		assertThat(signedIn(USER).postWithToken(KERNEL_PREFERENCES, Map.of("preferences_version", "0")).statusCode())
			.isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM microconference_time_preference")).isZero();
	}

	@Test
	void aBlockThatIsNoneOfTheEventsIsRefusedAndNothingIsSaved() {
		long elsewhere = otherEventsBlock();
		WebClient lena = signedIn(LEAD_KERNEL);

		Document page = followed(lena, lena.submit(KERNEL_PAGE, KERNEL_PREFERENCES,
				Map.of("time_" + fridayMorning, "PREFERRED", "time_" + elsewhere, "AVOIDED")));

		assertThat(page.select("#problem").text())
			.isEqualTo("Time block " + elsewhere + " is not one of this event's. Nothing was changed.");
		assertThatThrownBy(() -> preferences.set(leadKernelId, fixture.event(), kernelId,
				Map.of(Long.MAX_VALUE, TimePreference.PREFERRED), 0))
			.isInstanceOf(TimetableRefusedException.class);
		assertThat(lena
			.postWithToken(KERNEL_PREFERENCES, Map.of("preferences_version", "0", "time_" + fridayMorning, "SOMETIMES"))
			.statusCode()).as("a choice no page offers").isEqualTo(400);
		assertThat(count("SELECT COUNT(*) FROM microconference_time_preference")).isZero();
	}

	@Test
	void aPreferencesFormOpenedBeforeAnotherSaveIsToldAndKeepsWhatItChose() {
		WebClient lena = signedIn(LEAD_KERNEL);
		Map<String, String> opened = lena.formFields(KERNEL_PAGE, KERNEL_PREFERENCES);
		followed(lena, lena.submit(KERNEL_PAGE, KERNEL_PREFERENCES, Map.of("time_" + fridayMorning, "AVOIDED")));

		opened.put("time_" + fridayAfternoon, "PREFERRED");
		Document stale = followed(lena, lena.post(KERNEL_PREFERENCES, opened));

		assertThat(stale.select("#problem").text()).startsWith(McTimePreferences.STALE);
		assertThat(stale.select("#time_" + fridayAfternoon + "_PREFERRED").hasAttr("checked")).isTrue();
		assertThat(stale.select("#time_" + fridayMorning + "_FINE").hasAttr("checked")).isTrue();
		assertThat(preferences.ofEvent(fixture.event().id())).containsEntry(kernelId,
				Map.of(fridayMorning, TimePreference.AVOIDED));

		assertThat(lena.post(KERNEL_PREFERENCES, preferencesFormOf(stale)).statusCode())
			.as("saved again over what is saved now")
			.isEqualTo(302);
		assertThat(preferences.ofEvent(fixture.event().id())).containsEntry(kernelId,
				Map.of(fridayAfternoon, TimePreference.PREFERRED));
	}

	@Test
	void aLeadAndAnOrganiserSavingAnMcsFirstPreferencesAtOnceOneIsSavedAndTheOtherTold() throws Exception {
		LockWaits.Race<Boolean> race = LockWaits.race(jdbc, transactions, () -> {
			preferences.set(leadKernelId, fixture.event(), kernelId, Map.of(fridayMorning, TimePreference.PREFERRED),
					0);
			return true;
		}, () -> {
			preferences.set(organiserId, fixture.event(), kernelId, Map.of(fridayMorning, TimePreference.AVOIDED), 0);
			return true;
		});

		assertThat(race.secondFailure()).isInstanceOf(OptimisticLockingFailureException.class)
			.hasMessage(McTimePreferences.STALE);
		assertThat(preferences.ofEvent(fixture.event().id())).containsEntry(kernelId,
				Map.of(fridayMorning, TimePreference.PREFERRED));
		assertThat(preferences.version(kernelId)).isOne();
	}

	@Test
	void afterTheEventHasEndedItsPreferredTimesCannotChange() {
		preferences.set(leadKernelId, fixture.event(), kernelId, Map.of(fridayMorning, TimePreference.PREFERRED), 0);
		clock.set(Instant.parse("2027-11-01T23:30:00Z"));
		WebClient lena = signedIn(LEAD_KERNEL);
		Map<String, String> form = lena.formFields(KERNEL_PAGE, KERNEL_PREFERENCES);
		assertThat(lena.page(KERNEL_PAGE).select("#preferences_closed")).as("Nov 2 in Berlin").hasSize(1);
		assertThat(lena.page(KERNEL_PAGE).select(".preferred-times input:not([disabled])")).isEmpty();

		form.put("time_" + fridayMorning, "AVOIDED");
		Document page = followed(lena, lena.post(KERNEL_PREFERENCES, form));

		assertThat(page.select("#problem").text()).isEqualTo(McTimePreferences.ENDED + " Nothing was changed.");
		assertThat(preferences.ofEvent(fixture.event().id())).containsEntry(kernelId,
				Map.of(fridayMorning, TimePreference.PREFERRED));
	}

	/**
	 * The page a save leads to, as a browser follows it, so that its message is not left
	 * waiting for the next page.
	 */
	static Document followed(WebClient client, HttpResponse<String> saved) {
		assertThat(saved.statusCode()).isEqualTo(302);
		return client.page(WebClient.location(saved));
	}

	/** The fields a browser sends from a page's preferred times form: checked radios. */
	private static Map<String, String> preferencesFormOf(Document page) {
		Map<String, String> fields = new HashMap<>();
		var form = page.selectFirst("form.preferred-times-form");
		form.select("input[name]:not([type=radio]), input[type=radio][checked]")
			.forEach(input -> fields.put(input.attr("name"), input.attr("value")));
		return fields;
	}

	/** A time block of another event, which is made once per database. */
	private long otherEventsBlock() {
		LocalDate day = LocalDate.of(2027, 10, 29);
		var other = events.findBySlug("prefs_other")
			.orElseGet(() -> eventSetup.create(new NewEvent("prefs_other", "Another event", day, day,
					ScheduleFixture.ZONE, null, List.of(),
					List.of(new NewTimeBlock("Morning", day, LocalTime.of(10, 0), LocalTime.of(13, 30), null, null)),
					List.of(), List.of())));
		return events.timeBlocks(other.id()).getFirst().id();
	}

}
