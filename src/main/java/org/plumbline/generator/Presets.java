package org.plumbline.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The data generator's presets, read from the files committed beside the code. */
public final class Presets {

	private static final String FOLDER = "generator/presets/";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private Presets() {
	}

	/** The names of every committed preset, sorted. */
	public static List<String> names() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + FOLDER + "*.json");
			return Arrays.stream(files)
				.map(Resource::getFilename)
				.map(name -> name.substring(0, name.length() - ".json".length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @throws UnknownPresetException if no preset has that name
	 */
	public static Preset named(String name) {
		if (!names().contains(name)) {
			throw new UnknownPresetException(name, names());
		}
		try (InputStream in = new ClassPathResource(FOLDER + name + ".json").getInputStream()) {
			return JSON.readValue(in, Preset.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
