package org.plumbline.registration.web;

import java.io.IOException;
import java.util.List;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.registration.BankStatement;
import org.plumbline.registration.BankStatements;
import org.plumbline.registration.BankStatements.Sample;
import org.plumbline.registration.ColumnMapping;
import org.plumbline.registration.ColumnMapping.Separator;
import org.plumbline.registration.PaymentNotFoundException;
import org.plumbline.registration.Payments;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationRefusedException;
import org.plumbline.registration.StatementLine;
import org.plumbline.registration.StatementLine.Outcome;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.FormVersions;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.ConcurrencyFailureException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' payment pages of an event: the registrations awaiting payment, marked
 * paid one by one, and bank statements uploaded, mapped, matched and applied. Anyone who
 * does not organise the event is told the pages do not exist.
 */
@Controller
class PaymentPages {

	private static final String REFRESHED = " The page below is as it is now.";

	private final Rights rights;

	private final Payments payments;

	private final BankStatements statements;

	PaymentPages(Rights rights, Payments payments, BankStatements statements) {
		this.rights = rights;
		this.payments = payments;
		this.statements = statements;
	}

	@GetMapping("/manage/{event}/registration/payments")
	String payments(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return payments(organised(slug, me), me, 0, "", FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/registration/payments/paid")
	String markPaid(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "registration", required = false) String registration,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "amount", required = false) String amount, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		long id = id(registration);
		Registration paid;
		try {
			paid = payments.markPaid(event, me.id(), id, seen, amount);
		}
		catch (InvalidFields invalid) {
			return payments(event, me, id, amount, FormErrors.of(invalid), csrf, model);
		}
		catch (PaymentNotFoundException notTheEvents) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (RegistrationRefusedException refused) {
			return payments(event, me, 0, "", FormErrors.form(refused.getMessage()), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return payments(event, me, 0, "", FormErrors.form(stale.getMessage() + REFRESHED), csrf, model);
		}
		redirect.addFlashAttribute("notice",
				"Recorded the payment of " + paid.reference() + ": it is registered, and we mailed its attendee.");
		return "redirect:" + paymentsPath(event);
	}

	@PostMapping("/manage/{event}/registration/statements")
	String upload(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "file", required = false) MultipartFile file, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		BankStatement uploaded;
		try {
			uploaded = statements.upload(event, me.id(), file == null ? null : file.getOriginalFilename(), bytes(file));
		}
		catch (InvalidFields invalid) {
			return payments(event, me, 0, "", FormErrors.of(invalid), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Uploaded " + uploaded.fileName()
				+ ". Say which columns hold what, then check the matching before you apply it.");
		return "redirect:" + statementPath(event, uploaded.id());
	}

	@GetMapping("/manage/{event}/registration/statements/{statement}")
	String statement(@PathVariable("event") String slug, @PathVariable("statement") long id,
			@AuthenticationPrincipal SignedInAccount me, StatementForm form, CsrfToken csrf, Model model) {
		Event event = organised(slug, me);
		requireStatement(event, me, id);
		if (!form.submitted()) {
			Sample sample = statements.sample(event, me.id(), id, separator(form));
			StatementForm first = form.separator().isEmpty() ? StatementForm.first(sample) : form;
			return statement(event, me, id, first, FormErrors.NONE, List.of(), csrf, model);
		}
		try {
			List<StatementLine> lines = statements.preview(event, me.id(), id, form.mapping());
			return statement(event, me, id, form, FormErrors.NONE, lines, csrf, model);
		}
		catch (InvalidFields invalid) {
			return statement(event, me, id, form, FormErrors.of(invalid), List.of(), csrf, model);
		}
	}

	@PostMapping("/manage/{event}/registration/statements/{statement}/apply")
	String apply(@PathVariable("event") String slug, @PathVariable("statement") long id,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, StatementForm form, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		requireStatement(event, me, id);
		List<StatementLine> lines;
		try {
			ColumnMapping mapping = form.mapping();
			lines = statements.apply(event, me.id(), id, seen, mapping);
		}
		catch (InvalidFields invalid) {
			return statement(event, me, id, form, FormErrors.of(invalid), List.of(), csrf, model);
		}
		catch (RegistrationRefusedException | OptimisticLockingFailureException refused) {
			return statementAsItIsNow(event, me, id, form, refused.getMessage(), csrf, model);
		}
		catch (ConcurrencyFailureException raced) {
			return statementAsItIsNow(event, me, id, form,
					"Other payments were recorded at the same moment, so nothing of this statement was. Apply it again.",
					csrf, model);
		}
		long recorded = lines.stream().filter(line -> line.outcome() == Outcome.CLEAN).count();
		long apart = lines.size() - recorded;
		redirect.addFlashAttribute("notice",
				"Recorded " + recorded + (recorded == 1 ? " payment" : " payments") + " and mailed "
						+ (recorded == 1 ? "its attendee" : "their attendees") + "; " + apart
						+ (apart == 1 ? " line is" : " lines are") + " listed apart, not applied.");
		return "redirect:" + statementQuery(event, id, form);
	}

	private String statementAsItIsNow(Event event, SignedInAccount me, long id, StatementForm form, String message,
			CsrfToken csrf, Model model) {
		List<StatementLine> lines;
		try {
			lines = statements.preview(event, me.id(), id, form.mapping());
		}
		catch (InvalidFields invalid) {
			lines = List.of();
		}
		return statement(event, me, id, form, FormErrors.form(message), lines, csrf, model);
	}

	private String payments(Event event, SignedInAccount me, long refused, String typedAmount, FormErrors errors,
			CsrfToken csrf, Model model) {
		model.addAttribute("page", new PaymentsPage(event, payments.awaiting(event, me.id()),
				statements.ofEvent(event, me.id()), refused, typedAmount == null ? "" : typedAmount, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/payments";
	}

	private String statement(Event event, SignedInAccount me, long id, StatementForm form, FormErrors errors,
			List<StatementLine> lines, CsrfToken csrf, Model model) {
		BankStatement statement = statements.find(event, me.id(), id);
		Sample sample = statements.sample(event, me.id(), id, separator(form));
		model.addAttribute("page", new StatementPage(event, statement, sample, form, errors, lines));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/statement";
	}

	private static Separator separator(StatementForm form) {
		for (Separator separator : Separator.values()) {
			if (separator.name().equals(form.separator())) {
				return separator;
			}
		}
		return null;
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the file could not be read");
		}
	}

	private static long id(String registration) {
		try {
			return Long.parseLong(registration == null ? "" : registration.strip());
		}
		catch (NumberFormatException notAnId) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "registration must be a registration's id");
		}
	}

	private void requireStatement(Event event, SignedInAccount me, long id) {
		try {
			statements.find(event, me.id(), id);
		}
		catch (PaymentNotFoundException notTheEvents) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String paymentsPath(Event event) {
		return "/manage/" + event.slug() + "/registration/payments";
	}

	private static String statementPath(Event event, long id) {
		return "/manage/" + event.slug() + "/registration/statements/" + id;
	}

	private static String statementQuery(Event event, long id, StatementForm form) {
		return UriComponentsBuilder.fromPath(statementPath(event, id))
			.queryParam("separator", form.separator())
			.queryParam("header", form.hasHeader() ? "on" : "")
			.queryParam("textColumn", form.textColumn())
			.queryParam("amountColumn", form.amountColumn())
			.queryParam("currencyColumn", form.currencyColumn())
			.queryParam("dateColumn", form.dateColumn())
			.queryParam("dateFormat", form.dateFormat())
			.build()
			.encode()
			.toUriString();
	}

}
