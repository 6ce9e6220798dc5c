package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
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

	/**
	 * Saves the event's rules over the version its form saw. A save at version 0 while
	 * the event has no row (it uses the defaults) inserts the row at version 1, so that a
	 * second form opened on the defaults is stale after it.
	 * @return false if the rules are no longer at that version
	 * @throws org.springframework.dao.DuplicateKeyException if a save racing this one
	 * inserted the row first
	 */
	public boolean save(long eventId, int version, RegistrationSettings settings, Instant now) {
		boolean updated = jdbc.sql("""
				UPDATE registration_settings SET cancel_until = ?, payment_days = ?, offer_hours = ?, passes_per_mc = ?,
				       bank_details = ?, version = version + 1, updated_at = ?
				WHERE event_id = ? AND version = ?""")
			.params(settings.cancelUntil() == null ? null : utc(settings.cancelUntil()), settings.paymentDays(),
					settings.offerHours(), settings.passesPerMicroconference(), settings.bankDetails(), utc(now),
					eventId, version)
			.update() == 1;
		if (updated || version != 0 || stored(eventId).isPresent()) {
			return updated;
		}
		jdbc.sql("""
				INSERT INTO registration_settings (event_id, cancel_until, payment_days, offer_hours, passes_per_mc,
				                                   bank_details, version, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 1, ?)""")
			.params(eventId, settings.cancelUntil() == null ? null : utc(settings.cancelUntil()),
					settings.paymentDays(), settings.offerHours(), settings.passesPerMicroconference(),
					settings.bankDetails(), utc(now))
			.update();
		return true;
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
