package org.plumbline.people.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.people.DroppedRow;
import org.plumbline.people.MergeRefusedException;
import org.plumbline.people.MergeRefusedException.Reason;
import org.plumbline.people.MergeRequest;
import org.plumbline.people.MergeResult;
import org.plumbline.people.PersonsMerged;
import org.plumbline.people.ValueFrom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Merges one person into another in the caller's transaction (DOMAIN.md, L14): every row
 * that references the merged person, in every column the catalogue lists, moves to the
 * kept one, and the merged person stays behind as a pointer. This is the one write across
 * the owners of other tables that ARCHITECTURE.md allows.
 */
@Component
public class PersonMerger {

	private static final ReferenceColumn POINTER = new ReferenceColumn("person", "merged_into_id");

	private static final String SUGGESTION_TABLE = "duplicate_suggestion";

	private static final String SUGGESTION_PAIR_UNIQUE = "duplicate_suggestion_pair_unique";

	private final PersonRepository persons;

	private final DuplicateSuggestionRepository suggestions;

	private final PersonReferenceCatalogue catalogue;

	private final ReferenceMover mover;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PersonMerger(PersonRepository persons, DuplicateSuggestionRepository suggestions,
			PersonReferenceCatalogue catalogue, ReferenceMover mover, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.persons = persons;
		this.suggestions = suggestions;
		this.catalogue = catalogue;
		this.mover = mover;
		this.clock = clock;
	}

	/**
	 * Locks both persons (the lower id first, so that two merges of one pair cannot
	 * deadlock), refuses if either is merged already, changed since the organiser chose,
	 * or both have an account, and then moves every reference. A row that the kept person
	 * has an equivalent of under a unique constraint is deleted instead, and reported.
	 * Suggestions are moved here rather than by the general rule, because their pair is
	 * stored in order: the merged pair's is resolved, the others' name the kept person.
	 * @throws MergeRefusedException before anything changed
	 */
	public MergeResult merge(MergeRequest request) {
		long keptId = request.keptPersonId();
		long mergedId = request.mergedPersonId();
		PersonRow first = locked(Math.min(keptId, mergedId));
		PersonRow second = locked(Math.max(keptId, mergedId));
		PersonRow kept = first.id() == keptId ? first : second;
		PersonRow merged = first.id() == mergedId ? first : second;
		refuseIfMerged(kept);
		refuseIfMerged(merged);
		refuseIfChanged(kept, request.keptVersion());
		refuseIfChanged(merged, request.mergedVersion());
		if (persons.hasAccount(keptId) && persons.hasAccount(mergedId)) {
			throw new MergeRefusedException(Reason.BOTH_HAVE_ACCOUNTS,
					"Both " + describe(kept) + " and " + describe(merged)
							+ " have an account, and a person can have only one: "
							+ "one of the two accounts must be closed before they can be merged.");
		}

		Instant now = clock.instant();
		List<DroppedRow> dropped = new ArrayList<>();
		Map<String, Integer> moved = new LinkedHashMap<>();
		Map<String, Integer> movedSuggestions = moveSuggestions(mergedId, keptId, now, dropped);
		for (ReferenceColumn column : catalogue.columnsReferencingPerson()) {
			if (column.equals(POINTER)) {
				continue;
			}
			int rows = column.table().equals(SUGGESTION_TABLE)
					? movedSuggestions.getOrDefault(column.qualifiedName(), 0)
					: mover.move(column, mergedId, keptId, dropped);
			moved.put(column.qualifiedName(), rows);
		}

		persons.update(keptId, choose(request.displayName(), kept.displayName(), merged.displayName()),
				choose(request.bio(), kept.bio(), merged.bio()),
				choose(request.affiliation(), kept.affiliation(), merged.affiliation()));
		persons.markMerged(mergedId, keptId);
		persons.addNameVariants(keptId, List.of(kept.displayName(), merged.displayName()));
		events.publishEvent(new PersonsMerged(keptId));
		return new MergeResult(keptId, mergedId, moved, dropped);
	}

	private PersonRow locked(long id) {
		return persons.findForUpdate(id).orElseThrow(() -> new IllegalArgumentException("no person " + id));
	}

	private static void refuseIfMerged(PersonRow person) {
		if (person.isMerged()) {
			throw new MergeRefusedException(Reason.ALREADY_MERGED, describe(person)
					+ " has already been merged into person " + person.mergedIntoId() + "; merge that person instead.");
		}
	}

	private static void refuseIfChanged(PersonRow person, int expectedVersion) {
		if (person.version() != expectedVersion) {
			throw new MergeRefusedException(Reason.CHANGED_MEANWHILE, describe(person)
					+ " was changed by someone else since you chose; look at both persons again and repeat the merge.");
		}
	}

	private static String describe(PersonRow person) {
		return "\"" + person.displayName() + "\" (person " + person.id() + ")";
	}

	private static String choose(ValueFrom from, String keptValue, String mergedValue) {
		return from == ValueFrom.MERGED ? mergedValue : keptValue;
	}

	/**
	 * Resolves the pair's own suggestion and moves the merged person's other open or
	 * dismissed suggestions to the kept person; one whose new pair has a suggestion
	 * already is deleted (that one, with its state, is kept).
	 * @return rows moved per {@code duplicate_suggestion} column the merged person stood
	 * in
	 */
	private Map<String, Integer> moveSuggestions(long mergedId, long keptId, Instant now, List<DroppedRow> dropped) {
		suggestions.resolve(Math.min(keptId, mergedId), Math.max(keptId, mergedId), now);
		Map<String, Integer> moved = new LinkedHashMap<>();
		for (StoredSuggestion suggestion : suggestions.findUnresolvedOf(mergedId)) {
			boolean mergedFirst = suggestion.firstPersonId() == mergedId;
			String column = mergedFirst ? "first_person_id" : "second_person_id";
			long other = suggestion.otherThan(mergedId);
			long newFirst = Math.min(keptId, other);
			long newSecond = Math.max(keptId, other);
			if (suggestions.exists(newFirst, newSecond)) {
				suggestions.delete(suggestion.id());
				dropped.add(new DroppedRow(SUGGESTION_TABLE, column, SUGGESTION_PAIR_UNIQUE,
						Map.of(mergedFirst ? "second_person_id" : "first_person_id", other)));
			}
			else {
				suggestions.changePair(suggestion.id(), newFirst, newSecond);
				moved.merge(SUGGESTION_TABLE + "." + column, 1, Integer::sum);
			}
		}
		return moved;
	}

}
