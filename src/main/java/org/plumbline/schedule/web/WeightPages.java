package org.plumbline.schedule.web;

import java.util.EnumMap;
import java.util.Map;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.McTimePreferences;
import org.plumbline.schedule.SchedulerWeights;
import org.plumbline.schedule.WeightInput;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.Weight;
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
 * The organisers' page of the scheduler's weights: for each constraint, its level and
 * weight (0 switches it off), back to the defaults with one button; and every MC's
 * preferred times, read-only, as the scheduler reads them. Anyone who does not organise
 * the event is told the page does not exist.
 */
@Controller
class WeightPages {

	private final Rights rights;

	private final SchedulerWeights weights;

	private final McTimePreferences preferences;

	private final EventCatalog events;

	private final Microconferences microconferences;

	WeightPages(Rights rights, SchedulerWeights weights, McTimePreferences preferences, EventCatalog events,
			Microconferences microconferences) {
		this.rights = rights;
		this.weights = weights;
		this.preferences = preferences;
		this.events = events;
		this.microconferences = microconferences;
	}

	@GetMapping("/manage/{event}/schedule/weights")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = organised(slug, me);
		return page(WeightsPage.saved(event, weights.ofEvent(event.id()), weights.version(event.id()),
				preferencesOf(event)), csrf, model);
	}

	/**
	 * Each weighable constraint's fields are {@code level_NAME} and {@code weight_NAME};
	 * those of the others are read only when sent, so that an altered form is refused
	 * beside them rather than ignored.
	 */
	@PostMapping("/manage/{event}/schedule/weights")
	String save(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam Map<String, String> form, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(form.get(WeightsPage.VERSION_FIELD));
		Map<ScheduleConstraint, WeightInput> typed = typed(form);
		try {
			weights.save(me.id(), event, typed, seen);
		}
		catch (InvalidFields invalid) {
			return page(WeightsPage.typed(event, typed, seen, FormErrors.of(invalid), preferencesOf(event)), csrf,
					model);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(
					WeightsPage.typed(event, typed, weights.version(event.id()),
							FormErrors.form(stale.getMessage() + PolicyPages.STALE_HINT), preferencesOf(event)),
					csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the scheduler's weights.");
		return "redirect:" + path(event);
	}

	@PostMapping("/manage/{event}/schedule/weights/reset")
	String reset(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = WeightsPage.VERSION_FIELD, required = false) String version,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			weights.reset(me.id(), event, seen);
			redirect.addFlashAttribute("notice", "Every constraint has its default weight again.");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem", stale.getMessage() + " Nothing was reset: look again, then reset.");
		}
		return "redirect:" + path(event);
	}

	private static Map<ScheduleConstraint, WeightInput> typed(Map<String, String> form) {
		Map<ScheduleConstraint, WeightInput> typed = new EnumMap<>(ScheduleConstraint.class);
		for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
			String level = form.get(SchedulerWeights.levelField(constraint));
			String weight = form.get(SchedulerWeights.weightField(constraint));
			if (constraint.weighable()) {
				typed.put(constraint, new WeightInput(level, weight));
			}
			else if (level != null || weight != null) {
				Weight fixed = constraint.defaultWeight();
				typed.put(constraint, new WeightInput(level != null ? level : fixed.level().name(),
						weight != null ? weight : Long.toString(fixed.weight())));
			}
		}
		return typed;
	}

	private WeightsPage.PreferencesTable preferencesOf(Event event) {
		return WeightsPage.preferences(events.timeBlocks(event.id()), event.timeZone(),
				microconferences.published(event.id()), preferences.ofEvent(event.id()));
	}

	private String page(WeightsPage page, CsrfToken csrf, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("problem", model.getAttribute("problem"));
		return "schedule/weights";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String path(Event event) {
		return "/manage/" + event.slug() + "/schedule/weights";
	}

}
