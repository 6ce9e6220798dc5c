package org.plumbline.registration.web;

import java.util.function.Supplier;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.registration.WaitingTiers;
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
 * The organisers' page of the waiting list's tiers: the tiers in order, renamed, moved,
 * added and deleted, and the people placed in one by hand. Every form carries the version
 * of the list it showed and names a tier by its number there. Anyone who does not
 * organise the event is told the page does not exist.
 */
@Controller
class WaitingTierPages {

	private static final String REFRESHED = " The page below is as it is now.";

	private final Rights rights;

	private final WaitingTiers tiers;

	WaitingTierPages(Rights rights, WaitingTiers tiers) {
		this.rights = rights;
		this.tiers = tiers;
	}

	@GetMapping("/manage/{event}/registration/tiers")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return page(organised(slug, me), me, TiersForm.NONE, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/registration/tiers")
	String add(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "rule", required = false) String rule, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return changed(event, me, TiersForm.added(name, rule), csrf, model, redirect,
				() -> "Added the tier " + tiers.add(event, me.id(), seen, name, rule).name() + ".");
	}

	@PostMapping("/manage/{event}/registration/tiers/{tier}/name")
	String rename(@PathVariable("event") String slug, @PathVariable("tier") int number,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "name", required = false) String name, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return changed(event, me, TiersForm.renamed(number, name), csrf, model, redirect, () -> {
			tiers.rename(event, me.id(), seen, number, name);
			return "Renamed tier " + number + " to " + name.strip() + ".";
		});
	}

	@PostMapping("/manage/{event}/registration/tiers/{tier}/move")
	String move(@PathVariable("event") String slug, @PathVariable("tier") int number,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "direction", required = false) String direction, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "direction must be up or down");
		}
		return changed(event, me, TiersForm.NONE, csrf, model, redirect, () -> {
			tiers.move(event, me.id(), seen, number, "up".equals(direction));
			return "Moved tier " + number + " " + direction + ".";
		});
	}

	@PostMapping("/manage/{event}/registration/tiers/{tier}/delete")
	String delete(@PathVariable("event") String slug, @PathVariable("tier") int number,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return changed(event, me, TiersForm.NONE, csrf, model, redirect, () -> {
			tiers.delete(event, me.id(), seen, number);
			return "Deleted tier " + number + ".";
		});
	}

	@PostMapping("/manage/{event}/registration/tiers/placements")
	String place(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "email", required = false) String email,
			@RequestParam(name = "tier", required = false) String tier,
			@RequestParam(name = "reason", required = false) String reason, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		TiersForm form = TiersForm.placed(email, tier, reason);
		return changed(event, me, form, csrf, model, redirect, () -> {
			tiers.place(event, me.id(), seen, form.placement());
			return "Placed " + email.strip() + " in tier " + tier.strip() + ".";
		});
	}

	@PostMapping("/manage/{event}/registration/tiers/placements/{account}/remove")
	String removePlacement(@PathVariable("event") String slug, @PathVariable("account") long accountId,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		return changed(event, me, TiersForm.NONE, csrf, model, redirect, () -> {
			tiers.removePlacement(event, me.id(), seen, accountId);
			return "Removed the placement: that person stands in the tier their standing gives them again.";
		});
	}

	/**
	 * Makes the change and goes back to the page with its notice, or shows the page with
	 * the refusal: beside the refused form's fields, or above the page for a stale form
	 * or a tier that cannot move or go.
	 */
	private String changed(Event event, SignedInAccount me, TiersForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect, Supplier<String> change) {
		String notice;
		try {
			notice = change.get();
		}
		catch (InvalidFields invalid) {
			String tierProblem = invalid.messages().get("tier");
			if (form.kind() != TiersForm.Kind.PLACE && tierProblem != null) {
				return page(event, me, TiersForm.NONE, FormErrors.form(tierProblem), csrf, model);
			}
			return page(event, me, form, FormErrors.of(invalid), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(event, me, form.kind() == TiersForm.Kind.RENAME ? TiersForm.NONE : form,
					FormErrors.form(stale.getMessage() + REFRESHED), csrf, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/manage/" + event.slug() + "/registration/tiers";
	}

	private String page(Event event, SignedInAccount me, TiersForm refused, FormErrors errors, CsrfToken csrf,
			Model model) {
		model.addAttribute("page", new WaitingTiersPage(event, tiers.list(event, me.id()),
				tiers.placements(event, me.id()), refused, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/tiers";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
