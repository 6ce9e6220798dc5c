package org.plumbline.review;

import java.util.Comparator;
import java.util.Locale;

import org.plumbline.cfp.TopicState;

/**
 * How a dashboard's list is ordered and filtered, as its page's links and form send it.
 * Unknown values fall back to the defaults, so that a hand-edited address shows the list
 * rather than an error.
 *
 * @param sort {@code submitted} (oldest first), {@code mean} (best first),
 * {@code reviews} (fewest first, where reviews are needed) or {@code title}
 * @param state only topics in this state, or {@code null} for all
 * @param mine {@code reviewed}, {@code unreviewed}, or {@code null} for both
 */
public record DashboardQuery(String sort, TopicState state, String mine) {

	public static final DashboardQuery DEFAULT = new DashboardQuery("submitted", null, null);

	public static DashboardQuery of(String sort, String state, String mine) {
		String order = switch (sort == null ? "" : sort) {
			case "mean", "reviews", "title" -> sort;
			default -> "submitted";
		};
		TopicState only = null;
		if (state != null && !state.isBlank()) {
			try {
				only = TopicState.valueOf(state.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				only = null;
			}
		}
		String reviewed = "reviewed".equals(mine) || "unreviewed".equals(mine) ? mine : null;
		return new DashboardQuery(order, only, reviewed);
	}

	boolean accepts(ReviewedTopic topic) {
		return (state == null || topic.state() == state)
				&& (mine == null || ("reviewed".equals(mine) ? topic.myScore() != null : topic.myScore() == null));
	}

	Comparator<ReviewedTopic> order() {
		Comparator<ReviewedTopic> submitted = Comparator.comparing(ReviewedTopic::submittedAt,
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<ReviewedTopic> chosen = switch (sort) {
			case "mean" ->
				Comparator.comparing(ReviewedTopic::meanScore, Comparator.nullsLast(Comparator.<Double>reverseOrder()));
			case "reviews" -> Comparator.comparingInt(ReviewedTopic::reviews);
			case "title" -> Comparator.comparing(topic -> topic.title().toLowerCase(Locale.ROOT));
			default -> submitted;
		};
		return chosen.thenComparing(submitted).thenComparingLong(ReviewedTopic::id);
	}

	/** The dashboard's address with this filter and another order. */
	public String path(String base, String otherSort) {
		StringBuilder path = new StringBuilder(base).append("?sort=").append(otherSort);
		if (state != null) {
			path.append("&state=").append(state.name());
		}
		if (mine != null) {
			path.append("&mine=").append(mine);
		}
		return path.toString();
	}

}
