package org.plumbline.overview.web;

import org.plumbline.overview.AudienceMatrix;
import org.plumbline.overview.AudienceMatrix.McAudience;

/**
 * The shared audience as a heat map: a row and a column per MC, numbered, each cell
 * shaded by how many marked both MCs against the most any two share, and framed where the
 * draft timetable runs the two in parallel.
 */
public record MatrixChart(AudienceMatrix matrix, int mostShared) {

	public static final int LABEL_WIDTH = 220;

	public static final int CELL = 22;

	static MatrixChart of(AudienceMatrix matrix) {
		return new MatrixChart(matrix, matrix.mostShared());
	}

	public int size() {
		return matrix.mcs().size();
	}

	public int width() {
		return LABEL_WIDTH + CELL * size() + 4;
	}

	public int height() {
		return CELL * (size() + 1) + 4;
	}

	public static int offset(int index) {
		return CELL * (index + 1);
	}

	public static int columnX(int index) {
		return LABEL_WIDTH + CELL * index;
	}

	/**
	 * How dark a cell is: its share of the most shared, at least a trace when not none;
	 * an MC's own cell is drawn plain.
	 */
	public String opacity(McAudience one, McAudience other) {
		if (one.id() == other.id()) {
			return "1";
		}
		int shared = matrix.shared(one, other);
		if (shared == 0) {
			return "0";
		}
		return DayAxis.number(0.1 + 0.9 * shared / mostShared);
	}

}
