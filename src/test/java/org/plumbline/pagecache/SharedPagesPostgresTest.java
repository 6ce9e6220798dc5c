package org.plumbline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.plumbline.PlumblineApplication;
import org.plumbline.testsupport.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

@PostgresTest
class SharedPagesPostgresTest extends SharedPagesTest {

	@Autowired
	Environment environment;

	/**
	 * Two instances on one database: an edit committed through one is not hidden by the
	 * page the other kept, which hears of it from PostgreSQL.
	 */
	@Test
	void anEditThroughOneInstanceShowsOnTheOtherAtOnce() throws Exception {
		try (ConfigurableApplicationContext other = secondInstance()) {
			int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
			String page = "http://localhost:" + otherPort + "/" + SLUG + "/";
			assertThat(fetch(page)).contains("Shared Pages Conference");
			assertThat(fetch(page)).contains("Shared Pages Conference");

			jdbc.sql("UPDATE event SET name = 'Renamed Elsewhere Conference' WHERE id = ?").param(event.id()).update();

			Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
			String seen = fetch(page);
			while (!seen.contains("Renamed Elsewhere Conference") && Instant.now().isBefore(giveUp)) {
				Thread.sleep(20);
				seen = fetch(page);
			}
			assertThat(seen).contains("Renamed Elsewhere Conference");
		}
	}

	private ConfigurableApplicationContext secondInstance() {
		// arguments, which come before the test profile's H2 address
		return new SpringApplicationBuilder(PlumblineApplication.class).profiles("test")
			.run("--server.port=0", argument("spring.datasource.url"), argument("spring.datasource.username"),
					argument("spring.datasource.password"), argument("spring.datasource.hikari.schema"),
					argument("spring.flyway.schemas"), argument("spring.flyway.default-schema"),
					"--spring.datasource.hikari.maximum-pool-size=3", "--plumbline.scheduling.enabled=false");
	}

	private String argument(String name) {
		return "--" + name + "=" + environment.getProperty(name, "");
	}

	private String fetch(String address) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
