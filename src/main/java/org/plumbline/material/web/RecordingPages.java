package org.plumbline.material.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.RecordedSession;
import org.plumbline.material.Recordings;
import org.plumbline.material.RecordingsNotFoundException;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
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
 * The recordings form of an MC, for its leads and the organisers; anyone else is told the
 * page does not exist.
 */
@Controller
class RecordingPages {

	private static final String PATH = "/manage/{event}/schedule/mc/{mc}/recordings";

	private static final String REFRESHED = " The form shows it as it is now.";

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final Recordings recordings;

	RecordingPages(EventCatalog events, Microconferences microconferences, Recordings recordings) {
		this.events = events;
		this.microconferences = microconferences;
		this.recordings = recordings;
	}

	@GetMapping(PATH)
	String show(@PathVariable("event") String slug, @PathVariable("mc") String mc,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = event(slug);
		return page(event, me, mc, null, Map.of(), FormErrors.NONE, csrf, model);
	}

	@PostMapping(PATH)
	String save(@PathVariable("event") String slug, @PathVariable("mc") String mc,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> fields, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		Event event = event(slug);
		mayRecord(event, me, mc);
		UUID session = sessionOf(fields.get("session"));
		int seen = FormVersions.required(fields.get("version"));
		Map<Long, String> offsets = new HashMap<>();
		fields.forEach((name, value) -> topicOf(name).ifPresent(topic -> offsets.put(topic, value)));
		try {
			recordings.save(event, me.id(), mc, session, seen, fields.get("url"), offsets);
		}
		catch (RecordingsNotFoundException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (InvalidFields invalid) {
			return page(event, me, mc, session, fields, FormErrors.of(invalid), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(event, me, mc, session, null, FormErrors.form(stale.getMessage() + REFRESHED), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the session's recording.");
		return "redirect:/manage/" + event.slug() + "/schedule/mc/" + mc + "/recordings";
	}

	private String page(Event event, SignedInAccount me, String mcSlug, UUID failed, Map<String, String> typed,
			FormErrors errors, CsrfToken csrf, Model model) {
		List<RecordedSession> sessions;
		try {
			sessions = recordings.ofMicroconference(event, me.id(), mcSlug);
		}
		catch (RecordingsNotFoundException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Microconference mc = microconferences.find(event.id(), mcSlug).orElseThrow();
		model.addAttribute("page", new RecordingsPage(event, mc.slug(), mc.title(), sessions, failed, typed, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "material/recordings";
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Tells anyone who may not record the MC that its page does not exist. */
	private void mayRecord(Event event, SignedInAccount me, String mc) {
		try {
			recordings.ofMicroconference(event, me.id(), mc);
		}
		catch (RecordingsNotFoundException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
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
