package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.plumbline.copy.EventCopy;
import org.plumbline.copy.WeekShift;
import org.plumbline.registration.WhoMayBuy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Copies what an event sells and its registration rules into a new event: ticket types
 * without their codes (no place taken, nobody waiting), the settings, the waiting list's
 * tiers (no hand placement: those name people) and the questions still asked.
 */
@Repository
public class RegistrationCopyRepository {

	private final JdbcClient jdbc;

	RegistrationCopyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Type(long id, String name, String description, long priceMinor, String currency, int capacity,
			Instant opensAt, Instant closesAt, String whoMayBuy) {
	}

	private record Settings(Instant cancelUntil, int paymentDays, int offerHours, int passes, String bankDetails) {
	}

	/**
	 * How many ticket types a copy made, and how many of them are for code holders: their
	 * codes are not copied (last year's, handed out or leaked, would buy next year's
	 * places), so nobody can buy those until the organisers give them new codes.
	 */
	public record CopiedTypes(int types, int forCodeHolders) {
	}

	public CopiedTypes copyTicketTypes(EventCopy copy, Instant now) {
		WeekShift shift = copy.shift();
		List<Type> types = jdbc
			.sql("""
					SELECT id, name, description, price_minor, currency, capacity, sale_opens_at, sale_closes_at, who_may_buy
					FROM ticket_type WHERE event_id = ? ORDER BY id""")
			.param(copy.fromEventId())
			.query((rs, n) -> new Type(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
					rs.getLong("price_minor"), rs.getString("currency"), rs.getInt("capacity"),
					instant(rs, "sale_opens_at"), instant(rs, "sale_closes_at"), rs.getString("who_may_buy")))
			.list();
		int forCodeHolders = 0;
		for (Type type : types) {
			jdbc.sql(
					"""
							INSERT INTO ticket_type (event_id, name, description, price_minor, currency, capacity, sale_opens_at,
							                         sale_closes_at, who_may_buy, created_at, updated_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(copy.toEventId(), type.name(), type.description(), type.priceMinor(), type.currency(),
						type.capacity(), utc(shift.instant("Sale of \"" + type.name() + "\" opens", type.opensAt())),
						utc(shift.instant("Sale of \"" + type.name() + "\" closes", type.closesAt())), type.whoMayBuy(),
						utc(now), utc(now))
				.update();
			if (WhoMayBuy.CODE_HOLDERS.name().equals(type.whoMayBuy())) {
				forCodeHolders++;
			}
		}
		return new CopiedTypes(types.size(), forCodeHolders);
	}

	/**
	 * @return whether the event had saved settings (else the new one keeps the defaults)
	 */
	public boolean copySettings(EventCopy copy, Instant now) {
		Optional<Settings> settings = jdbc.sql("""
				SELECT cancel_until, payment_days, offer_hours, passes_per_mc, bank_details
				FROM registration_settings WHERE event_id = ?""")
			.param(copy.fromEventId())
			.query((rs, n) -> new Settings(instant(rs, "cancel_until"), rs.getInt("payment_days"),
					rs.getInt("offer_hours"), rs.getInt("passes_per_mc"), rs.getString("bank_details")))
			.optional();
		settings.ifPresent(row -> jdbc.sql("""
				INSERT INTO registration_settings (event_id, cancel_until, payment_days, offer_hours, passes_per_mc,
				                                   bank_details, version, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 1, ?)""")
			.params(copy.toEventId(), utc(copy.shift().instant("Cancelling ends", row.cancelUntil())),
					row.paymentDays(), row.offerHours(), row.passes(), row.bankDetails(), utc(now))
			.update());
		return settings.isPresent();
	}

	/**
	 * @return how many tiers it copied (none while the event uses the default tiers it
	 * never saved)
	 */
	public int copyWaitingTiers(EventCopy copy, Instant now) {
		boolean saved = jdbc.sql("SELECT COUNT(*) FROM waiting_tier_list WHERE event_id = ?")
			.param(copy.fromEventId())
			.query(Long.class)
			.single() > 0;
		if (!saved) {
			return 0;
		}
		jdbc.sql("INSERT INTO waiting_tier_list (event_id, version, updated_at) VALUES (?, 1, ?)")
			.params(copy.toEventId(), utc(now))
			.update();
		return jdbc.sql("""
				INSERT INTO waiting_tier (event_id, name, position, standing_rule, is_default)
				SELECT ?, name, position, standing_rule, is_default FROM waiting_tier WHERE event_id = ?""")
			.params(copy.toEventId(), copy.fromEventId())
			.update();
	}

	/**
	 * @return how many questions still asked it copied, in their order
	 */
	public int copyQuestions(EventCopy copy) {
		return jdbc.sql("""
				INSERT INTO registration_question (event_id, position, kind, label, help, options, required)
				SELECT ?, position, kind, label, help, options, required FROM registration_question
				WHERE event_id = ? AND retired_at IS NULL""").params(copy.toEventId(), copy.fromEventId()).update();
	}

}
