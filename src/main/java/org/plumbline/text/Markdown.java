package org.plumbline.text;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders user text (CommonMark) to HTML that cannot run script: raw HTML in the text is
 * shown as text, and the result passes the OWASP sanitiser, which keeps only http, https
 * and mailto links (a link to anything else becomes its plain text). A single line break
 * is kept as a line break, because organisers' texts wrap lines on purpose.
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.softbreak("<br>\n")
		.build();

	private static final PolicyFactory POLICY = Sanitizers.BLOCKS.and(Sanitizers.FORMATTING)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "hr").toFactory());

	private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("\\A<p>((?:(?!<p>).)*)</p>\\s*\\z", Pattern.DOTALL);

	private Markdown() {
	}

	/** Block-level HTML: paragraphs, lists, tables. */
	public static SafeHtml render(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return new SafeHtml("");
		}
		return new SafeHtml(POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))));
	}

	/**
	 * For text inside an element of its own (a list item): a lone paragraph loses its
	 * {@code
	 *
	<p>
	 * }.
	 */
	public static SafeHtml renderInline(String markdown) {
		SafeHtml block = render(markdown);
		var single = SINGLE_PARAGRAPH.matcher(block.html());
		return single.matches() ? new SafeHtml(single.group(1)) : block;
	}

}
