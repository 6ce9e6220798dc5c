package org.plumbline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.Room;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SessionKind;
import org.plumbline.site.web.ScheduleDay.GridCell;
import org.plumbline.site.web.ScheduleDay.GridRow;
import org.plumbline.site.web.ScheduleDay.RoomColumn;
import org.plumbline.site.web.SessionView.BreakEntry;

/**
 * The grid's table is sound for any released schedule: every cell of the table is covered
 * by exactly one cell, a room used twice at once (a release whose policy allowed it) gets
 * a second column, and a break in every room takes only the columns free for it.
 */
class ScheduleGridTest {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static final Event EVENT = new Event(1, "grid_conf", "Grid Conference", LocalDate.of(2027, 3, 1),
			LocalDate.of(2027, 3, 1), ZONE, null, 0);

	static final Room HALL_A = new Room(1, UUID.randomUUID(), "Hall A", 100, 1);

	static final Room HALL_B = new Room(2, UUID.randomUUID(), "Hall B", 40, 2);

	@Test
	void aRoomUsedTwiceAtOnceGetsASecondColumnAndABreakTakesOnlyTheFreeColumns() {
		ScheduleDay day = onlyDay(session(SessionKind.MICROCONFERENCE, "First", HALL_A, "10:00", "12:00"),
				session(SessionKind.MICROCONFERENCE, "Overlapping", HALL_A, "11:00", "13:00"),
				session(SessionKind.BREAK, "Coffee", null, "12:00", "12:30"),
				session(SessionKind.TRACK, "Refereed", HALL_B, "14:00", "15:00"));

		assertThat(day.columns()).extracting(RoomColumn::name, RoomColumn::lanes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Hall A", 2),
					org.assertj.core.groups.Tuple.tuple("Hall B", 1));
		assertThat(day.rows()).extracting(row -> row.startsAt().text())
			.containsExactly("10:00", "11:00", "12:00", "12:30", "13:00", "14:00");
		assertThat(day.rows()).extracting(GridRow::gap).containsExactly(false, false, false, false, true, false);
		assertThat(columnsOf(day, "Coffee")).containsExactly(0, 2);
		assertThat(columnsOf(day, "Overlapping")).containsExactly(1);
		assertEveryTableCellCoveredOnce(day);
	}

	@Test
	void aBreakFreeInEveryRoomIsOneCellAcrossAllColumns() {
		ScheduleDay day = onlyDay(session(SessionKind.MICROCONFERENCE, "Morning", HALL_A, "10:00", "12:00"),
				session(SessionKind.BREAK, "Lunch", null, "12:00", "13:00"),
				session(SessionKind.MICROCONFERENCE, "Afternoon", HALL_B, "13:00", "15:00"));

		GridCell lunch = day.rows().get(1).cells().get(0);
		assertThat(lunch.session().title()).isEqualTo("Lunch");
		assertThat(lunch.colSpan()).isEqualTo(2);
		assertEveryTableCellCoveredOnce(day);
	}

	@Test
	void aSessionOverlappedByABreakInEveryRoomListsTheBreakInsideItsBox() {
		ScheduledSession coffee = session(SessionKind.BREAK, "Coffee", null, "11:00", "11:30");
		ScheduleViews views = views(session(SessionKind.MICROCONFERENCE, "Long", HALL_A, "10:00", "13:00"), coffee);

		SessionView box = views.sessions().get(0).view();

		assertThat(box.entries()).singleElement()
			.isInstanceOfSatisfying(BreakEntry.class, pause -> assertThat(pause.title()).isEqualTo("Coffee"));
	}

	@Test
	void aDayWithOnlyOneRoomInUseStillHasAColumnForEveryRoom() {
		ScheduleDay day = onlyDay(session(SessionKind.MICROCONFERENCE, "Only", HALL_B, "10:00", "11:00"));

		assertThat(day.width()).isEqualTo(2);
		assertThat(day.rows().get(0).cells()).extracting(cell -> cell.session() == null ? null : cell.session().title())
			.containsExactly(null, "Only");
	}

	/** The column each of a session's cells starts in. */
	private static List<Integer> columnsOf(ScheduleDay day, String title) {
		List<Integer> columns = new ArrayList<>();
		layOut(day, (cell, row, column) -> {
			if (cell.session() != null && cell.session().title().equals(title)) {
				columns.add(column);
			}
		});
		return columns;
	}

	/** Lays the rows out as HTML does (rowspan and colspan) and counts each slot. */
	private static void assertEveryTableCellCoveredOnce(ScheduleDay day) {
		int[][] covered = new int[day.rows().size()][day.width()];
		layOut(day, (cell, row, column) -> {
			for (int r = row; r < row + cell.rowSpan(); r++) {
				for (int c = column; c < column + cell.colSpan(); c++) {
					covered[r][c]++;
				}
			}
		});
		for (int[] counts : covered) {
			assertThat(counts).containsOnly(1);
		}
	}

	private interface CellAt {

		void accept(GridCell cell, int row, int column);

	}

	/**
	 * Visits each cell where a browser places it: the next column of its row that no cell
	 * of a row above still spans.
	 */
	private static void layOut(ScheduleDay day, CellAt visit) {
		boolean[][] taken = new boolean[day.rows().size()][day.width()];
		for (int row = 0; row < day.rows().size(); row++) {
			int column = 0;
			for (GridCell cell : day.rows().get(row).cells()) {
				while (taken[row][column]) {
					column++;
				}
				visit.accept(cell, row, column);
				for (int r = row; r < row + cell.rowSpan(); r++) {
					for (int c = column; c < column + cell.colSpan(); c++) {
						taken[r][c] = true;
					}
				}
				column += cell.colSpan();
			}
		}
	}

	private static ScheduleDay onlyDay(ScheduledSession... sessions) {
		List<ScheduleDay> days = ScheduleGrid.days(EVENT, List.of(HALL_A, HALL_B), views(sessions));
		assertThat(days).hasSize(1);
		return days.get(0);
	}

	private static ScheduleViews views(ScheduledSession... sessions) {
		return new ScheduleViews(new ReleasedSchedule(EVENT, 1, Instant.parse("2027-02-01T10:00:00Z"), "",
				List.of(HALL_A, HALL_B), List.of(sessions)), List.of(), Map.of());
	}

	private static ScheduledSession session(SessionKind kind, String title, Room room, String start, String end) {
		return new ScheduledSession(UUID.randomUUID(), 1, kind, title, kind == SessionKind.BREAK ? null : "slug", room,
				at(start), at(end), List.of(), List.of());
	}

	private static Instant at(String localTime) {
		return LocalDateTime.parse("2027-03-01T" + localTime).atZone(ZONE).toInstant();
	}

}
