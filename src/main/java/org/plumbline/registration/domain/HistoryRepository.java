package org.plumbline.registration.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.plumbline.jdbc.SqlLocalDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily changes in each ticket type's places held and waiting line, summed in one
 * grouped query (see {@link org.plumbline.registration.RegistrationHistory} for what
 * counts as which).
 */
@Repository
public class HistoryRepository {

	/** The registrations of a ticket type, MC passes left out. */
	private static final String OF_TYPES = "FROM registration WHERE event_id = ? AND ticket_type_id IS NOT NULL";

	private static final String HELD_A_PLACE = " AND (NOT joined_line OR offered_at IS NOT NULL)";

	private static final String WAITED = " AND joined_line";

	private final JdbcClient jdbc;

	HistoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By how much a ticket type's places held and waiting line changed on a day. */
	public record DailyChange(long ticketTypeId, LocalDate day, int holding, int waiting) {

	}

	public List<DailyChange> dailyChanges(long eventId, ZoneId zone) {
		String sql = """
				SELECT ticket_type_id, local_day, SUM(holding) AS holding, SUM(waiting) AS waiting
				FROM (SELECT ticket_type_id, %1$s AS local_day, 1 AS holding, 0 AS waiting %5$s%6$s
				      UNION ALL
				      SELECT ticket_type_id, %2$s, -1, 0 %5$s%6$s AND ended_at IS NOT NULL
				      UNION ALL
				      SELECT ticket_type_id, %3$s, 0, 1 %5$s%7$s
				      UNION ALL
				      SELECT ticket_type_id, %4$s, 0, -1 %5$s%7$s
				             AND (offered_at IS NOT NULL OR ended_at IS NOT NULL)) changes
				GROUP BY ticket_type_id, local_day""".formatted(SqlLocalDays.of("COALESCE(offered_at, created_at)"),
				SqlLocalDays.of("ended_at"), SqlLocalDays.of("created_at"),
				SqlLocalDays.of("COALESCE(offered_at, ended_at)"), OF_TYPES, HELD_A_PLACE, WAITED);
		String zoneId = zone.getId();
		return jdbc.sql(sql)
			.params(zoneId, eventId, zoneId, eventId, zoneId, eventId, zoneId, eventId)
			.query((rs, row) -> new DailyChange(rs.getLong("ticket_type_id"),
					SqlLocalDays.parsed(rs.getString("local_day")), rs.getInt("holding"), rs.getInt("waiting")))
			.list();
	}

}
