package org.plumbline.cfp;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.plumbline.jdbc.GroupCounts;
import org.plumbline.jdbc.OperatorReads;
import org.springframework.stereotype.Component;

/**
 * {@code plumbline_submissions{state="submitted"}} and the other states: the topics of
 * every event by state, counted by the database at each scrape (in one grouped query)
 * rather than in this JVM, so that every instance of a site on one database reports the
 * same figures, whichever instance took the submission; no value (NaN) while the database
 * cannot be read.
 */
@Component
class SubmissionMetrics implements MeterBinder {

	private final GroupCounts<TopicState> counts;

	SubmissionMetrics(TopicTallies tallies, OperatorReads reads) {
		this.counts = reads.groupCounts(tallies::byState);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (TopicState state : TopicState.values()) {
			Gauge.builder("plumbline.submissions", counts.of(state))
				.description("Topics of every event's calls in this state, drafts included")
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
	}

}
