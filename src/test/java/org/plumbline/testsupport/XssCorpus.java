package org.plumbline.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The cross-site-scripting vectors of {@code hostile/xss-vectors.txt}, and ways to fit
 * them into fields of limited length.
 */
public final class XssCorpus {

	private static final List<String> VECTORS = load();

	private XssCorpus() {
	}

	public static List<String> vectors() {
		return VECTORS;
	}

	/** Every vector, one a paragraph, for a Markdown or long plain-text field. */
	public static String all() {
		return String.join("\n\n", VECTORS);
	}

	/**
	 * As many vectors as fit in {@code maxLength} characters, space-separated, starting
	 * with vector number {@code first} and going round, so that fields written in turn
	 * carry different vectors.
	 */
	public static String packed(int first, int maxLength) {
		StringBuilder packed = new StringBuilder();
		for (int i = 0; i < VECTORS.size(); i++) {
			String vector = VECTORS.get((first + i) % VECTORS.size());
			int length = packed.length() + (packed.isEmpty() ? 0 : 1) + vector.length();
			if (length > maxLength) {
				continue;
			}
			packed.append(packed.isEmpty() ? "" : " ").append(vector);
		}
		return packed.toString();
	}

	private static List<String> load() {
		try (InputStream in = XssCorpus.class.getResourceAsStream("/hostile/xss-vectors.txt")) {
			List<String> vectors = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("# ") && !line.equals("#")) {
					vectors.add(line);
				}
			}
			return List.copyOf(vectors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
