package org.plumbline.overview.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.csv.SpreadsheetCsv;
import org.plumbline.event.Event;
import org.plumbline.overview.Overview;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An event's overview in charts, and each chart's figures as a CSV file. Anyone who does
 * not organise the event is told neither exists.
 */
@Controller
class OverviewPages {

	private final Rights rights;

	private final Overview overview;

	OverviewPages(Rights rights, Overview overview) {
		this.rights = rights;
		this.overview = overview;
	}

	@GetMapping("/manage/{event}/overview")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "day", required = false) String day, Model model) {
		Event event = organised(slug, me);
		DayChoice choice = DayChoice.of(event, day);
		model.addAttribute("page",
				OverviewPage.of(overview.of(event, me.id(), choice.selection(), OverviewPage.LIMIT), choice));
		return "overview/overview";
	}

	@GetMapping("/manage/{event}/overview/topics.csv")
	ResponseEntity<byte[]> topics(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me) {
		Event event = organised(slug, me);
		return download(event, "topics", OverviewCsv.submissions(event, overview.submissions(event, me.id())));
	}

	@GetMapping("/manage/{event}/overview/reviews.csv")
	ResponseEntity<byte[]> reviews(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me) {
		Event event = organised(slug, me);
		return download(event, "review-progress", OverviewCsv.reviews(event, overview.reviewProgress(event, me.id())));
	}

	@GetMapping("/manage/{event}/overview/registrations.csv")
	ResponseEntity<byte[]> registrations(@PathVariable("event") String slug,
			@AuthenticationPrincipal SignedInAccount me) {
		Event event = organised(slug, me);
		return download(event, "registrations-over-time",
				OverviewCsv.registrations(event, overview.registrations(event, me.id())));
	}

	@GetMapping("/manage/{event}/overview/shared-audience.csv")
	ResponseEntity<byte[]> sharedAudience(@PathVariable("event") String slug,
			@AuthenticationPrincipal SignedInAccount me) {
		Event event = organised(slug, me);
		return download(event, "shared-audience",
				OverviewCsv.sharedAudience(event, overview.sharedAudience(event, me.id())));
	}

	@GetMapping("/manage/{event}/overview/room-fill.csv")
	ResponseEntity<byte[]> roomFill(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me) {
		Event event = organised(slug, me);
		return download(event, "room-fill", OverviewCsv.roomFill(event, overview.roomFill(event, me.id())));
	}

	private static ResponseEntity<byte[]> download(Event event, String name, String csv) {
		return SpreadsheetCsv.download(event.slug() + "-" + name + ".csv", csv);
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
