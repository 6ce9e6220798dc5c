package org.plumbline.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.plumbline.account.domain.SignUps;
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

/** Sign-up, the "check your mail" page, and the verification link's page. */
@Controller
class SignUpPages {

	private final SignUps signUps;

	SignUpPages(SignUps signUps) {
		this.signUps = signUps;
	}

	@GetMapping("/signup")
	String form(CsrfToken csrf, Model model) {
		return page(new SignUpForm("", "", ""), FormErrors.NONE, csrf, model);
	}

	@PostMapping("/signup")
	String signUp(SignUpForm form, HttpServletRequest request, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		try {
			signUps.signUp(form.name(), form.email(), form.password(), request.getRemoteAddr());
		}
		catch (InvalidFields invalid) {
			return page(form, FormErrors.of(invalid), csrf, model);
		}
		redirect.addFlashAttribute("email", form.email().strip());
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String sent(Model model) {
		model.addAttribute("email", model.getAttribute("email"));
		return "account/signUpSent";
	}

	/**
	 * The verification link's page asks for the password and verifies only on a POST, so
	 * a mail scanner that opens every link verifies nothing.
	 */
	@GetMapping("/account/verify")
	String verifyForm(@RequestParam(name = "token", required = false) String token, CsrfToken csrf, Model model) {
		TokenCheck.Outcome outcome = token == null ? TokenCheck.Outcome.UNKNOWN : signUps.check(token);
		return verifyPage(token, outcome, false, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/account/verify")
	String verify(@RequestParam(name = "token", required = false) String token,
			@RequestParam(name = "password", required = false) String password, CsrfToken csrf, Model model) {
		if (token == null) {
			return verifyPage(null, TokenCheck.Outcome.UNKNOWN, false, FormErrors.NONE, csrf, model);
		}
		try {
			TokenCheck.Outcome outcome = signUps.verify(token, password);
			return verifyPage(token, outcome, outcome == TokenCheck.Outcome.VALID, FormErrors.NONE, csrf, model);
		}
		catch (InvalidFields invalid) {
			return verifyPage(token, TokenCheck.Outcome.VALID, false, FormErrors.of(invalid), csrf, model);
		}
	}

	private static String verifyPage(String token, TokenCheck.Outcome outcome, boolean verified, FormErrors errors,
			CsrfToken csrf, Model model) {
		model.addAttribute("token", token == null ? "" : token);
		model.addAttribute("outcome", outcome);
		model.addAttribute("verified", verified);
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		return "account/verified";
	}

	private static String page(SignUpForm form, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("form", form.withoutPassword());
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		return "account/signUp";
	}

}
