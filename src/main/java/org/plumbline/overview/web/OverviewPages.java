package org.plumbline.overview.web;

import java.util.function.Function;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.csv.SpreadsheetCsv;
import org.plumbline.event.Event;
import org.plumbline.overview.EventOverview;
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
		model.addAttribute("page", OverviewPage.of(overview.of(event, me.id(), choice.selection()), choice));
		return "overview/overview";
	}

	@GetMapping("/manage/{event}/overview/topics.csv")
	ResponseEntity<byte[]> topics(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me) {
		return download(slug, me, "topics", OverviewCsv::submissions);
	}

	@GetMapping("/manage/{event}/overview/reviews.csv")
	ResponseEntity<byte[]> reviews(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me) {
		return download(slug, me, "review-progress", OverviewCsv::reviews);
	}

	@GetMapping("/manage/{event}/overview/registrations.csv")
	ResponseEntity<byte[]> registrations(@PathVariable("event") String slug,
			@AuthenticationPrincipal SignedInAccount me) {
		return download(slug, me, "registrations-over-time", OverviewCsv::registrations);
	}

	@GetMapping("/manage/{event}/overview/shared-audience.csv")
	ResponseEntity<byte[]> sharedAudience(@PathVariable("event") String slug,
			@AuthenticationPrincipal SignedInAccount me) {
		return download(slug, me, "shared-audience", OverviewCsv::sharedAudience);
	}

	@GetMapping("/manage/{event}/overview/room-fill.csv")
	ResponseEntity<byte[]> roomFill(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me) {
		return download(slug, me, "room-fill", OverviewCsv::roomFill);
	}

	private ResponseEntity<byte[]> download(String slug, SignedInAccount me, String name,
			Function<EventOverview, String> csv) {
		EventOverview figures = figures(slug, me);
		return SpreadsheetCsv.download(figures.event().slug() + "-" + name + ".csv", csv.apply(figures));
	}

	private EventOverview figures(String slug, SignedInAccount me) {
		return overview.of(organised(slug, me), me.id());
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
