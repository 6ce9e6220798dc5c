package org.plumbline.cfp.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.DecidableTopic;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.cfp.TopicRefusedException;
import org.plumbline.event.Event;
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
 * An organiser cancels an accepted or confirmed topic, giving a reason that the audit log
 * keeps. Anyone who does not organise the event, and an organiser conflicted with the
 * topic, is told the page does not exist.
 */
@Controller
class CancelPages {

	private final Rights rights;

	private final TopicDecisions decisions;

	CancelPages(Rights rights, TopicDecisions decisions) {
		this.rights = rights;
		this.decisions = decisions;
	}

	@GetMapping("/manage/{event}/topics/{topic}/cancel")
	String ask(@PathVariable("event") String slug, @PathVariable("topic") long topicId,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = organised(slug, me);
		DecidableTopic topic = topic(event, topicId, me);
		return page(event, topic, "", topic.topic().version(), FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/topics/{topic}/cancel")
	String cancel(@PathVariable("event") String slug, @PathVariable("topic") long topicId,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "version", required = false) String version,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		DecidableTopic topic = topic(event, topicId, me);
		int seen = FormVersions.required(version);
		try {
			decisions.cancel(me.id(), topicId, seen, reason);
		}
		catch (InvalidFields invalid) {
			return page(event, topic, reason, seen, FormErrors.of(invalid), csrf, model);
		}
		catch (TopicRefusedException refused) {
			return page(event, topic, reason, seen, FormErrors.form(refused.getMessage()), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			DecidableTopic current = topic(event, topicId, me);
			return page(event, current, reason, current.topic().version(),
					FormErrors.form(stale.getMessage() + " Your reason is kept below."), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Canceled: its minutes are free again in its call's budget.");
		return "redirect:/manage/" + event.slug() + "/topics/" + topicId + "/cancel";
	}

	private String page(Event event, DecidableTopic topic, String reason, int version, FormErrors errors,
			CsrfToken csrf, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("topic", topic.topic());
		model.addAttribute("reason", reason == null ? "" : reason);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "cfp/cancelTopic";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private DecidableTopic topic(Event event, long topicId, SignedInAccount me) {
		return decisions.topicOfEvent(me.id(), event.id(), topicId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
