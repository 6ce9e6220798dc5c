package org.plumbline.cfp.web;

import java.util.Map;

import org.plumbline.cfp.CallQuestions;
import org.plumbline.cfp.CoSpeakers;
import org.plumbline.cfp.Topic;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.validation.FormErrors;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a speaker's topic page shows, for the pages that render it: the topic, its form,
 * the answers to its call's questions, and its open co-speaker invitations with the form
 * that sends one.
 */
@Component
class TopicPageModel {

	/** The invitation form as it is before anything was typed into it. */
	static final InviteForm NO_INVITATION = new InviteForm("", FormErrors.NONE);

	private final EventCatalog events;

	private final TopicCalls calls;

	private final CallQuestions questions;

	private final CoSpeakers coSpeakers;

	TopicPageModel(EventCatalog events, TopicCalls calls, CallQuestions questions, CoSpeakers coSpeakers) {
		this.events = events;
		this.calls = calls;
		this.questions = questions;
		this.coSpeakers = coSpeakers;
	}

	/**
	 * @param answers the values the form's questions show: the stored answers, or those
	 * just typed
	 */
	String render(Topic topic, TopicForm form, Map<String, String> answers, FormErrors errors, InviteForm invite,
			CsrfToken csrf, Model model) {
		Event event = events.findById(topic.eventId()).orElseThrow();
		model.addAttribute("page", new TopicFormPage(event, topic.call(), calls.now(), form, errors));
		model.addAttribute("topic", topic);
		model.addAttribute("questions", questions.current(topic.call()));
		model.addAttribute("answers", answers);
		model.addAttribute("answered", questions.answers(topic));
		model.addAttribute("invitations", coSpeakers.pending(topic));
		model.addAttribute("invite", invite);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "cfp/topic";
	}

}
