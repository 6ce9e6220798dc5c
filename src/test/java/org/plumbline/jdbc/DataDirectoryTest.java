package org.plumbline.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code plumbline.data-dir} reaches the H2 URL as a path H2 accepts: a relative one
 * resolved against the working directory, one under the home directory as H2 reads it.
 * {@code EventFileCommandTest} imports into a relative directory end to end.
 */
class DataDirectoryTest {

	@Test
	void aRelativeDirectoryIsResolvedAgainstTheWorkingDirectory() {
		assertThat(resolved("dir/x")).isEqualTo(Path.of("").toAbsolutePath().resolve("dir").resolve("x").toString());
		assertThat(resolved("./data")).isEqualTo(Path.of("").toAbsolutePath().resolve("data").toString());
	}

	@Test
	void anAbsoluteDirectoryOrOneUnderTheHomeDirectoryIsKeptAsGiven() {
		assertThat(resolved("/srv/plumbline")).isEqualTo("/srv/plumbline");
		assertThat(resolved("~/plumbline")).isEqualTo("~/plumbline");
	}

	@Test
	void theDatabaseUrlBuiltFromTheSettingNamesTheResolvedDirectory() {
		StandardEnvironment environment = environment("dir/x");
		environment.getPropertySources()
			.addLast(new MapPropertySource("yaml",
					Map.of("spring.datasource.url", "jdbc:h2:file:${plumbline.data-dir}/plumbline")));

		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:h2:file:" + Path.of("dir/x").toAbsolutePath() + "/plumbline");
	}

	private static String resolved(String directory) {
		StandardEnvironment environment = environment(directory);
		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(DataDirectory.SETTING);
	}

	private static StandardEnvironment environment(String directory) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("given", Map.of(DataDirectory.SETTING, directory)));
		return environment;
	}

}
