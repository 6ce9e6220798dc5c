package org.plumbline.manage.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.Topics;
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
 * The pages of duplicate persons (issue 9, point 2): open suggestions, each merged field
 * by field or dismissed. Persons are shared by every event, so an organiser sees only the
 * suggestions that touch their own event; any other suggestion, like the page itself for
 * anyone but its organisers, answers 404. The site admin's page lists every open
 * suggestion, so that a pair no event lists (two accounts' persons) is seen somewhere;
 * its decisions go to the site-level audit log.
 */
@Controller
class DuplicatePages {

	private final OrganisedEvents organisedEvents;

	private final Microconferences microconferences;

	private final PersonDuplicates duplicates;

	private final Topics topics;

	DuplicatePages(OrganisedEvents organisedEvents, Microconferences microconferences, PersonDuplicates duplicates,
			Topics topics) {
		this.organisedEvents = organisedEvents;
		this.microconferences = microconferences;
		this.duplicates = duplicates;
		this.topics = topics;
	}

	@GetMapping("/manage/{event}/people/duplicates")
	String eventList(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = organisedEvents.require(slug, me);
		return list(new DuplicateScope(event), duplicates.openSuggestionsInvolving(personsOf(event)), csrf, model);
	}

	@PostMapping("/manage/{event}/people/duplicates/{suggestion}/dismiss")
	String eventDismiss(@PathVariable("event") String slug, @PathVariable("suggestion") long suggestionId,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organisedEvents.require(slug, me);
		return dismiss(new DuplicateScope(event), openSuggestion(event, suggestionId),
				new ActingOrganiser(me.id(), event.id()), redirect);
	}

	@GetMapping("/manage/{event}/people/duplicates/{suggestion}")
	String eventMergeForm(@PathVariable("event") String slug, @PathVariable("suggestion") long suggestionId,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = organisedEvents.require(slug, me);
		DuplicateSuggestion suggestion = openSuggestion(event, suggestionId);
		return formPage(new DuplicateScope(event), suggestion, MergeForm.proposedFor(suggestion), Map.of(), null, csrf,
				model);
	}

	@PostMapping("/manage/{event}/people/duplicates/{suggestion}")
	String eventMerge(@PathVariable("event") String slug, @PathVariable("suggestion") long suggestionId,
			@AuthenticationPrincipal SignedInAccount me, MergeForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organisedEvents.require(slug, me);
		return merge(new DuplicateScope(event), openSuggestion(event, suggestionId),
				new ActingOrganiser(me.id(), event.id()), form, csrf, model, redirect);
	}

	@GetMapping("/admin/people/duplicates")
	String siteList(CsrfToken csrf, Model model) {
		return list(DuplicateScope.SITE, duplicates.openSuggestions(), csrf, model);
	}

	@PostMapping("/admin/people/duplicates/{suggestion}/dismiss")
	String siteDismiss(@PathVariable("suggestion") long suggestionId, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		return dismiss(DuplicateScope.SITE, openSuggestion(suggestionId), ActingOrganiser.siteAdmin(me.id()), redirect);
	}

	@GetMapping("/admin/people/duplicates/{suggestion}")
	String siteMergeForm(@PathVariable("suggestion") long suggestionId, CsrfToken csrf, Model model) {
		DuplicateSuggestion suggestion = openSuggestion(suggestionId);
		return formPage(DuplicateScope.SITE, suggestion, MergeForm.proposedFor(suggestion), Map.of(), null, csrf,
				model);
	}

	@PostMapping("/admin/people/duplicates/{suggestion}")
	String siteMerge(@PathVariable("suggestion") long suggestionId, @AuthenticationPrincipal SignedInAccount me,
			MergeForm form, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		return merge(DuplicateScope.SITE, openSuggestion(suggestionId), ActingOrganiser.siteAdmin(me.id()), form, csrf,
				model, redirect);
	}

	private String list(DuplicateScope scope, List<DuplicateSuggestion> suggestions, CsrfToken csrf, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("alert", model.getAttribute("alert"));
		return "manage/duplicates";
	}

	private String dismiss(DuplicateScope scope, DuplicateSuggestion suggestion, ActingOrganiser by,
			RedirectAttributes redirect) {
		if (!duplicates.dismiss(suggestion.id(), by)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", suggestion.first().displayName() + " and "
				+ suggestion.second().displayName() + " are different persons; they will not be suggested again.");
		return "redirect:" + scope.listPath();
	}

	private String merge(DuplicateScope scope, DuplicateSuggestion suggestion, ActingOrganiser by, MergeForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Map<String, String> problems = form.problems(suggestion);
		if (!problems.isEmpty()) {
			return formPage(scope, suggestion, form, problems,
					problems.getOrDefault(MergeForm.VERSIONS, "Please choose where marked below."), csrf, model);
		}
		MergeResult result;
		try {
			result = duplicates.merge(form.request(suggestion), by);
		}
		catch (MergeRefusedException refused) {
			// A refusal changed nothing; show the persons as they are now, with their
			// current versions, so that the organiser can choose again.
			return duplicates.openSuggestion(suggestion.id())
				.map(current -> formPage(scope, current, form, Map.of(), refused.getMessage(), csrf, model))
				.orElseGet(() -> {
					redirect.addFlashAttribute("alert", refused.getMessage());
					return "redirect:" + scope.listPath();
				});
		}
		boolean firstStays = result.keptPersonId() == suggestion.first().id();
		PersonDetails kept = firstStays ? suggestion.first() : suggestion.second();
		PersonDetails merged = firstStays ? suggestion.second() : suggestion.first();
		model.addAttribute("scope", scope);
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
		return found(duplicates.openSuggestion(suggestionId)
			.filter(suggestion -> persons.contains(suggestion.first().id())
					|| persons.contains(suggestion.second().id())));
	}

	/** The open suggestion, whoever it names; 404 otherwise. */
	private DuplicateSuggestion openSuggestion(long suggestionId) {
		return found(duplicates.openSuggestion(suggestionId));
	}

	private static DuplicateSuggestion found(Optional<DuplicateSuggestion> suggestion) {
		return suggestion.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The persons the event lists: its MCs' leads and key attendees, and the speakers of
	 * its submitted topics.
	 */
	private Set<Long> personsOf(Event event) {
		Set<Long> persons = microconferences.forEvent(event.id())
			.stream()
			.flatMap(mc -> Stream.concat(mc.leads().stream().map(lead -> lead.personId()),
					mc.keyAttendees().stream().map(attendee -> attendee.personId())))
			.collect(Collectors.toCollection(HashSet::new));
		persons.addAll(topics.speakerPersonIds(event.id()));
		return persons;
	}

	private String formPage(DuplicateScope scope, DuplicateSuggestion suggestion, MergeForm form,
			Map<String, String> problems, String message, CsrfToken csrf, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("suggestion", suggestion);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("message", message);
		model.addAttribute("csrf", csrf);
		return "manage/duplicatesMerge";
	}

}
