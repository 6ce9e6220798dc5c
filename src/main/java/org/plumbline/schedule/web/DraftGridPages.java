package org.plumbline.schedule.web;

import static org.plumbline.schedule.web.ScheduleForms.change;
import static org.plumbline.schedule.web.ScheduleForms.id;

import java.util.List;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.NewBreak;
import org.plumbline.validation.FormVersions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' timetable editor: the draft as a grid per day, and the forms that
 * place, move and remove MC sessions, plain tracks' sessions, talks and breaks (issue 11,
 * point 2). Every form carries the draft's version; after each change the page lists the
 * draft's conflicts, those the change brought in marked. A small script lets an organiser
 * drag a session onto another cell, an MC not placed yet onto a cell, and a talk or a
 * topic not placed yet onto a start of its MC's or track's sessions, submitting the same
 * forms. Everyone but the event's organisers gets 404.
 */
@Controller
class DraftGridPages {

	private final Rights rights;

	private final DraftEditor editor;

	private final DraftGridBuilder grids;

	DraftGridPages(Rights rights, DraftEditor editor, DraftGridBuilder grids) {
		this.rights = rights;
		this.editor = editor;
		this.grids = grids;
	}

	@GetMapping("/manage/{event}/schedule")
	String grid(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = organised(slug, me);
		@SuppressWarnings("unchecked")
		List<String> introduced = (List<String>) model.getAttribute("introduced");
		model.addAttribute("grid", grids.build(event, me.id(), null, introduced == null ? List.of() : introduced));
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("problem", model.getAttribute("problem"));
		model.addAttribute("csrf", csrf);
		return "schedule/grid";
	}

	@PostMapping("/manage/{event}/schedule/sessions")
	String placeMc(@PathVariable("event") String slug, @RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "mc", required = false) String mc,
			@RequestParam(name = "room", required = false) String room,
			@RequestParam(name = "block", required = false) String block,
			@RequestParam(name = "part", required = false) String part, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return change(page(event), redirect, () -> editor.placeMc(me.id(), event, seen, id(mc, "mc"), id(room, "room"),
				id(block, "block"), ScheduleForms.part(part)));
	}

	@PostMapping("/manage/{event}/schedule/tracks")
	String placeTrack(@PathVariable("event") String slug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "track", required = false) String track,
			@RequestParam(name = "room", required = false) String room,
			@RequestParam(name = "block", required = false) String block,
			@RequestParam(name = "part", required = false) String part, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return change(page(event), redirect, () -> editor.placeTrack(me.id(), event, seen, id(track, "track"),
				id(room, "room"), id(block, "block"), ScheduleForms.part(part)));
	}

	@PostMapping("/manage/{event}/schedule/sessions/move")
	String moveSession(@PathVariable("event") String slug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "session", required = false) String session,
			@RequestParam(name = "room", required = false) String room,
			@RequestParam(name = "block", required = false) String block,
			@RequestParam(name = "part", required = false) String part, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return change(page(event), redirect, () -> editor.moveSession(me.id(), event, seen, id(session, "session"),
				id(room, "room"), id(block, "block"), ScheduleForms.part(part)));
	}

	@PostMapping("/manage/{event}/schedule/sessions/pin")
	String pinSession(@PathVariable("event") String slug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "session", required = false) String session,
			@RequestParam(name = "pinned", required = false) String pinned, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return change(page(event), redirect,
				() -> editor.pin(me.id(), event, seen, id(session, "session"), ScheduleForms.flag(pinned, "pinned")));
	}

	@PostMapping("/manage/{event}/schedule/sessions/remove")
	String removeSession(@PathVariable("event") String slug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "session", required = false) String session,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return change(page(event), redirect, () -> editor.removeSession(me.id(), event, seen, id(session, "session")));
	}

	@PostMapping("/manage/{event}/schedule/breaks")
	String addBreak(@PathVariable("event") String slug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "day", required = false) String day,
			@RequestParam(name = "starts", required = false) String starts,
			@RequestParam(name = "ends", required = false) String ends,
			@RequestParam(name = "room", required = false) String room, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		Long roomId = ScheduleForms.optionalId(room, "room");
		return change(page(event), redirect,
				() -> editor.addBreak(me.id(), event, seen,
						new NewBreak(BreakTitles.checked(title), ScheduleForms.day(day),
								ScheduleForms.time(starts, "Starts"), ScheduleForms.time(ends, "Ends"), roomId)));
	}

	@PostMapping("/manage/{event}/schedule/talks")
	String placeTalk(@PathVariable("event") String slug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "session", required = false) String session,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "start", required = false) String start, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return change(page(event), redirect, () -> editor.placeTalk(me.id(), event, seen, null, id(session, "session"),
				id(topic, "topic"), ScheduleForms.time(start, "Start")));
	}

	@PostMapping("/manage/{event}/schedule/talks/move")
	String moveTalk(@PathVariable("event") String slug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "talk", required = false) String talk,
			@RequestParam(name = "session", required = false) String session,
			@RequestParam(name = "start", required = false) String start, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return change(page(event), redirect, () -> editor.moveTalk(me.id(), event, seen, id(talk, "talk"),
				id(session, "session"), ScheduleForms.time(start, "Start")));
	}

	@PostMapping("/manage/{event}/schedule/talks/remove")
	String removeTalk(@PathVariable("event") String slug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "talk", required = false) String talk, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return change(page(event), redirect, () -> editor.removeTalk(me.id(), event, seen, null, id(talk, "talk")));
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String page(Event event) {
		return "/manage/" + event.slug() + "/schedule";
	}

}
