package org.plumbline.site.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.plumbline.event.Event;
import org.plumbline.event.Room;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.site.web.ScheduleDay.GridCell;
import org.plumbline.site.web.ScheduleDay.GridRow;
import org.plumbline.site.web.ScheduleDay.RoomColumn;
import org.plumbline.site.web.ScheduleViews.Shown;

/**
 * Lays a released schedule out as one table per event day ({@link ScheduleDay}). Cells
 * never overlap: a room with overlapping sessions (a release whose policy let a room be
 * used twice) gets one lane per parallel session, and a break in every room takes only
 * the columns that are free for all of its span; the sessions it overlaps list it inside
 * their boxes.
 */
final class ScheduleGrid {

	static final DateTimeFormatter DAY_HEADING = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);

	private ScheduleGrid() {
	}

	static List<ScheduleDay> days(Event event, List<Room> rooms, ScheduleViews views) {
		List<ScheduleDay> days = new ArrayList<>();
		for (Map.Entry<LocalDate, List<Shown>> day : views.byDay().entrySet()) {
			days.add(day(event, rooms, day.getKey(), day.getValue()));
		}
		return days;
	}

	static String dayId(LocalDate day) {
		return "day_" + day;
	}

	private static ScheduleDay day(Event event, List<Room> rooms, LocalDate date, List<Shown> sessions) {
		ZoneId zone = event.timeZone();
		TreeSet<Instant> bounds = new TreeSet<>();
		sessions.forEach(shown -> {
			bounds.add(shown.session().startsAt());
			bounds.add(shown.session().endsAt());
		});
		List<Instant> edges = List.copyOf(bounds);
		int rowCount = edges.size() - 1;

		List<List<Shown>> lanes = new ArrayList<>();
		List<RoomColumn> columns = new ArrayList<>();
		for (Room room : rooms) {
			List<List<Shown>> roomLanes = lanesOf(room, sessions);
			lanes.addAll(roomLanes);
			columns.add(new RoomColumn(room.name(), ScheduleViews.roomPath(event, room), roomLanes.size()));
		}
		int width = lanes.size();
		GridCell[][] starts = new GridCell[rowCount][width];
		boolean[][] taken = new boolean[rowCount][width];
		for (int column = 0; column < width; column++) {
			for (Shown shown : lanes.get(column)) {
				place(starts, taken, new GridCell(shown.view(), rows(edges, shown.session()), 1),
						edges.indexOf(shown.session().startsAt()), column);
			}
		}
		sessions.stream()
			.filter(shown -> shown.session().room() == null)
			.forEach(shown -> placeAcrossFreeColumns(starts, taken, edges, shown));

		List<GridRow> rows = new ArrayList<>();
		for (int row = 0; row < rowCount; row++) {
			List<GridCell> cells = new ArrayList<>();
			boolean anyTaken = false;
			for (int column = 0; column < width; column++) {
				anyTaken |= taken[row][column];
				if (starts[row][column] != null) {
					cells.add(starts[row][column]);
				}
				else if (!taken[row][column]) {
					cells.add(new GridCell(null, 1, 1));
				}
			}
			boolean gap = !anyTaken;
			rows.add(new GridRow(Moment.clock(edges.get(row), zone, date), Moment.clock(edges.get(row + 1), zone, date),
					gap, gap ? List.of(new GridCell(null, 1, width)) : List.copyOf(cells)));
		}
		return new ScheduleDay(dayId(date), DAY_HEADING.format(date), List.copyOf(columns), width, List.copyOf(rows));
	}

	/**
	 * The room's sessions in lanes: each session in the first lane whose last session has
	 * ended by its start; always at least one lane, so every room has its column.
	 */
	private static List<List<Shown>> lanesOf(Room room, List<Shown> sessions) {
		List<List<Shown>> lanes = new ArrayList<>();
		lanes.add(new ArrayList<>());
		for (Shown shown : sessions) {
			if (!room.equals(shown.session().room())) {
				continue;
			}
			List<Shown> free = lanes.stream()
				.filter(lane -> lane.isEmpty()
						|| !lane.get(lane.size() - 1).session().endsAt().isAfter(shown.session().startsAt()))
				.findFirst()
				.orElseGet(() -> {
					List<Shown> lane = new ArrayList<>();
					lanes.add(lane);
					return lane;
				});
			free.add(shown);
		}
		return lanes;
	}

	private static int rows(List<Instant> edges, ScheduledSession session) {
		return edges.indexOf(session.endsAt()) - edges.indexOf(session.startsAt());
	}

	/** A break in every room, over each run of columns free for its whole span. */
	private static void placeAcrossFreeColumns(GridCell[][] starts, boolean[][] taken, List<Instant> edges,
			Shown shown) {
		int firstRow = edges.indexOf(shown.session().startsAt());
		int rowSpan = rows(edges, shown.session());
		int width = taken.length == 0 ? 0 : taken[0].length;
		int column = 0;
		while (column < width) {
			if (!free(taken, firstRow, rowSpan, column)) {
				column++;
				continue;
			}
			int end = column;
			while (end < width && free(taken, firstRow, rowSpan, end)) {
				end++;
			}
			GridCell cell = new GridCell(shown.view(), rowSpan, end - column);
			place(starts, taken, cell, firstRow, column);
			column = end;
		}
	}

	private static boolean free(boolean[][] taken, int firstRow, int rowSpan, int column) {
		for (int row = firstRow; row < firstRow + rowSpan; row++) {
			if (taken[row][column]) {
				return false;
			}
		}
		return true;
	}

	private static void place(GridCell[][] starts, boolean[][] taken, GridCell cell, int row, int column) {
		starts[row][column] = cell;
		for (int r = row; r < row + cell.rowSpan(); r++) {
			for (int c = column; c < column + cell.colSpan(); c++) {
				taken[r][c] = true;
			}
		}
	}

}
