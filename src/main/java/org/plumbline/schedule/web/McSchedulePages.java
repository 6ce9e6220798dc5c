package org.plumbline.schedule.web;

import static org.plumbline.schedule.web.ScheduleForms.change;
import static org.plumbline.schedule.web.ScheduleForms.id;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.McTimePreferences;
import org.plumbline.schedule.TimePreference;
import org.plumbline.schedule.TimetableNotFoundException;
import org.plumbline.schedule.TimetableRefusedException;
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
 * An MC's own page of the draft, for its leads (and the organisers): its sessions with
 * their talks in order, where they place the MC's topics (undecided ones as tentative),
 * set each talk's start or pack them from the session's start, and remove one; and say
 * which time blocks they prefer or would rather avoid for the MC, which the scheduler
 * reads. A lead of another MC, and anyone else, gets 404.
 */
@Controller
class McSchedulePages {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final Rights rights;

	private final DraftEditor editor;

	private final DraftGridBuilder grids;

	private final McTimePreferences preferences;

	McSchedulePages(EventCatalog events, Microconferences microconferences, Rights rights, DraftEditor editor,
			DraftGridBuilder grids, McTimePreferences preferences) {
		this.events = events;
		this.microconferences = microconferences;
		this.rights = rights;
		this.editor = editor;
		this.grids = grids;
		this.preferences = preferences;
	}

	@GetMapping("/manage/{event}/schedule/mc/{mc}")
	String mc(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = event(slug);
		Microconference mc = led(event, mcSlug, me);
		model.addAttribute("mc", mc);
		@SuppressWarnings("unchecked")
		List<String> introduced = (List<String>) model.getAttribute("introduced");
		model.addAttribute("grid", grids.build(event, me.id(), mc.id(), introduced == null ? List.of() : introduced));
		model.addAttribute("organiser", rights.isOrganiser(me.id(), event.id()));
		@SuppressWarnings("unchecked")
		Map<Long, TimePreference> typed = (Map<Long, TimePreference>) model.getAttribute("typedPreferences");
		model.addAttribute("preferred",
				PreferredTimesForm.of(events.timeBlocks(event.id()), event.timeZone(),
						typed != null ? typed : preferences.ofEvent(event.id()).getOrDefault(mc.id(), Map.of()),
						preferences.version(mc.id()), preferences.open(event)));
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("problem", model.getAttribute("problem"));
		model.addAttribute("csrf", csrf);
		return "schedule/mc";
	}

	@PostMapping("/manage/{event}/schedule/mc/{mc}/talks")
	String placeTalk(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "session", required = false) String session,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "start", required = false) String start, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = event(slug);
		Microconference mc = led(event, mcSlug, me);
		int seen = FormVersions.required(version);
		return change(page(event, mc), redirect, () -> editor.placeTalk(me.id(), event, seen, mc.id(),
				id(session, "session"), id(topic, "topic"), ScheduleForms.time(start, "Start")));
	}

	@PostMapping("/manage/{event}/schedule/mc/{mc}/talks/remove")
	String removeTalk(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "talk", required = false) String talk, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = event(slug);
		Microconference mc = led(event, mcSlug, me);
		int seen = FormVersions.required(version);
		return change(page(event, mc), redirect,
				() -> editor.removeTalk(me.id(), event, seen, mc.id(), id(talk, "talk")));
	}

	/**
	 * Saves the starts of a session's talks at once: each talk's field is
	 * {@code start_<talk id>}.
	 */
	@PostMapping("/manage/{event}/schedule/mc/{mc}/times")
	String times(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@RequestParam Map<String, String> fields, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = event(slug);
		Microconference mc = led(event, mcSlug, me);
		int seen = FormVersions.required(fields.get("version"));
		long session = id(fields.get("session"), "session");
		return change(page(event, mc), redirect, () -> {
			Map<Long, LocalTime> starts = new LinkedHashMap<>();
			numbered(fields, "start_").forEach((talk, value) -> starts.put(talk, ScheduleForms.time(value, "Start")));
			return editor.retime(me.id(), event, seen, mc.id(), session, starts);
		});
	}

	/**
	 * Packs a session's talks from its start in the order given by their
	 * {@code order_<talk id>} fields (ties keep the page's order).
	 */
	@PostMapping("/manage/{event}/schedule/mc/{mc}/pack")
	String pack(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@RequestParam Map<String, String> fields, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = event(slug);
		Microconference mc = led(event, mcSlug, me);
		int seen = FormVersions.required(fields.get("version"));
		long session = id(fields.get("session"), "session");
		List<Map.Entry<Long, Integer>> order = new ArrayList<>();
		numbered(fields, "order_").forEach((talk, value) -> order.add(Map.entry(talk, position(value))));
		order.sort(Comparator.comparing(Map.Entry::getValue));
		return change(page(event, mc), redirect, () -> editor.pack(me.id(), event, seen, mc.id(), session,
				order.stream().map(Map.Entry::getKey).toList()));
	}

	/**
	 * Saves what the MC's leads say of each time block: its field {@code time_<block id>}
	 * is PREFERRED, FINE or AVOIDED. A form opened before another save is told, and comes
	 * back with what it chose over the saved version, so that saving again replaces it.
	 */
	@PostMapping("/manage/{event}/schedule/mc/{mc}/preferences")
	String preferences(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@RequestParam Map<String, String> fields, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = event(slug);
		Microconference mc = led(event, mcSlug, me);
		int seen = FormVersions.required(fields.get(PreferredTimesForm.VERSION_FIELD));
		Map<Long, TimePreference> chosen = PreferredTimesForm.chosen(fields);
		try {
			preferences.set(me.id(), event, mc.id(), chosen, seen);
			redirect.addFlashAttribute("notice", "Saved the preferred times of " + mc.title() + ".");
		}
		catch (TimetableRefusedException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage() + " Nothing was changed.");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem", stale.getMessage() + PolicyPages.STALE_HINT);
			redirect.addFlashAttribute("typedPreferences", chosen);
		}
		catch (TimetableNotFoundException notTheirs) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + page(event, mc);
	}

	private static Map<Long, String> numbered(Map<String, String> fields, String prefix) {
		Map<Long, String> values = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith(prefix)) {
				values.put(id(name.substring(prefix.length()), name), value);
			}
		});
		return values;
	}

	private static int position(String value) {
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		}
		catch (NumberFormatException notANumber) {
			return Integer.MAX_VALUE;
		}
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The event's accepted MC, if the account leads it or organises the event; else 404.
	 */
	private Microconference led(Event event, String mcSlug, SignedInAccount me) {
		return microconferences.findPublished(event.id(), mcSlug)
			.filter(mc -> rights.mayEditMicroconference(me.id(), mc))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String page(Event event, Microconference mc) {
		return "/manage/" + event.slug() + "/schedule/mc/" + mc.slug();
	}

}
