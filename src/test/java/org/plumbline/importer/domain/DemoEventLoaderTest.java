package org.plumbline.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.PlumblineApplication;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.importer.EventFiles;
import org.plumbline.microconference.Microconferences;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo import on a server's first start, against an H2 file database that outlives
 * one start, as a real installation's does.
 */
class DemoEventLoaderTest {

	@TempDir
	Path dataDir;

	@Test
	void theFirstStartOfAServerLoadsTheDemoEventWithItsEighteenMicroconferences() {
		try (ConfigurableApplicationContext server = server(true)) {
			long eventId = server.getBean(EventCatalog.class).findBySlug("lpc2023").orElseThrow().id();

			assertThat(server.getBean(Microconferences.class).forEvent(eventId)).hasSize(18);
			assertThat(steps(server)).containsExactly(DemoEventLoader.STEP);
		}
	}

	@Test
	void aSecondStartDoesNotImportTheDemoAgain() {
		try (ConfigurableApplicationContext first = server(true)) {
			// An organiser deleted the demo; a restart must not bring it back.
			EventCatalog catalog = first.getBean(EventCatalog.class);
			first.getBean(EventSetup.class).delete(catalog.findBySlug("lpc2023").orElseThrow().id());
		}

		try (ConfigurableApplicationContext second = server(true)) {
			assertThat(second.getBean(EventCatalog.class).listEvents()).isEmpty();
			assertThat(steps(second)).containsExactly(DemoEventLoader.STEP);
		}
	}

	@Test
	void anEventImportedByHandBeforeTheFirstStartIsOnlyRecorded() throws Exception {
		long persons;
		try (ConfigurableApplicationContext withoutDemo = server(false)) {
			byte[] demo = new ClassPathResource(DemoEventLoader.RESOURCE).getContentAsByteArray();
			withoutDemo.getBean(EventFiles.class).importFile(demo, false);
			persons = count(withoutDemo, "person");
			assertThat(steps(withoutDemo)).isEmpty();
		}

		try (ConfigurableApplicationContext withDemo = server(true)) {
			assertThat(withDemo.getBean(EventCatalog.class).listEvents()).hasSize(1);
			assertThat(count(withDemo, "person")).isEqualTo(persons);
			assertThat(steps(withDemo)).containsExactly(DemoEventLoader.STEP);
		}
	}

	@Test
	void aCommandLineStartNeverLoadsTheDemo() {
		try (ConfigurableApplicationContext cli = new SpringApplicationBuilder(PlumblineApplication.class)
			.web(WebApplicationType.NONE)
			.run("--plumbline.data-dir=" + dataDir, "--plumbline.demo.enabled=true")) {
			assertThat(cli.getBean(EventCatalog.class).listEvents()).isEmpty();
			assertThat(steps(cli)).isEmpty();
		}
	}

	@Test
	void theFirstStartAlsoGeneratesTheLiveSampleEventsWhoseMailIsKeptAndNeverSent() {
		try (ConfigurableApplicationContext server = server(true, true)) {
			assertThat(server.getBean(EventCatalog.class).listEvents()).extracting(Event::slug)
				.containsExactlyInAnyOrder("lpc2023", "sample", "sample_now");
			assertThat(count(server, "registration")).isPositive();
			assertThat(server.getBean(JdbcClient.class)
				.sql("SELECT DISTINCT status FROM mail_outbox")
				.query(String.class)
				.list()).containsExactly("WITHHELD");
		}
	}

	@Test
	void anInstallationThatHadItsDemoBeforeTheSampleGetsNoSampleOnItsNextStart() {
		try (ConfigurableApplicationContext before = server(true, false)) {
			assertThat(steps(before)).containsExactly(DemoEventLoader.STEP);
		}

		try (ConfigurableApplicationContext upgraded = server(true, true)) {
			assertThat(upgraded.getBean(EventCatalog.class).listEvents()).extracting(Event::slug)
				.containsExactly("lpc2023");
		}
	}

	/** A server start with the demo on or off, and without the sample event. */
	private ConfigurableApplicationContext server(boolean demo) {
		return server(demo, false);
	}

	private ConfigurableApplicationContext server(boolean demo, boolean sample) {
		return new SpringApplicationBuilder(PlumblineApplication.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--plumbline.data-dir=" + dataDir, "--plumbline.demo.enabled=" + demo,
					"--plumbline.demo.sample.enabled=" + sample);
	}

	private static List<String> steps(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class).sql("SELECT name FROM installation_step").query(String.class).list();
	}

	private static long count(ConfigurableApplicationContext context, String table) {
		return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
