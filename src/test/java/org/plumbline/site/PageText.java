package org.plumbline.site;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page or a text as the lines a reader sees, normalised so that the seed and the page
 * compare.
 */
final class PageText {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern LEADING_BULLET = Pattern.compile("^(?:•|- )\\s*");

	private PageText() {
	}

	/**
	 * The lines of an element: each block element and each {@code <br>
	 * } starts a new line.
	 */
	static List<String> lines(Element root) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText().replace('\n', ' ').replace('\r', ' '));
				}
				else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && element.isBlock()) {
					text.append('\n');
				}
			}

		}, root);
		return lines(text.toString());
	}

	/** The normalised, non-empty lines of a plain text. */
	static List<String> lines(String text) {
		return text.lines().map(PageText::normalise).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * NFKC, every run of white space (no-break spaces included) one space, stripped,
	 * without a leading bullet.
	 */
	static String normalise(String line) {
		String normal = Normalizer.normalize(line, Normalizer.Form.NFKC).replace('\u00A0', ' ');
		normal = WHITESPACE.matcher(normal).replaceAll(" ").strip();
		return LEADING_BULLET.matcher(normal).replaceFirst("").strip();
	}

}
