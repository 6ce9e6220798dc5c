package org.plumbline.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.plumbline.people.domain.DuplicateAuditTrail;
import org.plumbline.people.domain.DuplicatePairs;
import org.plumbline.people.domain.DuplicatePairs.Pair;
import org.plumbline.people.domain.DuplicateRule;
import org.plumbline.people.domain.DuplicateRule.StoredLengths;
import org.plumbline.people.domain.DuplicateSuggestionRepository;
import org.plumbline.people.domain.DuplicateSuggestionRepository.SuggestedPair;
import org.plumbline.people.domain.PersonMerger;
import org.plumbline.people.domain.PersonRepository;
import org.plumbline.people.domain.PersonRow;
import org.plumbline.people.domain.StoredSuggestion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people feature's facade for duplicates (DOMAIN.md, "Identity key" and L14): outside
 * one data file of our own, a name whose identity key matches another person's never
 * joins them; it raises a suggestion that an organiser merges, choosing each field, or
 * dismisses, which is remembered. Everything the organisers' page needs is here; each
 * decision is written to the audit log in its own transaction (DOMAIN.md, L16).
 */
@Service
public class PersonDuplicates {

	static final int MAX_PERSON_IDS = 10_000;

	private final PersonRepository persons;

	private final DuplicateSuggestionRepository suggestions;

	private final PersonMerger merger;

	private final DuplicateAuditTrail auditTrail;

	private final Clock clock;

	/** A savepoint in the caller's transaction, for the insert that may collide. */
	private final TransactionTemplate savepoint;

	PersonDuplicates(PersonRepository persons, DuplicateSuggestionRepository suggestions, PersonMerger merger,
			DuplicateAuditTrail auditTrail, Clock clock, PlatformTransactionManager transactionManager) {
		this.persons = persons;
		this.suggestions = suggestions;
		this.merger = merger;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * When persons were last merged, from any event's pages or the site admin's, if ever:
	 * a merge changes the persons every event shows, though only one log records it.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lastMergedAt() {
		return auditTrail.lastMergedAt();
	}

	/**
	 * Records a suggestion for every other live (not merged) person whose identity key
	 * equals this person's, or, if both keys have 8 or more characters, is within edit
	 * distance 2 of it. To be called when a sign-up or a profile creates or renames a
	 * person, and by importers from other systems. A pair that has a suggestion already,
	 * open, dismissed or resolved, gets no second one. A person with an empty key, or
	 * merged into another, matches nothing.
	 * <p>
	 * Cost: for a key shorter than 8 characters, one look-up in the index on
	 * {@code identity_key}. For a longer one, the database reads every person row (no
	 * index that both databases support serves a range of key lengths) and returns those
	 * whose key length is within 2 of this one; each of those costs one edit distance,
	 * bounded at 2, so linear in the key's length. At tens of thousands of persons that
	 * is one sequential scan of a narrow table per sign-up.
	 * <p>
	 * When two calls race to suggest the same pair, the second insert hits the unique
	 * constraint; it runs in a savepoint (PostgreSQL aborts a transaction whose statement
	 * failed) and is skipped.
	 * @return the suggestions recorded by this call
	 * @throws IllegalArgumentException if there is no such person
	 */
	@Transactional
	public List<DuplicateSuggestion> suggestDuplicatesOf(long personId) {
		PersonRow person = persons.find(personId)
			.orElseThrow(() -> new IllegalArgumentException("no person " + personId));
		String key = person.identityKey();
		if (person.isMerged() || key.isEmpty()) {
			return List.of();
		}
		List<PersonRow> candidates;
		if (DuplicateRule.mayBeClose(key)) {
			StoredLengths lengths = DuplicateRule.closeKeyStoredLengths(key);
			candidates = persons.liveWithKeyLengthBetween(personId, lengths.min(), lengths.max());
		}
		else {
			candidates = persons.liveWithKey(personId, key);
		}
		Instant now = clock.instant();
		List<Long> recorded = new ArrayList<>();
		for (PersonRow candidate : candidates) {
			DuplicateRule.between(key, candidate.identityKey())
				.flatMap(reason -> record(personId, candidate.id(), reason, now))
				.ifPresent(recorded::add);
		}
		return withDetails(suggestions.findAll(recorded));
	}

	/**
	 * Records the suggestions that {@link #suggestDuplicatesOf} would record for each of
	 * these persons in turn, in one pass: for an importer that creates persons by the
	 * thousand, where a call per person would read the whole table each time. The persons
	 * must have been created in the caller's transaction, so that no concurrent call can
	 * suggest a pair that names one of them.
	 * <p>
	 * Cost: one read of every live person's key, and memory for each key of 8 or more
	 * characters of about 8 bytes per string its deletion neighbourhood holds (some 120
	 * for a 15-character key, growing with the square of its length:
	 * {@link DuplicatePairs}); then one comparison per pair of keys that share such a
	 * string, remembered so as to be made once, and one insert per suggestion, in
	 * batches.
	 * @return how many suggestions were recorded
	 */
	@Transactional
	public int suggestDuplicatesAmong(Collection<Long> newPersonIds) {
		if (newPersonIds.isEmpty()) {
			return 0;
		}
		Set<Long> fresh = Set.copyOf(newPersonIds);
		List<Pair> pairs = DuplicatePairs.involving(persons.liveKeys(), fresh);
		Set<SuggestedPair> suggested = new HashSet<>();
		List<Long> ids = List.copyOf(fresh);
		for (int from = 0; from < ids.size(); from += DuplicateSuggestionRepository.MAX_IDS_AT_ONCE) {
			suggested.addAll(suggestions.pairsInvolving(
					ids.subList(from, Math.min(ids.size(), from + DuplicateSuggestionRepository.MAX_IDS_AT_ONCE))));
		}
		List<Pair> unsuggested = pairs.stream()
			.filter(pair -> !suggested.contains(new SuggestedPair(pair.first(), pair.second())))
			.toList();
		suggestions.insertAll(unsuggested, clock.instant());
		return unsuggested.size();
	}

	private Optional<Long> record(long personId, long otherId, DuplicateReason reason, Instant now) {
		long first = Math.min(personId, otherId);
		long second = Math.max(personId, otherId);
		if (suggestions.exists(first, second)) {
			return Optional.empty();
		}
		try {
			return Optional.of(savepoint.execute(status -> suggestions.insert(first, second, reason, now)));
		}
		catch (DuplicateKeyException ex) {
			// a concurrent call suggested the same pair first and has committed
			return Optional.empty();
		}
	}

	/** Every open suggestion, oldest first. */
	@Transactional(readOnly = true)
	public List<DuplicateSuggestion> openSuggestions() {
		return withDetails(suggestions.findOpen());
	}

	/**
	 * The open suggestions that name at least one of these persons (such as the persons
	 * of one event), oldest first.
	 * @param personIds at most 10,000 ids
	 */
	@Transactional(readOnly = true)
	public List<DuplicateSuggestion> openSuggestionsInvolving(Collection<Long> personIds) {
		if (personIds == null) {
			throw new IllegalArgumentException("personIds must not be null");
		}
		if (personIds.size() > MAX_PERSON_IDS) {
			throw new IllegalArgumentException(
					"at most " + MAX_PERSON_IDS + " person ids can be asked for at once, not " + personIds.size());
		}
		return withDetails(suggestions.findOpenInvolving(personIds));
	}

	/** The suggestion, if it is open (neither dismissed nor resolved by a merge). */
	@Transactional(readOnly = true)
	public Optional<DuplicateSuggestion> openSuggestion(long suggestionId) {
		return suggestions.findOpen(suggestionId).map(found -> withDetails(List.of(found)).getFirst());
	}

	/**
	 * Dismisses a suggestion: the two persons are different humans, and the pair is never
	 * suggested again. The dismissal is written to the audit log of the organiser's
	 * event.
	 * @return false if the suggestion was dismissed or resolved by a merge already
	 * (nothing is logged then)
	 * @throws IllegalArgumentException if there is no such suggestion, account or event
	 */
	@Transactional
	public boolean dismiss(long suggestionId, ActingOrganiser by) {
		if (by == null) {
			throw new IllegalArgumentException("say who dismisses the suggestion");
		}
		StoredSuggestion suggestion = suggestions.findAll(List.of(suggestionId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no duplicate suggestion " + suggestionId));
		if (!persons.accountExists(by.accountId())) {
			throw new IllegalArgumentException("no account " + by.accountId());
		}
		if (!suggestions.dismiss(suggestionId, by.accountId(), clock.instant())) {
			return false;
		}
		auditTrail.dismissed(by, suggestion, persons.find(suggestion.firstPersonId()).orElseThrow(),
				persons.find(suggestion.secondPersonId()).orElseThrow());
		return true;
	}

	/**
	 * Merges one person into another in one transaction: every row in every table that
	 * references the merged person, as the database's catalogue lists them, moves to the
	 * kept person; a row the kept person already has an equivalent of under a unique
	 * constraint (both lead the same microconference, both spell the name alike) is
	 * deleted and reported instead. Name variants and email addresses are united, the
	 * merged person's display name becomes a name variant of the kept one, and each field
	 * takes the value chosen for it (a new display name brings its identity key). The
	 * merged person keeps its row as a pointer: {@link PersonDirectory#findByGuid} of its
	 * GUID gives the kept person. Their suggestion, if any, is marked resolved; the
	 * merged person's other suggestions now name the kept person. The merge is written to
	 * the audit log of the organiser's event, with both persons as they were.
	 * @throws MergeRefusedException if both are the same person, either has been merged
	 * already, either changed since the versions in the request, or both have an account;
	 * nothing is changed then
	 * @throws IllegalArgumentException if the request is incomplete, names no person, or
	 * names an account or event that does not exist; nothing is changed then
	 */
	@Transactional
	public MergeResult merge(MergeRequest request, ActingOrganiser by) {
		if (request == null) {
			throw new IllegalArgumentException("request must not be null");
		}
		if (by == null) {
			throw new IllegalArgumentException("say who merges the persons");
		}
		requireChoice("display name", request.displayName());
		requireChoice("bio", request.bio());
		requireChoice("affiliation", request.affiliation());
		if (request.keptPersonId() == request.mergedPersonId()) {
			throw new MergeRefusedException(MergeRefusedException.Reason.SAME_PERSON,
					"A person cannot be merged into itself (person " + request.keptPersonId() + ").");
		}
		// Read before the merger locks them. Every change counts in a person's version,
		// and
		// these rows were read after the organiser saw the request's versions and before
		// the lock: if the merge finds those versions, these rows are what it changed. An
		// unknown id is refused by the merger.
		Optional<PersonRow> keptBefore = persons.find(request.keptPersonId());
		Optional<PersonRow> mergedBefore = persons.find(request.mergedPersonId());
		MergeResult result = merger.merge(request);
		auditTrail.merged(by, keptBefore.orElseThrow(), mergedBefore.orElseThrow(),
				persons.find(request.keptPersonId()).orElseThrow(), result);
		return result;
	}

	private static void requireChoice(String field, ValueFrom choice) {
		if (choice == null) {
			throw new IllegalArgumentException("choose whose " + field + " to keep");
		}
	}

	private List<DuplicateSuggestion> withDetails(List<StoredSuggestion> stored) {
		Map<Long, PersonDetails> details = persons.details(stored.stream()
			.flatMap(suggestion -> Stream.of(suggestion.firstPersonId(), suggestion.secondPersonId()))
			.distinct()
			.toList());
		return stored.stream()
			.map(suggestion -> new DuplicateSuggestion(suggestion.id(), suggestion.reason(), suggestion.createdAt(),
					details.get(suggestion.firstPersonId()), details.get(suggestion.secondPersonId())))
			.toList();
	}

}
