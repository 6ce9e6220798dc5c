package org.plumbline.overview.web;

import java.util.Comparator;
import java.util.List;

import org.plumbline.overview.SessionFill;

/**
 * Room fill as bars: for each session its room's seats as a frame and the interest marks
 * as a bar, on one scale, a bar past its frame marking a room too small.
 *
 * @param hidden how many sessions the page leaves out (their figures are in the CSV file)
 */
public record FillChart(List<SessionFill> sessions, int most, int hidden) {

	public static final int LABEL_WIDTH = 260;

	public static final int BAR_WIDTH = 300;

	public static final int ROW_HEIGHT = 28;

	/** The sessions given, in order, or at most {@code limit} of them, the fullest. */
	static FillChart of(List<SessionFill> all, List<SessionFill> candidates, int limit) {
		List<SessionFill> fullest = candidates.stream()
			.sorted(Comparator.comparingDouble(SessionFill::fill).reversed())
			.limit(limit)
			.toList();
		List<SessionFill> shown = candidates.stream().filter(fullest::contains).toList();
		int most = shown.stream().mapToInt(session -> Math.max(session.interested(), session.seats())).max().orElse(1);
		return new FillChart(shown, Math.max(1, most), all.size() - shown.size());
	}

	public String width(int count) {
		return DayAxis.number((double) BAR_WIDTH * count / most);
	}

	public int height() {
		return ROW_HEIGHT * sessions.size() + 4;
	}

	public static int rowTop(int index) {
		return ROW_HEIGHT * index;
	}

}
