package org.plumbline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * User text is Markdown that can never run script (ARCHITECTURE.md: all user HTML through
 * the sanitiser).
 */
class MarkdownTest {

	@Test
	void scriptElementIsShownAsTextAndNeverBecomesAnElement() {
		String html = Markdown.render("Before <script>alert(1)</script> after").html();
		Document page = Jsoup.parseBodyFragment(html);

		assertThat(page.select("script")).isEmpty();
		assertThat(page.text()).isEqualTo("Before <script>alert(1)</script> after");
		assertThat(html).doesNotContain("<script");
	}

	@Test
	void scriptBlockOnItsOwnLinesIsShownAsText() {
		Document page = Jsoup.parseBodyFragment(Markdown.render("<script>\nalert(1)\n</script>\n").html());

		assertThat(page.select("script")).isEmpty();
		assertThat(page.text()).contains("<script>", "alert(1)", "</script>");
	}

	@Test
	void imageWithAnErrorHandlerNeverYieldsAnEventHandlerAttribute() {
		for (String text : new String[] { "<img src=x onerror=alert(1)>", "text <img src=x onerror=alert(1)> text",
				"![x](x\" onerror=\"alert(1))", "<a href=x onmouseover=alert(1)>hover</a>" }) {
			String html = Markdown.render(text).html();
			Document page = Jsoup.parseBodyFragment(html);

			assertThat(page.select("[onerror], [onmouseover], img")).as(text).isEmpty();
			assertThat(page.getAllElements().stream().flatMap(element -> element.attributes().asList().stream()))
				.as(text)
				.noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on"));
		}
		assertThat(Jsoup.parseBodyFragment(Markdown.render("<img src=x onerror=alert(1)>").html()).text())
			.isEqualTo("<img src=x onerror=alert(1)>");
	}

	@Test
	void javascriptLinksNeverKeepTheirAddress() {
		for (String text : new String[] { "[x](javascript:alert(1))", "[x](JavaScript:alert(1))",
				"[x](  javascript:alert(1) )", "<javascript:alert(1)>", "[x](vbscript:msgbox(1))",
				"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
				"[x][ref]\n\n[ref]: javascript:alert(1)" }) {
			Document page = Jsoup.parseBodyFragment(Markdown.render(text).html());

			assertThat(page.select("[href]").eachAttr("href")).as(text)
				.noneMatch(href -> href.strip().toLowerCase().matches("^(javascript|vbscript|data):.*"));
			assertThat(page.select("a")).as("%s leaves no link behind", text).isEmpty();
		}
	}

	@Test
	void linksEmphasisListsAndLineBreaksSurvive() {
		String html = Markdown.render("""
				A [safe link](https://example.org/page?a=1&b=2), *emphasis*, **strong** and `code`.
				A wrapped line
				and https://lore.kernel.org/lkml/ linkified.

				- first
				- second

				1. one
				2. two
				""").html();
		Document page = Jsoup.parseBodyFragment(html);

		assertThat(page.select("a[href=https://example.org/page?a=1&b=2]").eachText()).containsExactly("safe link");
		assertThat(page.select("a[href=https://lore.kernel.org/lkml/]")).hasSize(1);
		assertThat(page.select("em").eachText()).containsExactly("emphasis");
		assertThat(page.select("strong").eachText()).containsExactly("strong");
		assertThat(page.select("code").eachText()).containsExactly("code");
		assertThat(page.select("br")).hasSize(2);
		assertThat(page.select("ul > li").eachText()).containsExactly("first", "second");
		assertThat(page.select("ol > li").eachText()).containsExactly("one", "two");
	}

	@Test
	void inlineRenderingOfOneParagraphDropsOnlyTheParagraph() {
		assertThat(Markdown.renderInline("Rust in the *kernel*").html()).isEqualTo("Rust in the <em>kernel</em>");
		assertThat(Markdown.renderInline("klp-convert and its\nupstreamability").html())
			.isEqualTo("klp-convert and its<br />\nupstreamability");
		assertThat(Markdown.renderInline("one\n\ntwo").html()).contains("<p>one</p>", "<p>two</p>");
		assertThat(Markdown.render(" ").isEmptyContent()).isTrue();
	}

}
