package org.plumbline.schedule.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.PolicyInput;
import org.plumbline.schedule.ReleaseSetting;
import org.plumbline.schedule.SchedulePolicies;
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
 * The organisers' page of an event's conflict policies: for each kind of conflict,
 * whether it blocks a change, blocks a release, warns or is ignored; and whether releases
 * keep accepted talks before their speakers confirm. Anyone who does not organise the
 * event is told the page does not exist.
 */
@Controller
class PolicyPages {

	static final String STALE_HINT = " What you chose is kept below: save again to replace that change, or reload "
			+ "the page to see it.";

	private final Rights rights;

	private final SchedulePolicies policies;

	PolicyPages(Rights rights, SchedulePolicies policies) {
		this.rights = rights;
		this.policies = policies;
	}

	@GetMapping("/manage/{event}/schedule/policies")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = organised(slug, me);
		return page(event, PoliciesPage.saved(event, policies.of(event.id()), policies.releaseSetting(event.id())),
				csrf, model);
	}

	/**
	 * Each kind's fields are {@code policy_KIND} and {@code version_KIND}; every kind
	 * must be sent, so that a form missing one is refused (400) rather than half-saved.
	 * The release setting is a checkbox, sent only when ticked, beside its version.
	 */
	@PostMapping("/manage/{event}/schedule/policies")
	String save(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam Map<String, String> form, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		List<PolicyInput> inputs = Arrays.stream(ConflictKind.values())
			.map(kind -> new PolicyInput(kind, form.get(SchedulePolicies.field(kind)),
					FormVersions.required(form.get(PoliciesPage.versionField(kind)))))
			.toList();
		ReleaseSetting release = new ReleaseSetting(form.containsKey(PoliciesPage.RELEASE_FIELD),
				FormVersions.required(form.get(PoliciesPage.RELEASE_VERSION_FIELD)));
		try {
			policies.save(event, me.id(), inputs, release);
		}
		catch (InvalidFields invalid) {
			return page(event,
					PoliciesPage.typed(event, inputs, release, policies.of(event.id()), FormErrors.of(invalid)), csrf,
					model);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(event,
					PoliciesPage
						.typed(event, inputs, release, policies.of(event.id()),
								FormErrors.form(stale.getMessage() + STALE_HINT))
						.withSavedVersions(policies.of(event.id()), policies.releaseSetting(event.id())),
					csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the conflict policies.");
		return "redirect:/manage/" + event.slug() + "/schedule/policies";
	}

	private String page(Event event, PoliciesPage page, CsrfToken csrf, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "schedule/policies";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
