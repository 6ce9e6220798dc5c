package org.plumbline.testsupport;

import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium under Playwright, and what browser tests check on every page. */
public final class Chromium {

	private Chromium() {
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true));
	}

	/**
	 * The serious and critical WCAG 2.1 AA violations that axe-core finds on the page as
	 * it is now, described for an assertion message; empty if there are none.
	 */
	public static String seriousAccessibilityViolations(Page page) {
		List<Rule> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		return serious.stream()
			.map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
					+ rule.getNodes()
						.stream()
						.map(node -> "    " + node.getTarget() + " " + node.getHtml())
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
