package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;

import java.util.Optional;

import org.plumbline.registration.RegistrationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events' registration rules as stored; an event without a row uses the defaults. */
@Repository
public class RegistrationSettingsRepository {

	private final JdbcClient jdbc;

	RegistrationSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public RegistrationSettings of(long eventId) {
		return stored(eventId).orElse(RegistrationSettings.DEFAULTS);
	}

	private Optional<RegistrationSettings> stored(long eventId) {
		return jdbc.sql("""
				SELECT cancel_until, payment_days, offer_hours, passes_per_mc, bank_details, version
				FROM registration_settings WHERE event_id = ?""")
			.param(eventId)
			.query((rs, row) -> new RegistrationSettings(instant(rs, "cancel_until"), rs.getInt("payment_days"),
					rs.getInt("offer_hours"), rs.getInt("passes_per_mc"), rs.getString("bank_details"),
					rs.getInt("version")))
			.optional();
	}

}
