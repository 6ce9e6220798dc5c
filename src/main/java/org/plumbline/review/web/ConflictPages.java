package org.plumbline.review.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.review.ConflictInput;
import org.plumbline.review.Conflicts;
import org.plumbline.review.DeclaredConflicts;
import org.plumbline.review.ReviewRefusedException;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' page of conflicts of interest that are not computed: mark an account as
 * conflicted with a speaker, with a reason, and remove a mark; remove a conflict a
 * reviewer declared. Anyone who does not organise the event is told the page does not
 * exist.
 */
@Controller
class ConflictPages {

	private final Rights rights;

	private final Conflicts conflicts;

	private final DeclaredConflicts declaredConflicts;

	ConflictPages(Rights rights, Conflicts conflicts, DeclaredConflicts declaredConflicts) {
		this.rights = rights;
		this.conflicts = conflicts;
		this.declaredConflicts = declaredConflicts;
	}

	@GetMapping("/manage/{event}/conflicts")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return page(organised(slug, me), me, new ConflictForm("", "", ""), FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/conflicts")
	String mark(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, ConflictForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			conflicts.mark(event, me.id(), new ConflictInput(form.email(), form.personId(), form.reason()));
		}
		catch (InvalidFields invalid) {
			return page(event, me, form, FormErrors.of(invalid), csrf, model);
		}
		catch (DuplicateKeyException markedMeanwhile) {
			return page(event, me, form,
					FormErrors.field("personId",
							"Another organiser marked this account as conflicted with this person just now."),
					csrf, model);
		}
		redirect.addFlashAttribute("notice", "Marked: that account no longer sees this person's topics in reviews.");
		return "redirect:/manage/" + event.slug() + "/conflicts";
	}

	@PostMapping("/manage/{event}/conflicts/{mark}/remove")
	String unmark(@PathVariable("event") String slug, @PathVariable("mark") long markId,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			conflicts.unmark(event, me.id(), markId);
		}
		catch (ReviewRefusedException refused) {
			return page(event, me, new ConflictForm("", "", ""), FormErrors.form(refused.getMessage()), csrf, model);
		}
		redirect.addFlashAttribute("notice", "The mark is removed.");
		return "redirect:/manage/" + event.slug() + "/conflicts";
	}

	@PostMapping("/manage/{event}/conflicts/declarations/{declaration}/remove")
	String removeDeclaration(@PathVariable("event") String slug, @PathVariable("declaration") long declarationId,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			declaredConflicts.remove(event, me.id(), declarationId);
		}
		catch (IllegalArgumentException hiddenFromThem) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "The declaration is removed: its reviewer sees the topic again.");
		return "redirect:/manage/" + event.slug() + "/conflicts";
	}

	private String page(Event event, SignedInAccount me, ConflictForm form, FormErrors errors, CsrfToken csrf,
			Model model) {
		model.addAttribute("page",
				new ConflictsPage(event, conflicts.marks(event.id()),
						declaredConflicts.declarations(event.id(), me.id()), conflicts.sameEmployer(event.id()),
						conflicts.speakers(event.id()), form.email(), form.personId(), form.reason(), errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "review/conflicts";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
