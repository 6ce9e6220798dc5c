package org.plumbline.cfp.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.plumbline.cfp.TopicState;
import org.plumbline.jdbc.SqlInstants;

/**
 * The one reading of a topic row's columns, shared by every repository that reads topics,
 * so a column added to the table is mapped in one place.
 */
public final class TopicRows {

	/** The columns {@link #row} reads, to select. */
	public static final String COLUMNS = """
			id, guid, event_id, microconference_id, plain_track_id, state, title, abstract, duration_minutes, notes,
			created_at, submitted_at, version""";

	private TopicRows() {
	}

	public static TopicRow row(ResultSet rs, int row) throws SQLException {
		return new TopicRow(rs.getLong("id"), rs.getObject("guid", UUID.class), rs.getLong("event_id"),
				rs.getObject("microconference_id", Long.class), rs.getObject("plain_track_id", Long.class),
				TopicState.valueOf(rs.getString("state")), rs.getString("title"), rs.getString("abstract"),
				rs.getObject("duration_minutes", Integer.class), rs.getString("notes"),
				SqlInstants.instant(rs, "created_at"), SqlInstants.instant(rs, "submitted_at"), rs.getInt("version"));
	}

}
