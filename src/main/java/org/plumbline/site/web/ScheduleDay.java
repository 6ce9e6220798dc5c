package org.plumbline.site.web;

import java.util.List;

/**
 * One day of the schedule's grid: a table with the event's rooms as columns (a room whose
 * sessions overlap gets a column per parallel session), a row for each span between two
 * consecutive starts or ends of the day's sessions, and each session as one cell spanning
 * its rows; a break in every room spans every column that is free for it.
 *
 * @param id the day's anchor
 * @param heading the event day ("Friday, October 29")
 * @param width the number of columns after the time column
 */
public record ScheduleDay(String id, String heading, List<RoomColumn> columns, int width, List<GridRow> rows) {

	/** A room's heading, over as many columns as it needs lanes. */
	public record RoomColumn(String name, String path, int lanes) {
	}

	/**
	 * A span of the day.
	 *
	 * @param gap no session runs during the span (a lunch between blocks)
	 * @param cells the cells that start in this row, in column order
	 */
	public record GridRow(Moment startsAt, Moment endsAt, boolean gap, List<GridCell> cells) {
	}

	/** A session's box, or an empty cell ({@code session} {@code null}). */
	public record GridCell(SessionView session, int rowSpan, int colSpan) {
	}

}
