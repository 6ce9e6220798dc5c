package org.plumbline.cfp.web;

import java.util.Optional;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.CallQuestions;
import org.plumbline.cfp.CoSpeakerInvitation;
import org.plumbline.cfp.CoSpeakers;
import org.plumbline.cfp.Topic;
import org.plumbline.cfp.TopicRefusedException;
import org.plumbline.cfp.Topics;
import org.plumbline.event.EventCatalog;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.InvalidFields;
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
 * Co-speakers: a topic's speakers invite and revoke on the topic's page; the invitee
 * opens the mailed link signed in with the invited address (anyone else is told it does
 * not exist) and accepts or declines by a button, never by opening the link, which mail
 * scanners do. Someone without an account is sent to sign in, signs up from there, and
 * comes back to the link after signing in.
 */
@Controller
class CoSpeakerPages {

	private final Topics topics;

	private final CoSpeakers coSpeakers;

	private final CallQuestions questions;

	private final EventCatalog events;

	private final TopicPageModel topicPage;

	CoSpeakerPages(Topics topics, CoSpeakers coSpeakers, CallQuestions questions, EventCatalog events,
			TopicPageModel topicPage) {
		this.topics = topics;
		this.coSpeakers = coSpeakers;
		this.questions = questions;
		this.events = events;
		this.topicPage = topicPage;
	}

	@PostMapping("/account/topics/{topic}/co-speakers")
	String invite(@PathVariable("topic") long topicId, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "email", required = false) String email, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Topic topic = mine(me, topicId);
		CoSpeakerInvitation invitation;
		try {
			invitation = coSpeakers.invite(me, topicId, email);
		}
		catch (InvalidFields invalid) {
			return page(topic, new InviteForm(email, FormErrors.of(invalid)), csrf, model);
		}
		catch (TopicRefusedException refused) {
			return page(topic, new InviteForm(email, FormErrors.form(refused.getMessage())), csrf, model);
		}
		redirect.addFlashAttribute("notice",
				"Invited " + invitation.email() + ": they get a mail with a link to accept or decline, which works for "
						+ CoSpeakers.VALIDITY.toDays() + " days.");
		return "redirect:/account/topics/" + topicId + "#co-speakers";
	}

	@PostMapping("/account/topics/{topic}/co-speakers/{coSpeakerInvitation}/revoke")
	String revoke(@PathVariable("topic") long topicId, @PathVariable("coSpeakerInvitation") long invitationId,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		mine(me, topicId);
		boolean revoked = coSpeakers.revoke(me, topicId, invitationId);
		redirect.addFlashAttribute("notice", revoked ? "Revoked the invitation: its link no longer works."
				: "That invitation was no longer open: it was answered, revoked or has expired.");
		return "redirect:/account/topics/" + topicId + "#co-speakers";
	}

	@GetMapping("/account/co-speaker-invitations/{token}")
	String invitation(@PathVariable("token") String token, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return invitationPage(token, coSpeakers.forInvitee(me.id(), token), null, csrf, model);
	}

	@PostMapping("/account/co-speaker-invitations/{token}/accept")
	String accept(@PathVariable("token") String token, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		Optional<CoSpeakerInvitation> answered;
		try {
			answered = coSpeakers.accept(me.id(), token);
		}
		catch (TopicRefusedException refused) {
			return invitationPage(token, coSpeakers.forInvitee(me.id(), token), refused.getMessage(), csrf, model);
		}
		if (answered.isPresent() && answered.get().state() == CoSpeakerInvitation.State.ACCEPTED) {
			redirect.addFlashAttribute("notice", "You are a speaker of this topic now.");
			return "redirect:/account/topics/" + answered.get().topicId();
		}
		return invitationPage(token, answered, null, csrf, model);
	}

	@PostMapping("/account/co-speaker-invitations/{token}/decline")
	String decline(@PathVariable("token") String token, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return invitationPage(token, coSpeakers.decline(me.id(), token), null, csrf, model);
	}

	private String invitationPage(String token, Optional<CoSpeakerInvitation> invitation, String error, CsrfToken csrf,
			Model model) {
		CoSpeakerInvitation found = invitation.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("invitation", found);
		model.addAttribute("event", events.findById(found.eventId()).orElseThrow());
		model.addAttribute("token", token);
		model.addAttribute("error", error);
		model.addAttribute("csrf", csrf);
		return "cfp/coSpeakerInvitation";
	}

	private String page(Topic topic, InviteForm invite, CsrfToken csrf, Model model) {
		return topicPage.render(topic, TopicForm.of(topic.text(), topic.version(), null), questions.formValues(topic),
				FormErrors.NONE, invite, csrf, model);
	}

	private Topic mine(SignedInAccount me, long topicId) {
		return topics.find(me.id(), topicId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
