package org.plumbline.schedule.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableChange;
import org.plumbline.schedule.TimetableRefusedException;
import org.plumbline.schedule.TimetableRelease;
import org.plumbline.schedule.TimetableReleases;
import org.plumbline.validation.FormVersions;
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
 * Releasing the draft (issue 11, point 5): the conflicts whose policy blocks it, the
 * talks it would leave out, the change note, and the versions released so far with their
 * notes and changelogs. Organisers only; everyone else gets 404.
 */
@Controller
class ReleasePages {

	private final Rights rights;

	private final TimetableReleases releases;

	ReleasePages(Rights rights, TimetableReleases releases) {
		this.rights = rights;
		this.releases = releases;
	}

	@GetMapping("/manage/{event}/schedule/releases")
	String releases(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = organised(slug, me);
		List<Timetable> released = releases.releases(event);
		Map<Timetable, List<TimetableChange>> changelogs = new LinkedHashMap<>();
		released.forEach(version -> changelogs.put(version, releases.changes(event, version.number())));
		model.addAttribute("event", event);
		model.addAttribute("preview", releases.preview(event));
		model.addAttribute("changelogs", changelogs);
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("problem", model.getAttribute("problem"));
		model.addAttribute("note", model.getAttribute("note") == null ? "" : model.getAttribute("note"));
		model.addAttribute("csrf", csrf);
		return "schedule/releases";
	}

	@PostMapping("/manage/{event}/schedule/releases")
	String release(@PathVariable("event") String slug, @RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "note", required = false) String note, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			TimetableRelease release = releases.release(event, me.id(), seen, note);
			redirect.addFlashAttribute("notice", "Released version " + release.number() + " with "
					+ release.changes().size() + (release.changes().size() == 1 ? " change." : " changes."));
		}
		catch (TimetableRefusedException | OptimisticLockingFailureException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage() + " Nothing was released.");
			redirect.addFlashAttribute("note", note == null ? "" : note);
		}
		return "redirect:/manage/" + slug + "/schedule/releases";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
