package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.schedule.instance.TinyInstance;
import org.plumbline.testsupport.ChromiumPages;

/**
 * A solver run's page in Chromium: the progress bar moves and the best score and its
 * chart appear as the Server-Sent Events arrive; Stop ends the run, and the page, which
 * reloads itself, says it stopped and shows the report. axe-core finds no serious
 * accessibility problem (screenshots kept under {@code target/screenshots}).
 */
class SchedulingRunBrowserTest extends SchedulingRunWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void anOrganiserWatchesARunMoveAndStopsIt() {
		SchedulingRun run = start(TinyInstance.text(TinyInstance.SMALL_CONFERENCE), LONG_RUN);
		claimedByTheServer();
		String base = "http://localhost:" + port;
		chromium.signIn(base, ORGANISER, PASSWORD);
		Page page = chromium.page();

		page.navigate(base + RUNS + run.id());
		page.waitForFunction("() => document.getElementById('run_progress').value > 0");
		double first = ((Number) page.evaluate("document.getElementById('run_progress').value")).doubleValue();
		page.waitForFunction("seen => document.getElementById('run_progress').value > seen", first);
		page.waitForFunction("() => document.querySelector('#score_chart polyline') !== null");
		assertThat(page.textContent("#best_score")).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
		assertThat(page.textContent("#run_state")).isEqualTo("Running.");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("scheduling-run-running");

		page.click("#stop_button");
		// The page reloads itself when the run ends: between the two documents there is
		// no
		// state to read.
		page.waitForFunction("() => document.getElementById('run_state')?.textContent.startsWith('Stopped') === true");

		assertThat(page.textContent("#run_state"))
			.isEqualTo("Stopped: the result is the best timetable found until " + "then.");
		assertThat(page.locator("#run_report tbody tr").count()).isPositive();
		assertThat(page.locator("#stop_button").count()).isZero();
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("scheduling-run-stopped");
	}

}
