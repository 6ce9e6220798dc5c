package org.plumbline.site.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.account.PublicUrl;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.schedule.PersonalAgendas;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.UnknownInterestSubjectException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The viewer's personal agenda (issue 11, point 6): what they marked "Interested" in the
 * latest released version, by day, each with an "Unmark" button, and the calendar link of
 * it, which they make, replace and stop here. The viewer is the signed-in account, or an
 * anonymous visitor by the cookie their first mark made; nobody gets the page's
 * explanation. The page is personal, so no cache keeps it, and it makes neither a cookie
 * nor a session for a visitor who has none.
 *
 * <p>
 * Its posts serve visitors who have no session, and so no CSRF token: agenda.js sends
 * them with the header the interest endpoint asks for, which SecurityConfiguration takes
 * instead of the token on these paths; signed-in users' forms carry a token as well, so
 * theirs work without script.
 */
@Controller
class AgendaPages {

	static final String AGENDA = "/" + EventPages.EVENT + "/agenda";

	private static final String NOTHING_MARKED = "Nothing was changed: this browser has not marked anything yet, "
			+ "so there is no agenda here. Mark talks or microconferences \"Interested\" on the schedule first.";

	private final EventCatalog events;

	private final PublishedSchedule published;

	private final PersonalAgendas agendas;

	private final InterestMarks marks;

	private final Microconferences microconferences;

	private final PublicUrl publicUrl;

	AgendaPages(EventCatalog events, PublishedSchedule published, PersonalAgendas agendas, InterestMarks marks,
			Microconferences microconferences, PublicUrl publicUrl) {
		this.events = events;
		this.published = published;
		this.agendas = agendas;
		this.marks = marks;
		this.microconferences = microconferences;
		this.publicUrl = publicUrl;
	}

	@GetMapping(AGENDA)
	String agenda(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@CookieValue(name = InterestMarker.VISITOR_COOKIE, required = false) String visitorId, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		Event event = EventPages.find(events, slug);
		return page(event, marker(me, visitorId), me != null ? csrf : null, Result.none(), model, response);
	}

	@PostMapping(AGENDA + "/feed")
	String makeFeed(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@CookieValue(name = InterestMarker.VISITOR_COOKIE, required = false) String visitorId, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		Event event = EventPages.find(events, slug);
		Optional<InterestMarker> marker = marker(me, visitorId);
		Result result = marker.map(owner -> {
			String token = agendas.newFeedToken(event, owner);
			return new Result(publicUrl.of("/" + event.slug() + "/agenda/feeds/" + token + ".ics"),
					"Here is your calendar link. It is shown this once: copy it into your calendar app now. "
							+ "Any link you made before no longer works.");
		}).orElse(Result.refused(NOTHING_MARKED));
		return page(event, marker, me != null ? csrf : null, result, model, response);
	}

	@PostMapping(AGENDA + "/feed/stop")
	String stopFeed(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@CookieValue(name = InterestMarker.VISITOR_COOKIE, required = false) String visitorId, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		Event event = EventPages.find(events, slug);
		Optional<InterestMarker> marker = marker(me, visitorId);
		Result result = marker.map(owner -> new Result(null, agendas.revokeFeed(event, owner)
				? "Your calendar link no longer works." : "You had no calendar link to stop."))
			.orElse(Result.refused(NOTHING_MARKED));
		return page(event, marker, me != null ? csrf : null, result, model, response);
	}

	@PostMapping(AGENDA + "/unmark")
	String unmark(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@CookieValue(name = InterestMarker.VISITOR_COOKIE, required = false) String visitorId, CsrfToken csrf,
			@RequestParam(name = "microconference", required = false) Long microconference,
			@RequestParam(name = "talk", required = false) Long talk, Model model, HttpServletResponse response) {
		Event event = EventPages.find(events, slug);
		Optional<InterestMarker> marker = marker(me, visitorId);
		if (marker.isEmpty() || (microconference == null) == (talk == null)) {
			return page(event, marker, me != null ? csrf : null,
					Result.refused(marker.isEmpty() ? NOTHING_MARKED
							: "Nothing was changed: choose one microconference or one talk to unmark."),
					model, response);
		}
		try {
			marks.unmark(event.id(), marker.get(), microconference != null
					? InterestSubject.microconference(microconference) : InterestSubject.talk(talk));
		}
		catch (UnknownInterestSubjectException notPublic) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, notPublic.getMessage());
		}
		return "redirect:/" + event.slug() + "/agenda";
	}

	/**
	 * What a post did: the feed address to show this once, and the words saying so.
	 *
	 * @param refused the post changed nothing, for the reason in {@code notice}
	 */
	private record Result(String feedUrl, String notice, boolean refused) {

		Result(String feedUrl, String notice) {
			this(feedUrl, notice, false);
		}

		static Result none() {
			return new Result(null, null, false);
		}

		static Result refused(String notice) {
			return new Result(null, notice, true);
		}

	}

	private String page(Event event, Optional<InterestMarker> marker, CsrfToken csrf, Result result, Model model,
			HttpServletResponse response) {
		Optional<ReleasedSchedule> schedule = published.latest(event);
		List<AgendaDay> days = marker
			.flatMap(owner -> schedule
				.map(released -> AgendaDay.of(released, agendas.of(released, owner), microconferenceIds(event))))
			.orElse(List.of());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		if (result.refused()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("event", event);
		model.addAttribute("known", marker.isPresent());
		model.addAttribute("released", schedule.isPresent());
		model.addAttribute("days", days);
		model.addAttribute("hasFeed", marker.map(owner -> agendas.hasFeed(event, owner)).orElse(false));
		model.addAttribute("feedUrl", result.feedUrl());
		model.addAttribute("notice", result.notice());
		model.addAttribute("csrf", csrf);
		return "site/agenda";
	}

	private Map<String, Long> microconferenceIds(Event event) {
		return microconferences.published(event.id())
			.stream()
			.collect(Collectors.toMap(Microconference::slug, Microconference::id));
	}

	/**
	 * The signed-in account, else the visitor whose cookie holds a plausible id; reading
	 * neither makes anything.
	 */
	private static Optional<InterestMarker> marker(SignedInAccount me, String visitorId) {
		if (me != null) {
			return Optional.of(InterestMarker.account(me.id()));
		}
		return Optional.ofNullable(visitorId).filter(InterestMarker::plausibleVisitorId).map(InterestMarker::visitor);
	}

}
