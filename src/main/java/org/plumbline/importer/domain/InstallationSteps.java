package org.plumbline.importer.domain;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time installation steps, recorded in the database rather than in one instance's
 * memory so that instances starting together on one database run each step once (the
 * primary key decides).
 */
@Repository
public class InstallationSteps {

	private final JdbcClient jdbc;

	private final Clock clock;

	InstallationSteps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean isDone(String step) {
		return jdbc.sql("SELECT COUNT(*) FROM installation_step WHERE name = ?")
			.param(step)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if another instance recorded
	 * it first
	 */
	public void markDone(String step) {
		jdbc.sql("INSERT INTO installation_step (name, finished_at) VALUES (?, ?)")
			.params(step, clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

}
