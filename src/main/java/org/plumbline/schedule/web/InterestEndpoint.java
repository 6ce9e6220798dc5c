package org.plumbline.schedule.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.schedule.MarkedInterest;
import org.plumbline.schedule.UnknownInterestSubjectException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;

/**
 * The viewer's interest marks as JSON, for the script of the public pages, which stay the
 * same bytes for everyone: {@code GET} reads them, {@code POST} marks or unmarks an MC or
 * a talk. A signed-in user marks as their account; an anonymous visitor gets a random id
 * in a long-lived cookie at their first mark, never before (reading creates nothing).
 * Posts must carry the header {@code X-Requested-With} (see SecurityConfiguration): the
 * endpoint serves visitors who have no session and so no CSRF token.
 */
@RestController
class InterestEndpoint {

	static final String VISITOR_COOKIE = InterestMarker.VISITOR_COOKIE;

	private static final String HOW_TO_MARK = "Send {\"microconference\": id} or {\"talk\": id}, with "
			+ "\"interested\": true or false.";

	/** Browsers keep a cookie at most 400 days. */
	private static final Duration VISITOR_COOKIE_AGE = Duration.ofDays(400);

	private final EventCatalog events;

	private final InterestMarks marks;

	InterestEndpoint(EventCatalog events, InterestMarks marks) {
		this.events = events;
		this.marks = marks;
	}

	/**
	 * A mark or an unmark.
	 *
	 * @param microconference an MC's id, or null for a talk
	 * @param talk a talk's topic id, or null for an MC
	 * @param interested true to mark, false to take the mark away
	 */
	record MarkRequest(Long microconference, Long talk, Boolean interested) {
	}

	/** The viewer's marks: MC ids and talk (topic) ids, each ascending. */
	record Marks(Iterable<Long> microconferences, Iterable<Long> talks) {

		static Marks of(MarkedInterest marked) {
			return new Marks(marked.microconferences(), marked.talks());
		}

	}

	@GetMapping(path = "/{event}/interest", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Marks> marks(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			HttpServletRequest request) {
		Event event = event(slug);
		MarkedInterest marked = marker(me, request).map(marker -> marks.of(event.id(), marker))
			.orElse(MarkedInterest.NONE);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(Marks.of(marked));
	}

	@PostMapping(path = "/{event}/interest", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Marks> mark(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestBody MarkRequest body, HttpServletRequest request, HttpServletResponse response) {
		Event event = event(slug);
		InterestSubject subject = subject(body);
		Optional<InterestMarker> known = marker(me, request);
		if (!marks.isPublic(event.id(), subject)) {
			throw notFound();
		}
		try {
			if (body.interested()) {
				// known to be markable, so a visitor's cookie is made only for a kept
				// mark
				InterestMarker marker = known.orElseGet(() -> newVisitor(request, response));
				marks.mark(event.id(), marker, subject);
				known = Optional.of(marker);
			}
			else if (known.isPresent()) {
				marks.unmark(event.id(), known.get(), subject);
			}
		}
		catch (UnknownInterestSubjectException withdrawnMeanwhile) {
			throw notFound();
		}
		MarkedInterest marked = known.map(marker -> marks.of(event.id(), marker)).orElse(MarkedInterest.NONE);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(Marks.of(marked));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"This event has no such microconference or talk to mark.");
	}

	private Event event(String slug) {
		return events.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no event " + slug + "."));
	}

	/**
	 * A body that is no JSON of a mark ("{", a list, an id that is no number) is told
	 * what to send, as one of the wrong shape is, rather than "Failed to read request".
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable() {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The body is not JSON of a mark. " + HOW_TO_MARK));
	}

	private static InterestSubject subject(MarkRequest body) {
		if (body == null || body.interested() == null || (body.microconference() == null) == (body.talk() == null)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, HOW_TO_MARK);
		}
		return body.microconference() != null ? InterestSubject.microconference(body.microconference())
				: InterestSubject.talk(body.talk());
	}

	private static Optional<InterestMarker> marker(SignedInAccount me, HttpServletRequest request) {
		if (me != null) {
			return Optional.of(InterestMarker.account(me.id()));
		}
		return visitorId(request).map(InterestMarker::visitor);
	}

	private static Optional<String> visitorId(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies == null ? Optional.empty()
				: Arrays.stream(cookies)
					.filter(cookie -> cookie.getName().equals(VISITOR_COOKIE))
					.map(Cookie::getValue)
					.filter(InterestMarker::plausibleVisitorId)
					.findFirst();
	}

	/** A visitor's first mark: the id is made now, and kept by their browser. */
	private static InterestMarker newVisitor(HttpServletRequest request, HttpServletResponse response) {
		String id = InterestMarker.newVisitorId();
		ResponseCookie cookie = ResponseCookie.from(VISITOR_COOKIE, id)
			.path("/")
			.maxAge(VISITOR_COOKIE_AGE)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return InterestMarker.visitor(id);
	}

}
