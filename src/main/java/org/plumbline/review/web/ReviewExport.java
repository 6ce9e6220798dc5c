package org.plumbline.review.web;

import java.util.Locale;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.CallTimes;
import org.plumbline.csv.SpreadsheetCsv;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventTimes;
import org.plumbline.review.Dashboard;
import org.plumbline.review.DashboardQuery;
import org.plumbline.review.ReviewedTopic;
import org.plumbline.review.Reviews;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A call's review dashboard as a CSV file for a spreadsheet: the same topics, order and
 * filter as the page, so the conflict rule that keeps a topic off someone's dashboard
 * keeps it out of their file, its reviews out of every count and mean.
 */
@Controller
class ReviewExport {

	private final Reviews reviews;

	private final EventCatalog events;

	ReviewExport(Reviews reviews, EventCatalog events) {
		this.reviews = reviews;
		this.events = events;
	}

	@GetMapping("/review/{event}/{call}/export.csv")
	ResponseEntity<byte[]> export(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "mine", required = false) String mine, @AuthenticationPrincipal SignedInAccount me) {
		Event event = events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Dashboard dashboard = reviews.dashboard(me.id(), event, callSlug, DashboardQuery.of(sort, state, mine))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String fileName = event.slug() + "-" + dashboard.call().call().slug() + "-reviews.csv";
		return SpreadsheetCsv.download(fileName, csv(dashboard));
	}

	/** The dashboard as {@link SpreadsheetCsv} writes files. */
	static String csv(Dashboard dashboard) {
		return SpreadsheetCsv.text(printer -> {
			printer.printRecord("Title", "Speakers", "State", "Decision not announced", "Minutes", "Submitted",
					"Reviews", "Mean score", "Your score");
			for (ReviewedTopic topic : dashboard.topics()) {
				printer.printRecord(SpreadsheetCsv.inert(topic.title()), SpreadsheetCsv.inert(topic.speakers()),
						topic.state().inWords(), topic.pendingState() == null ? "" : topic.pendingState().inWords(),
						topic.durationMinutes() == null ? "" : topic.durationMinutes(),
						EventTimes.shown(topic.submittedAt(), dashboard.event().timeZone()), topic.reviews(),
						topic.meanScore() == null ? "" : String.format(Locale.ROOT, "%.2f", topic.meanScore()),
						topic.myScore() == null ? "" : topic.myScore());
			}
		});
	}

}
