package org.plumbline.overview.web;

import java.util.List;

import org.plumbline.overview.CallProgress;
import org.plumbline.overview.ReviewedCalls;

/**
 * Review progress per call as bars: for each call, its submitted topics as a frame and
 * the reviewed, decided and confirmed ones as three bars inside it, all on one scale; for
 * the calls with most topics, in page order (the overview counts only those).
 *
 * @param hidden how many calls the page leaves out (their figures are in the CSV file)
 */
public record ReviewChart(List<CallProgress> calls, int most, int hidden) {

	public static final int LABEL_WIDTH = 200;

	public static final int BAR_WIDTH = 300;

	public static final int ROW_HEIGHT = 44;

	static ReviewChart of(ReviewedCalls reviewed) {
		int most = reviewed.calls().stream().mapToInt(CallProgress::submitted).max().orElse(1);
		return new ReviewChart(reviewed.calls(), Math.max(1, most), reviewed.hidden());
	}

	public String width(int count) {
		return DayAxis.number((double) BAR_WIDTH * count / most);
	}

	public int height() {
		return ROW_HEIGHT * calls.size() + 4;
	}

	public static int rowTop(int index) {
		return ROW_HEIGHT * index;
	}

}
