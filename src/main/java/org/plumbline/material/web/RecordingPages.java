package org.plumbline.material.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.RecordedTrack;
import org.plumbline.material.Recordings;
import org.plumbline.material.RecordingsNotFoundException;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.FormVersions;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The recordings form of an MC, for its leads and the organisers, and of a plain track,
 * for the organisers; anyone else is told the page does not exist.
 */
@Controller
class RecordingPages {

	private static final String MC_PATH = "/manage/{event}/schedule/mc/{mc}/recordings";

	private static final String TRACK_PATH = "/manage/{event}/schedule/tracks/{track}/recordings";

	private static final String REFRESHED = " The form shows it as it is now.";

	private final EventCatalog events;

	private final Recordings recordings;

	RecordingPages(EventCatalog events, Recordings recordings) {
		this.events = events;
		this.recordings = recordings;
	}

	@GetMapping(MC_PATH)
	String showMicroconference(@PathVariable("event") String slug, @PathVariable("mc") String mc,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		return page(recorded(event(slug), me, mc, true), null, Map.of(), FormErrors.NONE, csrf, model);
	}

	@GetMapping(TRACK_PATH)
	String showTrack(@PathVariable("event") String slug, @PathVariable("track") String track,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		return page(recorded(event(slug), me, track, false), null, Map.of(), FormErrors.NONE, csrf, model);
	}

	@PostMapping(MC_PATH)
	String saveMicroconference(@PathVariable("event") String slug, @PathVariable("mc") String mc,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> fields, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		return save(event(slug), me, mc, true, fields, csrf, model, redirect);
	}

	@PostMapping(TRACK_PATH)
	String saveTrack(@PathVariable("event") String slug, @PathVariable("track") String track,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> fields, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		return save(event(slug), me, track, false, fields, csrf, model, redirect);
	}

	/**
	 * A stranger is refused before the form's fields are looked at; the facade then reads
	 * the released timetable once, and the form is read again only to show it with a
	 * refusal.
	 */
	private String save(Event event, SignedInAccount me, String track, boolean microconference,
			Map<String, String> fields, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		try {
			recordings.checkRecordable(event, me.id(), track, microconference);
		}
		catch (RecordingsNotFoundException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		UUID session = sessionOf(fields.get("session"));
		int seen = FormVersions.required(fields.get("version"));
		Map<Long, String> offsets = new HashMap<>();
		fields.forEach((name, value) -> topicOf(name).ifPresent(topic -> offsets.put(topic, value)));
		try {
			recordings.save(event, me.id(), track, microconference, session, seen, fields.get("url"), offsets);
		}
		catch (RecordingsNotFoundException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (InvalidFields invalid) {
			return page(recorded(event, me, track, microconference), session, fields, FormErrors.of(invalid), csrf,
					model);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(recorded(event, me, track, microconference), session, null,
					FormErrors.form(stale.getMessage() + REFRESHED), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the session's recording.");
		return "redirect:" + RecordingsPage.path(event, track, microconference);
	}

	private static String page(RecordingsPage shown, UUID failed, Map<String, String> typed, FormErrors errors,
			CsrfToken csrf, Model model) {
		model.addAttribute("page", new RecordingsPage(shown.event(), shown.track(), failed, typed, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "material/recordings";
	}

	/**
	 * The MC or track with its sessions, as the account may record it; an MC asked for by
	 * the track route, or a track by the MC route, names nothing.
	 */
	private RecordingsPage recorded(Event event, SignedInAccount me, String slug, boolean microconference) {
		try {
			RecordedTrack track = recordings.ofTrack(event, me.id(), slug);
			if (track.microconference() != microconference) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			return new RecordingsPage(event, track, null, Map.of(), FormErrors.NONE);
		}
		catch (RecordingsNotFoundException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The form always names its session: a request without one was not sent by it. */
	private static UUID sessionOf(String typed) {
		try {
			return UUID.fromString(typed == null ? "" : typed);
		}
		catch (IllegalArgumentException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private static Optional<Long> topicOf(String field) {
		if (!field.startsWith("offset_")) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(field.substring("offset_".length())));
		}
		catch (NumberFormatException malformed) {
			return Optional.empty();
		}
	}

}
