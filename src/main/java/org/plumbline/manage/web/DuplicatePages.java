package org.plumbline.manage.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.ActingOrganiser;
import org.plumbline.people.DuplicateSuggestion;
import org.plumbline.people.MergeRefusedException;
import org.plumbline.people.MergeResult;
import org.plumbline.people.PersonDetails;
import org.plumbline.people.PersonDuplicates;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' page of duplicate persons (issue 9, point 2): the open suggestions that
 * name a person of their event, each merged field by field or dismissed. Persons are
 * shared by every event, so an organiser sees only the suggestions that touch their own
 * event; any other suggestion, like the page itself for anyone but its organisers,
 * answers 404.
 */
@Controller
class DuplicatePages {

	private final OrganisedEvents organisedEvents;

	private final Microconferences microconferences;

	private final PersonDuplicates duplicates;

	DuplicatePages(OrganisedEvents organisedEvents, Microconferences microconferences, PersonDuplicates duplicates) {
		this.organisedEvents = organisedEvents;
		this.microconferences = microconferences;
		this.duplicates = duplicates;
	}

	@GetMapping("/manage/{event}/people/duplicates")
	String list(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = organisedEvents.require(slug, me);
		model.addAttribute("event", event);
		model.addAttribute("suggestions", duplicates.openSuggestionsInvolving(personsOf(event)));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("alert", model.getAttribute("alert"));
		return "manage/duplicates";
	}

	@PostMapping("/manage/{event}/people/duplicates/{suggestion}/dismiss")
	String dismiss(@PathVariable("event") String slug, @PathVariable("suggestion") long suggestionId,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organisedEvents.require(slug, me);
		DuplicateSuggestion suggestion = openSuggestion(event, suggestionId);
		if (!duplicates.dismiss(suggestionId, new ActingOrganiser(me.id(), event.id()))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", suggestion.first().displayName() + " and "
				+ suggestion.second().displayName() + " are different persons; they will not be suggested again.");
		return "redirect:" + listPath(event);
	}

	@GetMapping("/manage/{event}/people/duplicates/{suggestion}")
	String mergeForm(@PathVariable("event") String slug, @PathVariable("suggestion") long suggestionId,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = organisedEvents.require(slug, me);
		DuplicateSuggestion suggestion = openSuggestion(event, suggestionId);
		return formPage(event, suggestion, MergeForm.proposedFor(suggestion), Map.of(), null, csrf, model);
	}

	@PostMapping("/manage/{event}/people/duplicates/{suggestion}")
	String merge(@PathVariable("event") String slug, @PathVariable("suggestion") long suggestionId,
			@AuthenticationPrincipal SignedInAccount me, MergeForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organisedEvents.require(slug, me);
		DuplicateSuggestion suggestion = openSuggestion(event, suggestionId);
		Map<String, String> problems = form.problems(suggestion);
		if (!problems.isEmpty()) {
			return formPage(event, suggestion, form, problems,
					problems.getOrDefault(MergeForm.VERSIONS, "Please choose where marked below."), csrf, model);
		}
		MergeResult result;
		try {
			result = duplicates.merge(form.request(suggestion), new ActingOrganiser(me.id(), event.id()));
		}
		catch (MergeRefusedException refused) {
			// A refusal changed nothing; show the persons as they are now, with their
			// current versions, so that the organiser can choose again.
			return duplicates.openSuggestion(suggestionId)
				.map(current -> formPage(event, current, form, Map.of(), refused.getMessage(), csrf, model))
				.orElseGet(() -> {
					redirect.addFlashAttribute("alert", refused.getMessage());
					return "redirect:" + listPath(event);
				});
		}
		boolean firstStays = result.keptPersonId() == suggestion.first().id();
		PersonDetails kept = firstStays ? suggestion.first() : suggestion.second();
		PersonDetails merged = firstStays ? suggestion.second() : suggestion.first();
		model.addAttribute("event", event);
		model.addAttribute("keptName", form.displayName() == merged.id() ? merged.displayName() : kept.displayName());
		model.addAttribute("kept", kept);
		model.addAttribute("merged", merged);
		model.addAttribute("movedRows", result.columnsWithMovedRows());
		model.addAttribute("droppedRows", result.droppedRows());
		return "manage/duplicatesMerged";
	}

	/** The open suggestion if it names a person of the event; 404 otherwise. */
	private DuplicateSuggestion openSuggestion(Event event, long suggestionId) {
		Set<Long> persons = personsOf(event);
		return duplicates.openSuggestion(suggestionId)
			.filter(suggestion -> persons.contains(suggestion.first().id())
					|| persons.contains(suggestion.second().id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The persons the event lists: its MCs' leads and key attendees. */
	private Set<Long> personsOf(Event event) {
		return microconferences.forEvent(event.id())
			.stream()
			.flatMap(mc -> Stream.concat(mc.leads().stream().map(lead -> lead.personId()),
					mc.keyAttendees().stream().map(attendee -> attendee.personId())))
			.collect(Collectors.toSet());
	}

	private String formPage(Event event, DuplicateSuggestion suggestion, MergeForm form, Map<String, String> problems,
			String message, CsrfToken csrf, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("suggestion", suggestion);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("message", message);
		model.addAttribute("csrf", csrf);
		return "manage/duplicatesMerge";
	}

	private static String listPath(Event event) {
		return "/manage/" + event.slug() + "/people/duplicates";
	}

}
