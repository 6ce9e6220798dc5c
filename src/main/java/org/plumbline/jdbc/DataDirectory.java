package org.plumbline.jdbc;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves a relative {@code plumbline.data-dir} against the working directory at start,
 * for the server and every command alike. The embedded H2 database's URL is built from
 * the setting, and H2 refuses a path that is relative without saying so ("data" or
 * "dir/x", where "./data" is accepted): such a setting stopped the start with H2's error.
 * A directory under "~" is left to H2, which reads it as the user's home.
 */
public class DataDirectory implements EnvironmentPostProcessor {

	static final String SETTING = "plumbline.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String directory = environment.getProperty(SETTING);
		if (directory == null || directory.startsWith("~")) {
			return;
		}
		String absolute = Path.of(directory).toAbsolutePath().normalize().toString();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("plumbline-data-dir", Map.of(SETTING, absolute)));
	}

}
