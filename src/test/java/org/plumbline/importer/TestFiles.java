package org.plumbline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * Event data files of the tests ({@code src/test/resources/importer}) and the bundled
 * demo event.
 */
final class TestFiles {

	static final String DEMO = "importer/lpc2023.json";

	private TestFiles() {
	}

	static byte[] bytes(String classpathLocation) {
		try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file under {@code src/test/resources/importer/}. */
	static byte[] importer(String name) {
		return bytes("importer/" + name);
	}

	/**
	 * A file under {@code src/test/resources/importer/bad/}, each with one deliberate
	 * mistake.
	 */
	static byte[] bad(String name) {
		return importer("bad/" + name + ".json");
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
