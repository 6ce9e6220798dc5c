package org.plumbline.account.web;

import org.plumbline.account.domain.PasswordResets;
import org.plumbline.account.domain.TokenCheck;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.InvalidFields;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Asking for a reset link, and setting the new password through it. */
@Controller
class PasswordResetPages {

	private final PasswordResets resets;

	PasswordResetPages(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/account/reset")
	String askForm(CsrfToken csrf, Model model) {
		return askPage("", FormErrors.NONE, csrf, model);
	}

	@PostMapping("/account/reset")
	String ask(@RequestParam(name = "email", required = false) String email, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		try {
			resets.request(email);
		}
		catch (InvalidFields invalid) {
			return askPage(email, FormErrors.of(invalid), csrf, model);
		}
		redirect.addFlashAttribute("email", email.strip());
		return "redirect:/account/reset/sent";
	}

	@GetMapping("/account/reset/sent")
	String sent(Model model) {
		model.addAttribute("email", model.getAttribute("email"));
		return "account/resetSent";
	}

	@GetMapping("/account/reset/new")
	String newPasswordForm(@RequestParam(name = "token", required = false) String token, CsrfToken csrf, Model model) {
		TokenCheck.Outcome outcome = token == null ? TokenCheck.Outcome.UNKNOWN : resets.check(token);
		return newPasswordPage(token, outcome, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/account/reset/new")
	String setNewPassword(@RequestParam(name = "token", required = false) String token,
			@RequestParam(name = "password", required = false) String password, CsrfToken csrf, Model model) {
		if (token == null) {
			return newPasswordPage(null, TokenCheck.Outcome.UNKNOWN, FormErrors.NONE, csrf, model);
		}
		try {
			TokenCheck.Outcome outcome = resets.reset(token, password);
			if (outcome == TokenCheck.Outcome.VALID) {
				return "redirect:/login?reset";
			}
			return newPasswordPage(token, outcome, FormErrors.NONE, csrf, model);
		}
		catch (InvalidFields invalid) {
			return newPasswordPage(token, TokenCheck.Outcome.VALID, FormErrors.of(invalid), csrf, model);
		}
	}

	private static String askPage(String email, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		return "account/resetAsk";
	}

	private static String newPasswordPage(String token, TokenCheck.Outcome outcome, FormErrors errors, CsrfToken csrf,
			Model model) {
		model.addAttribute("token", token == null ? "" : token);
		model.addAttribute("outcome", outcome);
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		return "account/resetNew";
	}

}
