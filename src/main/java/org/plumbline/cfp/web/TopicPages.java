package org.plumbline.cfp.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.CallQuestions;
import org.plumbline.cfp.Topic;
import org.plumbline.cfp.SpeakerAnswers;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicRefusedException;
import org.plumbline.cfp.TopicText;
import org.plumbline.cfp.Topics;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
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
 * A speaker's pages: a call's submission form, their own topics, and one topic to edit,
 * submit or withdraw while its call is open. A topic that is not theirs does not exist
 * for them.
 */
@Controller
class TopicPages {

	static final String STALE_HINT = " Your text is kept below: save again to replace that change, or reload the "
			+ "page to see it.";

	private final EventCatalog events;

	private final TopicCalls calls;

	private final Topics topics;

	private final CallQuestions questions;

	private final TopicPageModel topicPage;

	private final SpeakerAnswers answers;

	TopicPages(EventCatalog events, TopicCalls calls, Topics topics, CallQuestions questions, TopicPageModel topicPage,
			SpeakerAnswers answers) {
		this.answers = answers;
		this.events = events;
		this.calls = calls;
		this.topics = topics;
		this.questions = questions;
		this.topicPage = topicPage;
	}

	@GetMapping("/{event}/calls/{call}/topics/new")
	String newTopic(@PathVariable("event") String slug, @PathVariable("call") String callSlug, CsrfToken csrf,
			Model model) {
		Event event = event(slug);
		TopicCall call = call(event, callSlug);
		return newTopicPage(event, call, TopicForm.of(TopicText.EMPTY, 0, UUID.randomUUID().toString()), Map.of(),
				FormErrors.NONE, csrf, model);
	}

	@PostMapping("/{event}/calls/{call}/topics/new")
	String create(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@AuthenticationPrincipal SignedInAccount me, TopicForm form, @RequestParam Map<String, String> parameters,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = event(slug);
		TopicCall call = call(event, callSlug);
		if (form.submissionKey() == null || form.submissionKey().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form's submission key is missing.");
		}
		Topic topic;
		try {
			topic = topics.create(event, callSlug, me.id(), form.text(parameters), form.submissionKey(),
					form.submits());
		}
		catch (InvalidFields invalid) {
			return newTopicPage(event, call, form, TopicForm.answers(parameters), FormErrors.of(invalid), csrf, model);
		}
		catch (TopicRefusedException refused) {
			return newTopicPage(event, call, form, TopicForm.answers(parameters), FormErrors.form(refused.getMessage()),
					csrf, model);
		}
		catch (IllegalArgumentException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, malformed.getMessage());
		}
		redirect.addFlashAttribute("notice", noticeFor(topic));
		return "redirect:/account/topics/" + topic.id();
	}

	@GetMapping("/account/topics")
	String mine(@AuthenticationPrincipal SignedInAccount me, Model model) {
		List<Topic> mine = topics.ofSpeaker(me.id());
		model.addAttribute("topics", mine);
		return "cfp/myTopics";
	}

	@GetMapping("/account/topics/{topic}")
	String one(@PathVariable("topic") long topicId, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Topic topic = mine(me, topicId);
		model.addAttribute("answer", answers.ofSpeaker(me.id(), topicId).orElse(null));
		return topicPage(topic, TopicForm.of(topic.text(), topic.version(), null), questions.formValues(topic),
				FormErrors.NONE, csrf, model);
	}

	@PostMapping("/account/topics/{topic}")
	String save(@PathVariable("topic") long topicId, @AuthenticationPrincipal SignedInAccount me, TopicForm form,
			@RequestParam Map<String, String> parameters, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Topic topic = mine(me, topicId);
		int version = FormVersions.required(form.version());
		Topic saved;
		try {
			saved = form.submits() ? topics.submit(me.id(), topicId, version, form.text(parameters))
					: topics.edit(me.id(), topicId, version, form.text(parameters));
		}
		catch (InvalidFields invalid) {
			return topicPage(topic, form, TopicForm.answers(parameters), FormErrors.of(invalid), csrf, model);
		}
		catch (TopicRefusedException refused) {
			return topicPage(topic, form, TopicForm.answers(parameters), FormErrors.form(refused.getMessage()), csrf,
					model);
		}
		catch (OptimisticLockingFailureException stale) {
			Topic current = mine(me, topicId);
			return topicPage(current, form.withVersion(current.version()), TopicForm.answers(parameters),
					FormErrors.form(stale.getMessage() + STALE_HINT), csrf, model);
		}
		redirect.addFlashAttribute("notice", noticeFor(saved));
		return "redirect:/account/topics/" + topicId;
	}

	@PostMapping("/account/topics/{topic}/withdraw")
	String withdraw(@PathVariable("topic") long topicId, @AuthenticationPrincipal SignedInAccount me, TopicForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Topic topic = mine(me, topicId);
		int version = FormVersions.required(form.version());
		try {
			topics.withdraw(me.id(), topicId, version);
		}
		catch (TopicRefusedException refused) {
			return topicPage(topic, TopicForm.of(topic.text(), topic.version(), null), questions.formValues(topic),
					FormErrors.form(refused.getMessage()), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			Topic current = mine(me, topicId);
			return topicPage(current, TopicForm.of(current.text(), current.version(), null),
					questions.formValues(current),
					FormErrors.form(stale.getMessage() + " Look at it again before you withdraw it."), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Withdrawn: the leads will not consider this topic.");
		return "redirect:/account/topics/" + topicId;
	}

	private String newTopicPage(Event event, TopicCall call, TopicForm form, Map<String, String> answers,
			FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("page", new TopicFormPage(event, call, calls.now(), form, errors));
		model.addAttribute("questions", questions.current(call));
		model.addAttribute("answers", answers);
		model.addAttribute("csrf", csrf);
		return "cfp/newTopic";
	}

	private String topicPage(Topic topic, TopicForm form, Map<String, String> answers, FormErrors errors,
			CsrfToken csrf, Model model) {
		return topicPage.render(topic, form, answers, errors, TopicPageModel.NO_INVITATION, csrf, model);
	}

	private Topic mine(SignedInAccount me, long topicId) {
		return topics.find(me.id(), topicId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private TopicCall call(Event event, String callSlug) {
		return calls.find(event.id(), callSlug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String noticeFor(Topic topic) {
		return switch (topic.state()) {
			case DRAFT -> "Saved as a draft: submit it before the call closes.";
			case SUBMITTED -> "Submitted: the leads will see it. You can still edit it until the call closes.";
			default -> "Saved.";
		};
	}

}
