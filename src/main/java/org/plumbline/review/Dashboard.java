package org.plumbline.review;

import java.util.List;
import java.util.Map;

import org.plumbline.cfp.MinutesBudget;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;

/**
 * A call's review dashboard as one account sees it: topics it is conflicted with are in
 * none of its lists, counts or means.
 *
 * @param topics the topics that pass the filter, in the chosen order
 * @param byState how many topics are in each state, unfiltered (states with none are left
 * out)
 * @param byPendingDecision how many topics have each decision recorded but not announced
 * @param total how many topics the account sees, unfiltered
 * @param query the order and filter the list was made with
 * @param budget the call's budget of minutes, for those who decide (otherwise
 * {@code null}); its wait-listed topic that fits is left out if the account is conflicted
 * with it
 */
public record Dashboard(Event event, ReviewableCall call, List<ReviewedTopic> topics, Map<TopicState, Long> byState,
		Map<TopicState, Long> byPendingDecision, int total, DashboardQuery query, MinutesBudget budget) {

	public Dashboard {
		topics = List.copyOf(topics);
		byState = Map.copyOf(byState);
		byPendingDecision = Map.copyOf(byPendingDecision);
	}

}
