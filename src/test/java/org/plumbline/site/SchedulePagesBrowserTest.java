package org.plumbline.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The public schedule in Debian's Chromium, at a phone's width (375 px) and a desktop's
 * (1280 px): no two cells of the grid overlap, every session's box can be seen whole, the
 * pages pass axe-core and work by keyboard, the viewer's zone replaces the event's on
 * request, and what runs now is marked. Screenshots of each page at each width are kept
 * in target/screenshots.
 */
class SchedulePagesBrowserTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	static final String SCHEDULE = "/" + ScheduleFixture.EVENT + "/schedule";

	static final int[] WIDTHS = { 375, 1280 };

	/**
	 * The layout check, run in the page. For every grid table: no two cells (headers
	 * included) overlap by more than a rounding error. For every session's box:
	 * <ul>
	 * <li>it lies inside the page, and the page itself never scrolls sideways: only a
	 * grid's own region does, so a box in such a region is inside the page sideways when
	 * the region is (and reachable in it, below);</li>
	 * <li>its content fits it (nothing spills out or is cut off inside the box);</li>
	 * <li>for each ancestor that clips (overflow other than visible) on an axis: on an
	 * axis where the ancestor hides overflow (hidden, clip), the box lies within the
	 * ancestor's padding box; on an axis where it scrolls (auto, scroll), the box lies
	 * within the ancestor's scrollable content (offset from the scroll origin at least 0,
	 * end within scrollWidth/scrollHeight), so scrolling reaches every part of it; a box
	 * of one room is also no wider than the ancestor's visible width, so it can be seen
	 * whole at once (a break across every room may be wider than a phone: its words sit
	 * at its start). Vertical scrolling is the document's, so boxes taller than a phone's
	 * screen pass.</li>
	 * </ul>
	 * Returns one line per problem.
	 */
	static final String LAYOUT_PROBLEMS = """
			() => {
			  const problems = [];
			  const slack = 1;
			  const name = (el) => el.id || (el.querySelector('.session-title') || el).textContent.trim().slice(0, 40);
			  const page = document.documentElement;
			  if (page.scrollWidth > window.innerWidth + slack) {
			    problems.push('the page scrolls sideways: ' + page.scrollWidth + ' > ' + window.innerWidth);
			  }
			  for (const table of document.querySelectorAll('table.schedule-grid')) {
			    const cells = [...table.querySelectorAll('th, td')].map((cell) => [cell, cell.getBoundingClientRect()]);
			    for (let i = 0; i < cells.length; i++) {
			      for (let j = i + 1; j < cells.length; j++) {
			        const [a, ra] = cells[i];
			        const [b, rb] = cells[j];
			        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
			        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
			        if (x > slack && y > slack) {
			          problems.push('cells overlap: ' + name(a) + ' and ' + name(b));
			        }
			      }
			    }
			  }
			  for (const box of document.querySelectorAll('.session')) {
			    const r = box.getBoundingClientRect();
			    let sideways = box.parentElement;
			    while (sideways && sideways !== document.body && !['auto', 'scroll'].includes(getComputedStyle(sideways).overflowX)) {
			      sideways = sideways.parentElement;
			    }
			    const across = sideways && sideways !== document.body ? sideways.getBoundingClientRect() : r;
			    if (across.left + window.scrollX < -slack || across.right + window.scrollX > page.scrollWidth + slack
			        || r.top + window.scrollY < -slack || r.bottom + window.scrollY > page.scrollHeight + slack) {
			      problems.push(name(box) + ' lies outside the page');
			    }
			    if (box.scrollWidth > box.clientWidth + slack || box.scrollHeight > box.clientHeight + slack) {
			      problems.push(name(box) + ': its content does not fit it');
			    }
			    for (let el = box.parentElement; el && el !== document.body && el !== page; el = el.parentElement) {
			      const style = getComputedStyle(el);
			      const a = el.getBoundingClientRect();
			      const axes = [
			        ['x', style.overflowX, r.left - a.left - el.clientLeft, r.width, el.clientWidth, el.scrollLeft, el.scrollWidth],
			        ['y', style.overflowY, r.top - a.top - el.clientTop, r.height, el.clientHeight, el.scrollTop, el.scrollHeight],
			      ];
			      for (const [axis, overflow, offset, size, visible, scrolled, scrollable] of axes) {
			        if (overflow === 'hidden' || overflow === 'clip') {
			          if (offset < -slack || offset + size > visible + slack) {
			            problems.push(name(box) + ' is clipped on ' + axis + ' by ' + el.tagName + '.' + el.className);
			          }
			        } else if (overflow === 'auto' || overflow === 'scroll') {
			          const fromOrigin = offset + scrolled;
			          const oneRoom = !(box.colSpan > 1) || axis === 'y';
			          if (fromOrigin < -slack || fromOrigin + size > scrollable + slack || (oneRoom && size > visible + slack)) {
			            problems.push(name(box) + ' cannot be scrolled into view on ' + axis + ' in ' + el.tagName + '.' + el.className);
			          }
			        }
			      }
			    }
			  }
			  return problems;
			}
			""";

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Autowired
	PersonDirectory people;

	@Autowired
	DraftTimetables drafts;

	ScheduleFixture fixture;

	String talkPath;

	String speakerPath;

	SchedulePagesBrowserTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	/**
	 * Friday: kernel in Hall A with three talks (one with a long title), tools in Hall B
	 * with one, lunch in every room, tools in Hall A in the afternoon; Monday: kernel in
	 * Hall B.
	 */
	@BeforeEach
	void aReleasedSchedule() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		var ana = people.create("Ana Speaker", List.of("Ana Speaker"), null);
		long ben = people.create("Ben Speaker", List.of("Ben Speaker"), null).id();
		long cai = people.create("Cai Speaker", List.of("Cai Speaker"), null).id();
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-29T15:00");
		fixture.placeMc("kernel", "Hall B", "2027-11-01T10:00");
		long first = fixture.topic("kernel", "Faster locks", TopicState.CONFIRMED, 30, ana.id(), ben);
		fixture.placeTalk(kernel, first, "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel",
				"Writeback_throttling_in_the_page_cache_under_memory_cgroup_pressure", TopicState.CONFIRMED, 45, ben),
				"2027-10-29T10:30");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana.id()),
				"2027-10-29T12:00");
		fixture.placeTalk(tools, fixture.topic("tools", "Build reproducibility", TopicState.CONFIRMED, 60, cai),
				"2027-10-29T10:00");
		ScheduleBreaks.inEveryRoom(jdbc, drafts, fixture, "Lunch", "2027-10-29T13:30", "2027-10-29T15:00");
		fixture.release("First version");
		talkPath = "/" + ScheduleFixture.EVENT + "/talks/"
				+ jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(first).query(String.class).single();
		speakerPath = "/" + ScheduleFixture.EVENT + "/speakers/" + ana.guid();
	}

	@Test
	void atPhoneAndDesktopWidthNoCellOverlapsAnotherAndEveryBoxCanBeSeenWhole() {
		Page page = chromium.page();
		Map<String, String> pages = Map.of("schedule-grid", SCHEDULE, "schedule-list", SCHEDULE + "/list",
				"schedule-room", SCHEDULE + "/rooms/" + fixture.room("Hall A").guid(), "schedule-talk", talkPath,
				"schedule-speaker", speakerPath);
		for (int width : WIDTHS) {
			page.setViewportSize(width, 800);
			for (Map.Entry<String, String> named : pages.entrySet()) {
				page.navigate(url(named.getValue()));
				assertThat(layoutProblems(page)).as("%s at %d px", named.getValue(), width).isEmpty();
				chromium.assertNoSeriousAccessibilityProblem();
				chromium.screenshot(named.getKey() + "-" + width);
			}
			page.navigate(url(SCHEDULE));
			assertThat(page.locator("table.schedule-grid td.session")).hasCount(5);
		}
	}

	@Test
	void theLayoutCheckReportsABoxClippedByAnAncestorAndOverlappingCells() {
		Page page = chromium.page();
		page.setViewportSize(375, 800);
		page.navigate(url(SCHEDULE));
		assertThat(layoutProblems(page)).isEmpty();

		page.evaluate("document.querySelector('.grid-scroll').style.overflowX = 'hidden'");
		assertThat(layoutProblems(page)).anySatisfy(problem -> assertThat(problem).asString().contains("clipped on x"));

		page.evaluate("document.querySelector('.grid-scroll').style.overflowX = ''");
		page.evaluate("""
				() => {
				  const cell = document.querySelector('td.session');
				  cell.style.position = 'relative';
				  cell.style.left = '-3rem';
				}
				""");
		assertThat(layoutProblems(page))
			.anySatisfy(problem -> assertThat(problem).asString().contains("cells overlap"));
	}

	@Test
	void theGridIsUsableByKeyboardWithAVisibleFocus() {
		Page page = chromium.page();
		page.setViewportSize(375, 800);
		page.navigate(url(SCHEDULE));
		// interest.js shows the "Interested" toggles, which Tab then stops at too
		assertThat(
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Interested in Kernel MC")).first())
			.isVisible();

		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Skip to main content");
		page.keyboard().press("Enter");
		String region = "";
		for (int tab = 0; tab < 40 && !region.equals("REGION"); tab++) {
			page.keyboard().press("Tab");
			region = String.valueOf(page.evaluate("document.activeElement.getAttribute('role') === 'region' "
					+ "? 'REGION' : document.activeElement.tagName"));
			assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle"))
				.as("focus outline of %s", page.evaluate("document.activeElement.outerHTML"))
				.isNotEqualTo("none");
		}
		assertThat(region).as("the first day's grid region is reached by Tab").isEqualTo("REGION");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Hall A");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Hall B");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Kernel MC");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Interested in Kernel MC");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Faster locks");

		page.keyboard().press("Enter");
		assertThat(page).hasURL(url(talkPath));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ana Speaker")).focus();
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url(speakerPath));
		assertThat(page.locator("h1")).hasText("Ana Speaker");
	}

	@Test
	void theViewersOwnZoneReplacesTheEventsOnRequestAndIsRemembered() {
		Page page = chromium.page();
		viewerZone(page, "America/New_York");
		page.navigate(url(SCHEDULE));
		var fridayTimes = page.locator("#day_2027-10-29 tbody tr th time");
		assertThat(fridayTimes.first()).hasText("10:00");
		var zoneSwitch = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Show times in my time zone (America/New_York)"));

		zoneSwitch.click();

		assertThat(zoneSwitch).hasAttribute("aria-pressed", "true");
		assertThat(page.locator("#schedule_zone")).hasText("Times in America/New_York, your time zone.");
		assertThat(fridayTimes.first()).hasText("04:00");
		assertThat(page.locator("#day_2027-11-01 tbody tr th time").first()).hasText("05:00");
		page.navigate(url(talkPath));
		assertThat(page.locator(".talk-facts")).containsText("Friday, October 29, 2027, 04:00–04:30");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Show times in my time zone (America/New_York)"))
			.click();
		assertThat(page.locator(".talk-facts")).containsText("Friday, October 29, 2027, 10:00–10:30");
		assertThat(page.locator("#schedule_zone")).hasText("Times in Europe/Berlin, the event's time zone.");
	}

	@Test
	void aTimeThatFallsOnAnotherDayInTheViewersZoneNamesItsDay() {
		Page page = chromium.page();
		viewerZone(page, "Asia/Tokyo");
		page.navigate(url(SCHEDULE));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show times in my time zone (Asia/Tokyo)"))
			.click();

		var fridayAfternoon = page.locator("#day_2027-10-29 td.session-mc").last();
		assertThat(fridayAfternoon.locator(".session-when")).hasText("22:00–Sat 01:30");
	}

	@Test
	void whileTheEventRunsTheSessionsGoingOnAndTheirRowAreMarkedNow() {
		Page page = chromium.page();
		page.clock().setFixedTime(ScheduleFixture.at("2027-10-29T10:40").toEpochMilli());
		page.navigate(url(SCHEDULE));

		assertThat(page.locator("td.session-now .session-title")).hasText(new String[] { "Kernel MC", "Tools MC" });
		assertThat(page.locator("tr.grid-now th")).hasText("10:00 Now");
		chromium.screenshot("schedule-grid-now-1280");

		page.clock().setFixedTime(ScheduleFixture.at("2027-10-28T10:40").toEpochMilli());
		page.reload();
		assertThat(page.locator(".session-now, .grid-now")).hasCount(0);
	}

	/** Makes the browser's own time zone the viewer's. */
	private static void viewerZone(Page page, String zone) {
		JsonObject override = new JsonObject();
		override.addProperty("timezoneId", zone);
		page.context().newCDPSession(page).send("Emulation.setTimezoneOverride", override);
	}

	private static List<?> layoutProblems(Page page) {
		return (List<?>) page.evaluate(LAYOUT_PROBLEMS);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
