package org.plumbline.schedule;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.testsupport.ChromiumPages;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Debian's Chromium: an MC's lead marks the blocks they prefer and avoid on their MC's
 * page and finds them chosen when the page comes back; an organiser's negative weight is
 * told beside its field. Both pages pass axe-core without a serious violation
 * (screenshots kept under {@code target/screenshots}).
 */
class SchedulerPreferencesBrowserTest extends EditorWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Autowired
	McTimePreferences preferences;

	@Autowired
	SchedulerWeights weights;

	@Test
	void aLeadMarksAPreferredAndAnAvoidedBlockOfTheirMc() {
		jdbc.sql("DELETE FROM microconference_time_preference").update();
		jdbc.sql("DELETE FROM microconference_time_preference_version").update();
		long morning = fixture.block("2027-10-29T10:00").id();
		long afternoon = fixture.block("2027-10-30T15:00").id();
		String base = "http://localhost:" + port;
		chromium.signIn(base, LEAD_KERNEL, PASSWORD);
		Page page = chromium.page();
		page.navigate(base + KERNEL_PAGE);

		page.getByLabel("Fri Oct 29, Morning 10:00–13:30: Preferred").check();
		page.getByLabel("Sat Oct 30, Afternoon 15:00–18:30: Avoid").check();
		page.click("form.preferred-times-form button");
		page.waitForURL("**" + KERNEL_PAGE);

		assertThat(page.locator("#notice")).hasText("Saved the preferred times of Kernel MC.");
		assertThat(page.getByLabel("Fri Oct 29, Morning 10:00–13:30: Preferred")).isChecked();
		assertThat(page.getByLabel("Sat Oct 30, Afternoon 15:00–18:30: Avoid")).isChecked();
		assertThat(page.getByLabel("Fri Oct 29, Afternoon 15:00–18:30: Fine")).isChecked();
		assertThat(preferences.ofEvent(fixture.event().id())).containsEntry(fixture.mc("kernel").id(),
				Map.of(morning, TimePreference.PREFERRED, afternoon, TimePreference.AVOIDED));
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("schedule-mc-preferred-times");
	}

	@Test
	void anOrganisersNegativeWeightIsToldBesideItsField() {
		jdbc.sql("DELETE FROM schedule_constraint_weight").update();
		jdbc.sql("DELETE FROM schedule_constraint_weight_version").update();
		String base = "http://localhost:" + port;
		chromium.signIn(base, ORGANISER, PASSWORD);
		Page page = chromium.page();
		page.navigate(base + GRID + "/weights");

		page.getByLabel("Weight of Room capacity").fill("-2");
		page.click("form.weights-form button");

		assertThat(page.locator("#weight_ROOM_CAPACITY_error"))
			.hasText("A weight cannot be negative; 0 switches the constraint off.");
		assertThat(page.getByLabel("Weight of Room capacity")).hasValue("-2");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("schedule-weights-refused");
		assertThat(weights.ofEvent(fixture.event().id())).containsEntry(ScheduleConstraint.ROOM_CAPACITY,
				ScheduleConstraint.ROOM_CAPACITY.defaultWeight());
	}

}
