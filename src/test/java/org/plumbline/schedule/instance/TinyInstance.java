package org.plumbline.schedule.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The committed example instances ({@code src/test/resources/schedule/}): a tiny one with
 * a hand-checked solution, a small conference, and variants with one thing changed.
 */
public final class TinyInstance {

	public static final String INSTANCE = "schedule/tiny-instance.json";

	public static final String SOLUTION = "schedule/tiny-solution.json";

	/**
	 * Sixteen talks of four tracks in four blocks of three rooms: large enough that
	 * different seeds find different solutions.
	 */
	public static final String SMALL_CONFERENCE = "schedule/small-conference.json";

	private TinyInstance() {
	}

	public static String text(String resource) {
		try (InputStream in = TinyInstance.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The resource with one passage replaced; the passage must occur, once. */
	public static String with(String resource, String passage, String replacement) {
		return replaced(text(resource), passage, replacement);
	}

	/** The text with one passage replaced; the passage must occur, once. */
	public static String replaced(String text, String passage, String replacement) {
		assertThat(text.split(Pattern.quote(passage), -1)).as("occurrences of " + passage).hasSize(2);
		return text.replace(passage, replacement);
	}

}
