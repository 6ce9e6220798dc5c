package org.plumbline.cfp.web;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.SpeakerAnswer;
import org.plumbline.cfp.SpeakerAnswers;
import org.plumbline.cfp.TopicRefusedException;
import org.plumbline.cfp.TopicState;
import org.plumbline.validation.FormErrors;
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
 * A speaker of an accepted topic confirms or declines: through the acceptance mail's
 * link, whose page asks and whose form acts (never the link itself, which a mail scanner
 * may open), or with the buttons of the topic's own page. A link that is no one's, or is
 * another speaker's, does not exist.
 */
@Controller
class AnswerPages {

	private final SpeakerAnswers answers;

	AnswerPages(SpeakerAnswers answers) {
		this.answers = answers;
	}

	@GetMapping("/account/topics/answer")
	String ask(@RequestParam(name = "token", required = false) String token,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		SpeakerAnswer answer = answers.byToken(me.id(), token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return page(answer, token, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/account/topics/answer")
	String answer(@RequestParam(name = "token", required = false) String token,
			@RequestParam(name = "action", required = false) String action, @AuthenticationPrincipal SignedInAccount me,
			CsrfToken csrf, Model model) {
		SpeakerAnswer asked = answers.byToken(me.id(), token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			return page(answers.answerByToken(me.id(), token, confirms(action)), token, FormErrors.NONE, csrf, model);
		}
		catch (TopicRefusedException refused) {
			return page(answers.byToken(me.id(), token).orElse(asked), token, FormErrors.form(refused.getMessage()),
					csrf, model);
		}
	}

	@PostMapping("/account/topics/{topic}/answer")
	String answerAsSpeaker(@PathVariable("topic") long topicId,
			@RequestParam(name = "action", required = false) String action, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		answers.ofSpeaker(me.id(), topicId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SpeakerAnswer answered;
		try {
			answered = answers.answerAsSpeaker(me.id(), topicId, confirms(action));
		}
		catch (TopicRefusedException refused) {
			redirect.addFlashAttribute("notice", refused.getMessage());
			return "redirect:/account/topics/" + topicId;
		}
		redirect.addFlashAttribute("notice", answered.inWords());
		if (answered.answer() == TopicState.DECLINED && !answered.firstSpeaker()) {
			return "redirect:/account/topics";
		}
		return "redirect:/account/topics/" + topicId;
	}

	private static boolean confirms(String action) {
		if ("confirm".equals(action)) {
			return true;
		}
		if ("decline".equals(action)) {
			return false;
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "action must be confirm or decline");
	}

	private static String page(SpeakerAnswer answer, String token, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("answer", answer);
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		return "cfp/answer";
	}

}
