package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.plumbline.testsupport.WebClient;

/**
 * The demo's microconference page says what the seed page says, line for line (DOMAIN.md,
 * "Names as written"). The seed is read as raw text from the test resources, not through
 * the importer's parser.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
class MicroconferencePageMatchesSeedTest {

	static final String SEED = "/seed/lpc2023-proposed-microconferences.txt";

	@LocalServerPort
	int port;

	@Test
	void renderedPageContainsEveryNonEmptySeedLineBetweenAndroidAndTheSponsorsInOrder() throws IOException {
		List<String> seedLines = seedLinesFromAndroidToTheSponsors();
		List<String> pageLines = pageLines("/lpc2023/microconferences");

		int from = 0;
		for (int i = 0; i < seedLines.size(); i++) {
			String seedLine = seedLines.get(i);
			int found = indexOf(pageLines, seedLine, from);
			if (found < 0) {
				fail("Seed line %d of %d is missing from the page (or out of order): \"%s\"%n"
						+ "It should follow page line %d: \"%s\"", i + 1, seedLines.size(), seedLine, from,
						from == 0 ? "" : pageLines.get(from - 1));
			}
			from = found + 1;
		}
		assertThat(seedLines).hasSizeGreaterThan(300);
	}

	@Test
	void seedSliceIsTheMicroconferenceListFromAndroidToVfio() throws IOException {
		List<String> seedLines = seedLinesFromAndroidToTheSponsors();

		assertThat(seedLines.getFirst()).isEqualTo("Android");
		assertThat(seedLines.getLast()).isEqualTo(
				"MC Leads: Bjorn Helgaas, Lorenzo Pieralisi, Joerg Roedel, Krzysztof Wilczyński, Alex Williamson");
		assertThat(seedLines).contains("Jörg Rödel", "Masami Hiramtsu", "List item", "MC Lead: Dave Taht");
	}

	@Test
	void normalisingFoldsSpacesAndBulletsOnly() {
		assertThat(PageText.normalise("  •\u00A0Hopefully  not\thwprobe…  ")).isEqualTo("Hopefully not hwprobe...");
		assertThat(PageText.normalise("- Steven Rostedt")).isEqualTo("Steven Rostedt");
		assertThat(PageText.normalise("\u00A0")).isEmpty();
		assertThat(PageText.lines(Jsoup
			.parse("<ul><li>One<br>\ntwo<ul><li>three</li></ul></li></ul><p><strong>MC" + " leads:</strong> A, B</p>")
			.body())).containsExactly("One", "two", "three", "MC leads: A, B");
	}

	/**
	 * The page's lines, without its table of contents, so that every title must stand as
	 * a heading.
	 */
	private List<String> pageLines(String path) {
		HttpResponse<String> response = WebClient.browser(port).withoutCookies().get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		Element main = page.selectFirst("main");
		main.select("nav[aria-label=Contents]").remove();
		return PageText.lines(main);
	}

	private static List<String> seedLinesFromAndroidToTheSponsors() throws IOException {
		String seed;
		try (InputStream in = MicroconferencePageMatchesSeedTest.class.getResourceAsStream(SEED)) {
			assertThat(in).as("test resource %s", SEED).isNotNull();
			seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> lines = PageText.lines(seed);
		int start = lines.indexOf("Android");
		int end = lines.indexOf("Diamond Sponsors");
		assertThat(start).isNotNegative().isLessThan(end);
		return lines.subList(start, end);
	}

	private static int indexOf(List<String> lines, String line, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).equals(line)) {
				return i;
			}
		}
		return -1;
	}

}
