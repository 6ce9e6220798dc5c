package org.plumbline.registration.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionEditorPage;
import org.plumbline.question.QuestionForm;
import org.plumbline.question.QuestionNotices;
import org.plumbline.registration.RegistrationQuestions;
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
 * The questions of an event's registration form, managed by its organisers; to anyone
 * else the page does not exist. A change without the form's version is refused before its
 * question is looked up.
 */
@Controller
class RegistrationQuestionPages {

	private final Rights rights;

	private final RegistrationQuestions questions;

	RegistrationQuestionPages(Rights rights, RegistrationQuestions questions) {
		this.rights = rights;
		this.questions = questions;
	}

	@GetMapping("/manage/{event}/registration/questions")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return page(organised(slug, me), me, null, FormErrors.NONE, null, csrf, model);
	}

	@PostMapping("/manage/{event}/registration/questions")
	String add(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, QuestionForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			redirect.addFlashAttribute("notice",
					QuestionNotices.added(questions.add(event, me.id(), form.definition())));
		}
		catch (InvalidFields invalid) {
			return page(event, me, "new", FormErrors.of(invalid), form, csrf, model);
		}
		return redirectTo(event);
	}

	@PostMapping("/manage/{event}/registration/questions/{question}")
	String edit(@PathVariable("event") String slug, @PathVariable("question") long questionId,
			@AuthenticationPrincipal SignedInAccount me, QuestionForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int version = FormVersions.required(form.version());
		Question question = current(event, questionId);
		try {
			questions.edit(event, me.id(), questionId, version, form.definition());
		}
		catch (InvalidFields | OptimisticLockingFailureException refusal) {
			QuestionForm.Refused refused = form.refused(refusal, () -> current(event, questionId).version());
			return page(event, me, Long.toString(questionId), refused.errors(), refused.typed(), csrf, model);
		}
		redirect.addFlashAttribute("notice", QuestionNotices.saved(question));
		return redirectTo(event);
	}

	@PostMapping("/manage/{event}/registration/questions/{question}/move")
	String move(@PathVariable("event") String slug, @PathVariable("question") long questionId,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "direction", required = false) String direction,
			@RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int expected = FormVersions.required(version);
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "direction must be up or down");
		}
		current(event, questionId);
		try {
			questions.move(event, me.id(), questionId, expected, "up".equals(direction));
			redirect.addFlashAttribute("notice", QuestionNotices.moved(direction));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("notice", QuestionNotices.notMoved(stale.getMessage()));
		}
		return redirectTo(event);
	}

	@PostMapping("/manage/{event}/registration/questions/{question}/remove")
	String remove(@PathVariable("event") String slug, @PathVariable("question") long questionId,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int expected = FormVersions.required(version);
		Question question = current(event, questionId);
		try {
			boolean deleted = questions.remove(event, me.id(), questionId, expected);
			redirect.addFlashAttribute("notice", QuestionNotices.removed(question, deleted,
					"the answers attendees gave stay with their registrations"));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("notice", QuestionNotices.notRemoved(stale.getMessage()));
		}
		return redirectTo(event);
	}

	private String page(Event event, SignedInAccount me, String refusedForm, FormErrors errors, QuestionForm typed,
			CsrfToken csrf, Model model) {
		model.addAttribute("page",
				new RegistrationQuestionsPage(event,
						new QuestionEditorPage(RegistrationQuestionsPage.path(event),
								"nobody registers without answering it", questions.all(event, me.id()), refusedForm,
								errors, typed)));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/questions";
	}

	private static String redirectTo(Event event) {
		return "redirect:" + RegistrationQuestionsPage.path(event);
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Question current(Event event, long questionId) {
		return Question.withId(questions.current(event), questionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
