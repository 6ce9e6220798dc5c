package org.plumbline.manage.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.people.DuplicateSuggestion;
import org.plumbline.people.MergeRequest;
import org.plumbline.people.PersonDetails;
import org.plumbline.people.ValueFrom;

/**
 * The merge form of a duplicate suggestion. Each choice is the id of one of the two
 * persons, so that it means the same whichever of them stays: the person that stays, and
 * for each field the person whose value the kept person ends up with. The versions are
 * those of the persons the organiser saw.
 */
public record MergeForm(Long kept, Long displayName, Long bio, Long affiliation, Integer firstVersion,
		Integer secondVersion) {

	/** The problem of a form without the persons' versions, which no choice can fix. */
	static final String VERSIONS = "versions";

	/**
	 * What the form offers first: the older person stays, and each field keeps its value
	 * unless it is empty and the other person's is not.
	 */
	static MergeForm proposedFor(DuplicateSuggestion suggestion) {
		PersonDetails first = suggestion.first();
		PersonDetails second = suggestion.second();
		return new MergeForm(first.id(), first.id(), filled(first, second, first.bio(), second.bio()),
				filled(first, second, first.affiliation(), second.affiliation()), first.version(), second.version());
	}

	private static Long filled(PersonDetails first, PersonDetails second, String firstValue, String secondValue) {
		boolean onlySecondHasOne = (firstValue == null || firstValue.isBlank())
				&& (secondValue != null && !secondValue.isBlank());
		return onlySecondHasOne ? second.id() : first.id();
	}

	/**
	 * The problems of a submission against the suggestion it was made for, field by
	 * field; empty if it can be merged.
	 */
	Map<String, String> problems(DuplicateSuggestion suggestion) {
		Map<String, String> problems = new LinkedHashMap<>();
		check(problems, "kept", kept, suggestion, "Choose which of the two persons stays.");
		check(problems, "displayName", displayName, suggestion, "Choose whose name to keep.");
		check(problems, "bio", bio, suggestion, "Choose whose bio to keep.");
		check(problems, "affiliation", affiliation, suggestion, "Choose whose affiliation to keep.");
		if (firstVersion == null || secondVersion == null) {
			problems.put(VERSIONS, "The form is incomplete: open the suggestion again and repeat your choices.");
		}
		return problems;
	}

	private static void check(Map<String, String> problems, String field, Long choice, DuplicateSuggestion suggestion,
			String message) {
		if (choice == null || (choice != suggestion.first().id() && choice != suggestion.second().id())) {
			problems.put(field, message);
		}
	}

	/** The request of a submission without problems. */
	MergeRequest request(DuplicateSuggestion suggestion) {
		boolean firstStays = kept == suggestion.first().id();
		PersonDetails stays = firstStays ? suggestion.first() : suggestion.second();
		PersonDetails goes = firstStays ? suggestion.second() : suggestion.first();
		int staysVersion = firstStays ? firstVersion : secondVersion;
		int goesVersion = firstStays ? secondVersion : firstVersion;
		return new MergeRequest(stays.id(), staysVersion, goes.id(), goesVersion, from(displayName, stays),
				from(bio, stays), from(affiliation, stays));
	}

	private static ValueFrom from(long choice, PersonDetails stays) {
		return choice == stays.id() ? ValueFrom.KEPT : ValueFrom.MERGED;
	}

}
