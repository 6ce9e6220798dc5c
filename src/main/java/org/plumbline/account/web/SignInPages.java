package org.plumbline.account.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.plumbline.account.AccountProperties;
import org.plumbline.account.domain.SignInRefused;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form's POST and signing out, and leaves
 * the reason of a refusal in the session.
 */
@Controller
class SignInPages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	private final AccountProperties properties;

	SignInPages(Clock clock, AccountProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	@GetMapping("/login")
	String signIn(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "reset", required = false) String reset, HttpSession session, CsrfToken csrf,
			Model model) {
		model.addAttribute("csrf", csrf);
		model.addAttribute("error",
				error != null ? refusal(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)) : null);
		model.addAttribute("notice", signedOut != null ? "You are signed out."
				: reset != null ? "Your new password is set. Sign in with it." : null);
		return "account/signIn";
	}

	private String refusal(Object exception) {
		if (!(exception instanceof SignInRefused refused)) {
			return "Wrong email or password.";
		}
		return switch (refused.reason()) {
			case WRONG_CREDENTIALS -> "Wrong email or password.";
			case TOO_SOON ->
				"Too many wrong passwords in a row. Wait " + inWords(refused.until()) + " before the next try.";
			case LOCKED -> "Too many wrong passwords: this account is locked until " + TIME.format(refused.until())
					+ " (" + inWords(refused.until()) + " from now), after " + properties.maxFailedLogins()
					+ " wrong passwords in a row. Setting a new password unlocks it at once.";
			case NOT_VERIFIED ->
				"Your email address is not verified yet. Open the link we mailed you (a new one goes out "
						+ "now, at most one a minute), then sign in.";
		};
	}

	private String inWords(Instant until) {
		long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
		if (seconds < 120) {
			return seconds == 1 ? "1 second" : seconds + " seconds";
		}
		return ((seconds + 59) / 60) + " minutes";
	}

}
