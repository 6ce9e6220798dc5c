package org.plumbline.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that show the {@link XssCorpus}, opened in Chromium with the
 * Content-Security-Policy bypassed, so that the sanitiser and the templates' escaping are
 * tested on their own: a hook ({@code hostile/xss-hook.js}) records any script a vector
 * runs, and a scan of the DOM ({@code hostile/dom-scan.js}) finds any on* attribute,
 * javascript: or data: URL or script element the application did not serve.
 */
public final class HostilePages {

	private final Browser browser;

	private final int port;

	public HostilePages(Browser browser, int port) {
		this.browser = browser;
		this.port = port;
	}

	/**
	 * Opens every page in a fresh context, signed in with the given address and password
	 * (or anonymous when {@code email} is null); answers what went wrong on each: a
	 * status other than 200, a dialog, a script that ran, a scripting construct in the
	 * DOM.
	 */
	public List<String> openAll(String email, String password, List<String> paths) {
		List<String> problems = new ArrayList<>();
		String domScan = resource("/hostile/dom-scan.js");
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			context.addInitScript(resource("/hostile/xss-hook.js"));
			Page page = context.newPage();
			page.onDialog(dialog -> {
				problems.add(page.url() + ": a dialog opened: " + dialog.message());
				dialog.dismiss();
			});
			if (email != null) {
				page.navigate(url("/login"));
				page.getByLabel("Email address").fill(email);
				page.getByLabel("Password").fill(password);
				page.locator("form[action='/login'] button[type=submit]").click();
				page.waitForLoadState();
			}
			for (String path : paths) {
				var response = page.navigate(url(path));
				page.waitForLoadState(LoadState.NETWORKIDLE);
				if (response == null || response.status() != 200) {
					problems
						.add(path + " as " + email + " answered " + (response == null ? "nothing" : response.status()));
				}
				for (Frame frame : page.frames()) {
					Object runs = frame.evaluate("() => window.__xssRuns ? Array.from(window.__xssRuns) : []");
					if (runs instanceof List<?> list && !list.isEmpty()) {
						problems.add(path + ": script ran: " + list);
					}
				}
				Object found = page.evaluate(domScan);
				if (found instanceof List<?> list && !list.isEmpty()) {
					problems.add(path + ": " + list);
				}
			}
		}
		return problems;
	}

	/**
	 * What is wrong with schedule exports that carry the corpus as data: each must answer
	 * 200, never as HTML, and the XML with no element of its own made from a vector.
	 */
	public List<String> inertExports(List<String> paths) {
		List<String> problems = new ArrayList<>();
		WebClient anonymous = WebClient.browser(port).withoutCookies();
		for (String path : paths) {
			HttpResponse<String> response = anonymous.get(path);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (response.statusCode() != 200 || type.contains("html")) {
				problems.add(path + " answered " + response.statusCode() + " as " + type);
			}
			if (path.endsWith(".xml") && !Jsoup.parse(response.body(), "", Parser.xmlParser())
				.select("script, img, svg, iframe, a")
				.isEmpty()) {
				problems.add(path + " carries markup made from a vector");
			}
		}
		return problems;
	}

	/**
	 * A write through a form, which must be stored (the form redirects, and the page it
	 * redirects to tells of no problem) for the pages to show it; a refusal fails the
	 * test with the page's messages, naming the field that took no vector. Some refusals
	 * redirect too, with their problem shown on the next page: the client that posted
	 * follows it.
	 */
	public static HttpResponse<String> stored(String what, WebClient client, HttpResponse<String> response) {
		assertThat(response.statusCode())
			.as("%s answered %s", what,
					Jsoup.parse(response.body()).select("[role=alert], .field-error, .form-errors").eachText())
			.isEqualTo(302);
		assertThat(Jsoup.parse(client.get(WebClient.location(response)).body()).select("[role=alert]").eachText())
			.as("%s was refused behind its redirect", what)
			.isEmpty();
		return response;
	}

	/** A script of {@code src/test/resources}, such as the hook or the scan. */
	public static String resource(String name) {
		try (InputStream in = HostilePages.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
