package org.plumbline.mail.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

/**
 * A mail template compiled by JMustache, with the placeholders it uses.
 * <p>
 * Plain-text mail, so nothing is HTML-escaped. A section {@code {{#note}}...{{/note}}}
 * shows its content only when the value is not empty, and {@code {{^note}}...{{/note}}}
 * only when it is: the one piece of logic a template has. Partials and template
 * inheritance would read other templates, which mail templates do not have, so a text
 * that uses them is refused.
 */
public final class TemplateText {

	private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true);

	private final Template template;

	private final Set<String> placeholders;

	private TemplateText(Template template, Set<String> placeholders) {
		this.template = template;
		this.placeholders = placeholders;
	}

	/**
	 * Compiles a template text.
	 * @throws IllegalArgumentException with the parser's message and line if it does not
	 * compile, or if it uses a partial or template inheritance
	 */
	public static TemplateText compile(String text) {
		Template template;
		try {
			template = COMPILER.compile(text);
		}
		catch (MustacheException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		refuseUnclosedTags(text);
		Set<String> placeholders = new LinkedHashSet<>();
		Set<String> unsupported = new LinkedHashSet<>();
		template.visit(new Mustache.Visitor() {

			@Override
			public void visitText(String text) {
				// text between tags names no placeholder
			}

			@Override
			public void visitVariable(String name) {
				placeholders.add(name);
			}

			@Override
			public boolean visitSection(String name) {
				placeholders.add(name);
				return true;
			}

			@Override
			public boolean visitInvertedSection(String name) {
				placeholders.add(name);
				return true;
			}

			@Override
			public boolean visitInclude(String name) {
				unsupported.add("{{>" + name + "}}");
				return false;
			}

			@Override
			public boolean visitParent(String name) {
				unsupported.add("{{<" + name + "}}");
				return false;
			}

			@Override
			public boolean visitBlock(String name) {
				unsupported.add("{{$" + name + "}}");
				return false;
			}

		});
		if (!unsupported.isEmpty()) {
			throw new IllegalArgumentException(
					"partials and template inheritance are not supported: " + String.join(", ", unsupported));
		}
		return new TemplateText(template, Collections.unmodifiableSet(placeholders));
	}

	/**
	 * JMustache keeps a tag that is never closed ({@code Dear {{name}) as text, which
	 * would reach the recipient as written; refused here, in the parser's words.
	 */
	private static void refuseUnclosedTags(String text) {
		int open = text.indexOf("{{");
		while (open >= 0) {
			int inside = open;
			while (inside < text.length() && text.charAt(inside) == '{') {
				inside++;
			}
			int close = text.indexOf("}}", inside);
			int nextOpen = text.indexOf("{{", inside);
			if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
				throw new IllegalArgumentException(
						"Tag opened with {{ is not closed with }} @ line " + lineOf(text, open));
			}
			open = text.indexOf("{{", close + 2);
		}
	}

	private static long lineOf(String text, int index) {
		return text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
	}

	/**
	 * The names of the placeholders and sections the text uses, in the order they first
	 * appear.
	 */
	public Set<String> placeholders() {
		return placeholders;
	}

	/**
	 * Fills in the placeholders.
	 * @param values a value for every placeholder the text uses
	 */
	public String render(Map<String, String> values) {
		return template.execute(values);
	}

}
