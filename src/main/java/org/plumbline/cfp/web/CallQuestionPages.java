package org.plumbline.cfp.web;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.CallQuestions;
import org.plumbline.cfp.TopicCall;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionEditorPage;
import org.plumbline.question.QuestionForm;
import org.plumbline.question.QuestionNotices;
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
 * The custom questions of a call, managed by the event's organisers and the leads of the
 * call's MC; to anyone else the page does not exist.
 */
@Controller
class CallQuestionPages {

	private final EventCatalog events;

	private final CallQuestions questions;

	CallQuestionPages(EventCatalog events, CallQuestions questions) {
		this.events = events;
		this.questions = questions;
	}

	@GetMapping("/manage/{event}/calls/{call}/questions")
	String page(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = event(slug);
		return page(event, managed(event, callSlug, me), null, FormErrors.NONE, null, csrf, model);
	}

	@PostMapping("/manage/{event}/calls/{call}/questions")
	String add(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@AuthenticationPrincipal SignedInAccount me, QuestionForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		TopicCall call = managed(event, callSlug, me);
		Question added;
		try {
			added = questions.add(event, me.id(), callSlug, form.definition());
		}
		catch (InvalidFields invalid) {
			return page(event, call, "new", FormErrors.of(invalid), form, csrf, model);
		}
		redirect.addFlashAttribute("notice", QuestionNotices.added(added));
		return redirectTo(event, call);
	}

	@PostMapping("/manage/{event}/calls/{call}/questions/{question}")
	String edit(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@PathVariable("question") long questionId, @AuthenticationPrincipal SignedInAccount me, QuestionForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = event(slug);
		TopicCall call = managed(event, callSlug, me);
		Question question = current(call, questionId);
		int version = FormVersions.required(form.version());
		try {
			questions.edit(event, me.id(), callSlug, questionId, version, form.definition());
		}
		catch (InvalidFields | OptimisticLockingFailureException refusal) {
			QuestionForm.Refused refused = form.refused(refusal, () -> current(call, questionId).version());
			return page(event, call, Long.toString(questionId), refused.errors(), refused.typed(), csrf, model);
		}
		redirect.addFlashAttribute("notice", QuestionNotices.saved(question));
		return redirectTo(event, call);
	}

	@PostMapping("/manage/{event}/calls/{call}/questions/{question}/move")
	String move(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@PathVariable("question") long questionId, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "direction", required = false) String direction,
			@RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
		Event event = event(slug);
		TopicCall call = managed(event, callSlug, me);
		current(call, questionId);
		int expected = FormVersions.required(version);
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "direction must be up or down");
		}
		try {
			questions.move(event, me.id(), callSlug, questionId, expected, "up".equals(direction));
			redirect.addFlashAttribute("notice", QuestionNotices.moved(direction));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("notice", QuestionNotices.notMoved(stale.getMessage()));
		}
		return redirectTo(event, call);
	}

	@PostMapping("/manage/{event}/calls/{call}/questions/{question}/remove")
	String remove(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@PathVariable("question") long questionId, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
		Event event = event(slug);
		TopicCall call = managed(event, callSlug, me);
		Question question = current(call, questionId);
		int expected = FormVersions.required(version);
		try {
			boolean deleted = questions.remove(event, me.id(), callSlug, questionId, expected);
			redirect.addFlashAttribute("notice",
					QuestionNotices.removed(question, deleted, "the answers topics gave stay with them"));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("notice", QuestionNotices.notRemoved(stale.getMessage()));
		}
		return redirectTo(event, call);
	}

	private String page(Event event, TopicCall call, String refusedForm, FormErrors errors, QuestionForm typed,
			CsrfToken csrf, Model model) {
		model.addAttribute("page",
				new CallQuestionsPage(event, call,
						new QuestionEditorPage(CallQuestionsPage.path(event, call),
								"a topic cannot be submitted without an answer", questions.all(call), refusedForm,
								errors, typed)));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "cfp/callQuestions";
	}

	private static String redirectTo(Event event, TopicCall call) {
		return "redirect:" + CallQuestionsPage.path(event, call);
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private TopicCall managed(Event event, String callSlug, SignedInAccount me) {
		return questions.managedCall(event, callSlug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Question current(TopicCall call, long questionId) {
		return Question.withId(questions.current(call), questionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
