package org.plumbline.account.web;

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
	String signUp(SignUpForm form, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		try {
			signUps.signUp(form.name(), form.email(), form.password());
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

	@GetMapping("/account/verify")
	String verify(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("outcome", token == null ? TokenCheck.Outcome.UNKNOWN : signUps.verify(token));
		return "account/verified";
	}

	private static String page(SignUpForm form, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("form", form.withoutPassword());
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		return "account/signUp";
	}

}
