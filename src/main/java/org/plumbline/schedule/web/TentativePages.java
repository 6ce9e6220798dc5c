package org.plumbline.schedule.web;

import java.util.List;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.DecisionNotAllowedException;
import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.TopicRefusedException;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.TentativeTalks;
import org.plumbline.schedule.TimetableNotFoundException;
import org.plumbline.schedule.TimetableRefusedException;
import org.plumbline.validation.FormVersions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accepting tentative talks in bulk from the organisers' grid or an MC's page: the
 * acceptance is recorded, not announced, so speakers hear of it when the call's decisions
 * are announced, and the talks stay tentative until then.
 */
@Controller
class TentativePages {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final Rights rights;

	private final TentativeTalks tentative;

	TentativePages(EventCatalog events, Microconferences microconferences, Rights rights, TentativeTalks tentative) {
		this.events = events;
		this.microconferences = microconferences;
		this.rights = rights;
		this.tentative = tentative;
	}

	@PostMapping("/manage/{event}/schedule/tentative/accept")
	String acceptFromGrid(@PathVariable("event") String slug,
			@RequestParam(name = "topic", required = false) List<String> topics,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return accept(event, null, topics, me, redirect, "/manage/" + slug + "/schedule");
	}

	@PostMapping("/manage/{event}/schedule/mc/{mc}/tentative/accept")
	String acceptFromMc(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@RequestParam(name = "topic", required = false) List<String> topics,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Microconference mc = microconferences.findPublished(event.id(), mcSlug)
			.filter(found -> rights.mayEditMicroconference(me.id(), found))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return accept(event, mc.id(), topics, me, redirect, "/manage/" + slug + "/schedule/mc/" + mcSlug);
	}

	private String accept(Event event, Long onlyMc, List<String> topics, SignedInAccount me,
			RedirectAttributes redirect, String page) {
		try {
			int accepted = tentative.accept(me.id(), event, onlyMc,
					FormVersions.checked("topic", topics, DecisionVersions::new));
			redirect.addFlashAttribute("notice", "Recorded the acceptance of " + accepted
					+ (accepted == 1 ? " topic" : " topics")
					+ "; the talks stay tentative until the call's decisions are announced, which tells the speakers.");
		}
		catch (TimetableRefusedException | TopicRefusedException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage() + " Nothing was recorded.");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem", stale.getMessage() + " Nothing was recorded.");
		}
		catch (TimetableNotFoundException | DecisionNotAllowedException notTheirs) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + page;
	}

}
