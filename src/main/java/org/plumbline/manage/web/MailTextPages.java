package org.plumbline.manage.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.account.SignedInAccount;
import org.plumbline.mail.InvalidTemplateException;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.MailTemplates;
import org.plumbline.mail.RenderedMail;
import org.plumbline.mail.StaleTemplateException;
import org.plumbline.mail.StoredTemplate;
import org.plumbline.validation.FormErrors;
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
 * The mail texts of an event (its organisers) and of the site (the site admin): which
 * text each purpose uses, and an editor that previews a text with sample values, saves it
 * unless someone else saved first, and drops it again.
 */
@Controller
class MailTextPages {

	static final String STALE = "Someone else changed this text since you opened it. Your text is kept below: "
			+ "save again to replace their change, or reload the page to see it.";

	private final OrganisedEvents organisedEvents;

	private final MailTemplates templates;

	MailTextPages(OrganisedEvents organisedEvents, MailTemplates templates) {
		this.organisedEvents = organisedEvents;
		this.templates = templates;
	}

	@GetMapping("/manage/{event}/mail/texts")
	String eventTexts(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, Model model) {
		return list(new TextScope(organisedEvents.require(slug, me)), model);
	}

	@GetMapping("/manage/{event}/mail/texts/{purpose}")
	String eventText(@PathVariable("event") String slug, @PathVariable("purpose") String purpose,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		return edit(new TextScope(organisedEvents.require(slug, me)), purpose, csrf, model);
	}

	@PostMapping("/manage/{event}/mail/texts/{purpose}/preview")
	String previewEventText(@PathVariable("event") String slug, @PathVariable("purpose") String purpose,
			@AuthenticationPrincipal SignedInAccount me, TemplateForm form, CsrfToken csrf, Model model) {
		return preview(new TextScope(organisedEvents.require(slug, me)), purpose, form, csrf, model);
	}

	@PostMapping("/manage/{event}/mail/texts/{purpose}")
	String saveEventText(@PathVariable("event") String slug, @PathVariable("purpose") String purpose,
			@AuthenticationPrincipal SignedInAccount me, TemplateForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		return save(new TextScope(organisedEvents.require(slug, me)), purpose, form, me, csrf, model, redirect);
	}

	@PostMapping("/manage/{event}/mail/texts/{purpose}/reset")
	String resetEventText(@PathVariable("event") String slug, @PathVariable("purpose") String purpose,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		return reset(new TextScope(organisedEvents.require(slug, me)), purpose, me, redirect);
	}

	@GetMapping("/admin/mail/texts")
	String siteTexts(Model model) {
		return list(TextScope.SITE, model);
	}

	@GetMapping("/admin/mail/texts/{purpose}")
	String siteText(@PathVariable("purpose") String purpose, CsrfToken csrf, Model model) {
		return edit(TextScope.SITE, purpose, csrf, model);
	}

	@PostMapping("/admin/mail/texts/{purpose}/preview")
	String previewSiteText(@PathVariable("purpose") String purpose, TemplateForm form, CsrfToken csrf, Model model) {
		return preview(TextScope.SITE, purpose, form, csrf, model);
	}

	@PostMapping("/admin/mail/texts/{purpose}")
	String saveSiteText(@PathVariable("purpose") String purpose, TemplateForm form,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		return save(TextScope.SITE, purpose, form, me, csrf, model, redirect);
	}

	@PostMapping("/admin/mail/texts/{purpose}/reset")
	String resetSiteText(@PathVariable("purpose") String purpose, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		return reset(TextScope.SITE, purpose, me, redirect);
	}

	private String list(TextScope scope, Model model) {
		Map<MailPurpose, StoredTemplate> texts = new LinkedHashMap<>();
		templates.purposes()
			.stream()
			.filter(scope::offers)
			.forEach(purpose -> texts.put(purpose, templates.template(purpose.key(), scope.eventId())));
		model.addAttribute("scope", scope);
		model.addAttribute("texts", texts);
		return "manage/mailTexts";
	}

	private String edit(TextScope scope, String purposeKey, CsrfToken csrf, Model model) {
		MailPurpose purpose = purpose(scope, purposeKey);
		StoredTemplate inForce = templates.template(purpose.key(), scope.eventId());
		TemplateForm form = TemplateForm.of(inForce.subject(), inForce.body(), inForce.version());
		return editor(new TextEditor(scope, purpose, inForce, form, FormErrors.NONE, null), csrf, model);
	}

	private String preview(TextScope scope, String purposeKey, TemplateForm form, CsrfToken csrf, Model model) {
		MailPurpose purpose = purpose(scope, purposeKey);
		StoredTemplate inForce = templates.template(purpose.key(), scope.eventId());
		try {
			RenderedMail preview = templates.preview(purpose.key(), form.subject(), form.body());
			return editor(new TextEditor(scope, purpose, inForce, form, FormErrors.NONE, preview), csrf, model);
		}
		catch (InvalidTemplateException invalid) {
			return editor(new TextEditor(scope, purpose, inForce, form, fieldError(invalid), null), csrf, model);
		}
	}

	private String save(TextScope scope, String purposeKey, TemplateForm form, SignedInAccount me, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		MailPurpose purpose = purpose(scope, purposeKey);
		try {
			templates.save(me.id(), purpose.key(), scope.eventId(), form.subject(), form.body(),
					form.expectedVersion());
		}
		catch (InvalidTemplateException invalid) {
			StoredTemplate inForce = templates.template(purpose.key(), scope.eventId());
			return editor(new TextEditor(scope, purpose, inForce, form, fieldError(invalid), null), csrf, model);
		}
		catch (StaleTemplateException stale) {
			StoredTemplate inForce = templates.template(purpose.key(), scope.eventId());
			TemplateForm kept = form.withVersion(inForce.version());
			return editor(new TextEditor(scope, purpose, inForce, kept, FormErrors.form(STALE), null), csrf, model);
		}
		catch (IllegalArgumentException refused) {
			StoredTemplate inForce = templates.template(purpose.key(), scope.eventId());
			return editor(new TextEditor(scope, purpose, inForce, form, FormErrors.form(refused.getMessage()), null),
					csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved: the next mail of this kind uses this text.");
		return "redirect:" + scope.textPath(purpose.key());
	}

	private String reset(TextScope scope, String purposeKey, SignedInAccount me, RedirectAttributes redirect) {
		MailPurpose purpose = purpose(scope, purposeKey);
		StoredTemplate inForce = templates.reset(me.id(), purpose.key(), scope.eventId());
		redirect.addFlashAttribute("notice", "Done: " + scope.origin(inForce) + " is in force again.");
		return "redirect:" + scope.textPath(purpose.key());
	}

	private String editor(TextEditor editor, CsrfToken csrf, Model model) {
		model.addAttribute("editor", editor);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "manage/mailText";
	}

	/**
	 * The purpose, if this scope has texts for it; a site-wide purpose has none per
	 * event.
	 */
	private MailPurpose purpose(TextScope scope, String purposeKey) {
		return templates.purposes()
			.stream()
			.filter(purpose -> purpose.key().equals(purposeKey) && scope.offers(purpose))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The refusal beside its field, without the field's name that the message starts
	 * with.
	 */
	private static FormErrors fieldError(InvalidTemplateException invalid) {
		String message = invalid.getMessage();
		String prefix = invalid.field() + ": ";
		String reason = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
		return FormErrors.field(invalid.field(), Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
	}

}
